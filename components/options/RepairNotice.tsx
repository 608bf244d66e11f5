import { i18n } from '#i18n';

/** Says once, on the page where it can be fixed, that stored settings had to be repaired. */
export function RepairNotice({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <section class="repair-notice" role="status" aria-labelledby="repair-title">
      <h2 id="repair-title">{i18n.t('options.repairHeading')}</h2>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <p>{i18n.t('options.repairHint')}</p>
    </section>
  );
}
