import { useEffect } from 'preact/hooks';
import { i18n } from '#i18n';
import { acknowledgeSettingsNotes } from '@/lib/storage';

/** Repairs made to the stored settings, each shown once: seeing them here counts as seen. */
export function SettingsNotes({ notes }: { notes: readonly string[] }) {
  useEffect(() => {
    if (notes.length > 0) void acknowledgeSettingsNotes(notes);
  }, [notes]);
  if (notes.length === 0) return null;
  return (
    <div class="notes" role="status">
      <p>{i18n.t('popup.repaired')}</p>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
