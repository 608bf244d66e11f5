import { browser } from '#imports';
import { i18n } from '#i18n';
import { Checklist } from '@/components/popup/Checklist';
import { hasGeneratedToken } from '@/components/popup/checklist-items';
import { FastPath } from '@/components/popup/FastPath';
import { GuideButtons } from '@/components/popup/GuideButtons';
import { useGuideState, useReminderPermission, useReminders, useSettings } from '@/components/popup/hooks';
import { ReminderStatus } from '@/components/popup/ReminderStatus';
import { SettingsNotes } from '@/components/popup/SettingsNotes';
import { TokenSafety } from '@/components/popup/TokenSafety';
import { IDLE_GUIDE } from '@/lib/guide/schema';

export function App() {
  const stored = useGuideState();
  const guide = stored ?? IDLE_GUIDE;
  const data = useSettings();
  const reminders = useReminders();
  const [granted, refreshPermission] = useReminderPermission();
  const generated = hasGeneratedToken(guide);
  // Busy until the stored guide and settings are read: the popup shows nothing it may take back.
  return (
    <main aria-busy={stored === undefined || data === undefined ? 'true' : undefined}>
      <header>
        <h1>{i18n.t('extension.name')}</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {i18n.t('popup.options')}
        </button>
      </header>
      {data && <SettingsNotes notes={data.notes} />}
      {generated && (
        <TokenSafety copied={guide.copied}>
          {data && (
            <ReminderStatus
              reminders={data.settings.reminders}
              latest={reminders.at(-1)}
              granted={granted}
              onPermissionChange={refreshPermission}
            />
          )}
        </TokenSafety>
      )}
      <GuideButtons active={guide.active} />
      <Checklist guide={guide} />
      {data && !guide.active && <FastPath settings={data.settings} />}
    </main>
  );
}
