import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { fromDraft, toDraft, type SettingsDraft } from '@/lib/settings/draft';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { validateSettings, type SettingsErrors } from '@/lib/settings/validate';
import { acknowledgeSettingsNotes, readSettings, saveSettings } from '@/lib/storage';

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
  useEffect(() => {
    void readSettings().then((read) => {
      setDraft(toDraft(read.settings));
      setNotes(read.notes);
      if (read.notes.length > 0) void acknowledgeSettingsNotes(read.notes);
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
      const result = await saveSettings(fromDraft(draft));
      setStatus(result.ok ? i18n.t('options.saved') : i18n.t('options.notSaved'));
      return result.ok;
    },
    fillDefaults: () => edit(toDraft(DEFAULT_SETTINGS), i18n.t('options.defaultsFilled')),
  };
}
