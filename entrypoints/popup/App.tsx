import { browser } from '#imports';
import { i18n } from '#i18n';
import { Checklist } from '@/components/popup/Checklist';
import { hasGeneratedToken } from '@/components/popup/checklist-items';
import { FastPathOfKind } from '@/components/popup/FastPathOfKind';
import { GuideButtons } from '@/components/popup/GuideButtons';
import { useGuideState, useReminderPermission, useReminders, useSettings, type SettingsData } from '@/components/popup/hooks';
import { ReadError } from '@/components/popup/ReadError';
import { ReminderStatus } from '@/components/popup/ReminderStatus';
import { Renewal } from '@/components/popup/Renewal';
import { SettingsNotes } from '@/components/popup/SettingsNotes';
import { TokenSafety } from '@/components/popup/TokenSafety';
import { IDLE_GUIDE, type GuideState } from '@/lib/guide/schema';
import { AddHostOffer } from '@/components/popup/AddHostOffer';
import { HostChoice } from '@/components/popup/HostChoice';
import { usePopupHost } from '@/components/popup/use-host';
import { requestHost } from '@/lib/hosts';
import { DEFAULT_TOKEN_KIND, type TokenKind } from '@/lib/token-kinds';
import type { KindChoice } from '@/lib/token-kind-chooser';
import { KindChooser } from '@/components/popup/KindChooser';
import { factOptions, purposeOptions, recommendationFor } from '@/components/popup/kind-choice';
import { send } from '@/components/popup/send';

export function App() {
  const stored = useGuideState();
  const settings = useSettings();
  const error = stored.error ?? settings.error;
  if (error) {
    return (
      <main>
        <PopupHeader />
        <ReadError error={error} onRetry={() => [stored, settings].forEach((item) => item.error && item.retry())} />
      </main>
    );
  }
  return <PopupBody guide={stored.value} data={settings.value} />;
}

function PopupBody({ guide: read, data }: { guide: GuideState | undefined; data: SettingsData | undefined }) {
  const guide = read ?? IDLE_GUIDE;
  const reminders = useReminders();
  const [granted, refreshPermission] = useReminderPermission();
  const generated = hasGeneratedToken(guide);
  const host = usePopupHost(guide);
  // Before a guide runs, the checklist shows the steps of the kind "Start guide" makes.
  const defaultKind = data?.settings.tokenKind;
  // Busy until the stored guide and settings are read: the popup shows nothing it may take back.
  return (
    <main aria-busy={read === undefined || data === undefined ? 'true' : undefined}>
      <PopupHeader />
      {data && <SettingsNotes notes={data.notes} />}
      {generated && (
        <TokenSafety copied={guide.copied} origin={guide.origin} tokenKind={guide.tokenKind}>
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
      {host.suggestion && <AddHostOffer origin={host.suggestion} onAdd={requestHost} />}
      <HostChoice origins={host.origins} value={host.origin} onChange={host.choose} />
      <GuideButtons active={guide.active} origin={host.origin} defaultKind={defaultKind} runningKind={guide.tokenKind}>
        {data && <KindChooser purposes={purposeOptions()} facts={factOptions()} initial={data.settings.kindChoice} recommend={recommendationFor} onChoose={chooseKind} />}
      </GuideButtons>
      <Checklist guide={guide.active ? guide : { ...guide, tokenKind: defaultKind ?? DEFAULT_TOKEN_KIND }} origin={host.origin} />
      {data && !guide.active && <FastPathOfKind settings={data.settings} origin={host.origin} />}
      {!guide.active && <Renewal reminders={reminders} origin={host.origin} />}
    </main>
  );
}

/** The background saves the kind as the default and the answers for next time. */
function chooseKind(kind: TokenKind, { purpose, facts }: KindChoice): void {
  void send({ type: 'choose-token-kind', kind, purpose, facts });
}

function PopupHeader() {
  return (
    <header>
      <h1>{i18n.t('extension.name')}</h1>
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {i18n.t('popup.options')}
      </button>
    </header>
  );
}
