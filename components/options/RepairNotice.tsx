/** Says once, on the page where it can be fixed, that stored settings had to be repaired. */
export function RepairNotice({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <section class="repair-notice" role="status" aria-labelledby="repair-title">
      <h2 id="repair-title">Your saved settings were repaired</h2>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <p>Check the fields below and press Save to keep the repaired settings.</p>
    </section>
  );
}
