import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { fromDraft, toDraft, type SettingsDraft } from '@/lib/settings/draft';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { validateSettings, type SettingsErrors } from '@/lib/settings/validate';
import { acknowledgeSettingsNotes, readSettings, saveSettings, watchSettings } from '@/lib/storage';

export interface SettingsForm {
  draft: SettingsDraft | undefined;
  /** Repairs made to stored settings, shown once. */
  notes: string[];
  errors: SettingsErrors;
  status: string;
  update: (change: Partial<SettingsDraft>) => void;
  save: () => Promise<boolean>;
  fillDefaults: () => void;
}

export function useSettingsForm(): SettingsForm {
  const [draft, setDraft] = useState<SettingsDraft>();
  const [notes, setNotes] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  // The stored settings the form was last in step with, and the form as the user left it.
  const base = useRef('');
  const current = useRef(draft);
  current.current = draft;
  const showStored = (settings: Settings) => {
    const stored = toDraft(settings);
    base.current = JSON.stringify(stored);
    setDraft(stored);
  };
  useEffect(() => {
    void readSettings().then((read) => {
      showStored(read.settings);
      setNotes(read.notes);
      if (read.notes.length > 0) void acknowledgeSettingsNotes(read.notes);
    });
    // Settings saved in another window (or synced from another browser) reach this page too:
    // an untouched form shows them; edits in progress are kept and the user is told.
    return watchSettings((settings) => {
      const stored = JSON.stringify(toDraft(settings));
      if (stored === base.current || !current.current) return;
      const untouched = JSON.stringify(current.current) === base.current;
      if (untouched) showStored(settings);
      else {
        base.current = stored;
        // The chooser's answers are not on this page: the edits kept must not save older ones over them.
        setDraft({ ...current.current, kindChoice: settings.kindChoice });
      }
      setStatus(i18n.t(untouched ? 'options.changedElsewhere' : 'options.changedElsewhereKept'));
    });
  }, []);
  // Checked on every edit so a message appears next to the field while the user types.
  const validation = draft && validateSettings(fromDraft(draft));
  const errors = validation && !validation.ok ? validation.errors : {};
  const edit = (next: SettingsDraft, message = '') => {
    setDraft(next);
    setStatus(message);
  };
  return {
    draft,
    notes,
    errors,
    status,
    update: (change) => draft && edit({ ...draft, ...change }),
    save: async () => {
      if (!draft) return false;
      // Set before saving: the change event for our own save may arrive before the save returns.
      const previous = base.current;
      if (validation?.ok) base.current = JSON.stringify(toDraft(validation.settings));
      const result = await saveSettings(fromDraft(draft));
      if (!result.ok) base.current = previous;
      setStatus(result.ok ? i18n.t('options.saved') : i18n.t('options.notSaved'));
      return result.ok;
    },
    fillDefaults: () => edit(toDraft(DEFAULT_SETTINGS), i18n.t('options.defaultsFilled')),
  };
}
