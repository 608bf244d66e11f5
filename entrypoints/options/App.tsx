import { i18n } from '#i18n';
import { ExpirationField } from '@/components/options/ExpirationField';
import { FineGrainedSection } from '@/components/options/FineGrainedSection';
import { NoteTemplateField } from '@/components/options/NoteTemplateField';
import { PresetField } from '@/components/options/PresetField';
import { RemindersField } from '@/components/options/RemindersField';
import { RepairNotice } from '@/components/options/RepairNotice';
import { ScopePicker } from '@/components/options/ScopePicker';
import { TokenKindField } from '@/components/options/TokenKindField';
import { useSettingsForm } from '@/components/options/use-settings-form';
import { HostsField } from '@/components/options/HostsField';
import { useGrantedHosts } from '@/components/hosts/use-granted-hosts';
import { removeHost, requestHost } from '@/lib/hosts';
import { fineGrainedErrors } from '@/lib/settings/fine-grained-errors';
import { fineGrainedFromDraft } from '@/lib/settings/draft';

export function App({ browserName }: { browserName: string }) {
  const { draft, notes, errors, status, update, save, fillDefaults } = useSettingsForm();
  const hosts = useGrantedHosts();
  if (!draft) return <main aria-busy="true">{i18n.t('options.loading')}</main>;
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    // Takes the user to the first message; nothing was saved.
    if (!(await save())) document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  };
  return (
    <main>
      <h1>{i18n.t('options.title')}</h1>
      <RepairNotice notes={notes} />
      <form onSubmit={onSubmit} noValidate>
        <TokenKindField value={draft.tokenKind} errors={errors.tokenKind} onChange={(tokenKind) => update({ tokenKind })} />
        <PresetField value={draft.presetId} errors={errors.presetId} onChange={(presetId) => update({ presetId })} />
        <NoteTemplateField
          value={draft.noteTemplate}
          browserName={browserName}
          errors={errors.noteTemplate}
          onChange={(noteTemplate) => update({ noteTemplate })}
        />
        <ExpirationField
          choice={draft.expirationChoice}
          customDays={draft.customDays}
          errors={errors.expiration}
          onChoice={(expirationChoice) => update({ expirationChoice })}
          onCustomDays={(customDays) => update({ customDays })}
        />
        <RemindersField
          enabled={draft.remindersEnabled}
          days={draft.reminderDays}
          errors={errors.reminders}
          onEnabled={(remindersEnabled) => update({ remindersEnabled })}
          onDays={(reminderDays) => update({ reminderDays })}
        />
        <ScopePicker
          selected={draft.customScopes}
          inUse={draft.presetId === 'custom'}
          errors={errors.customScopes}
          onChange={(customScopes) => update({ customScopes })}
        />
        <FineGrainedSection draft={draft} errors={errors.fineGrained ? fineGrainedErrors(fineGrainedFromDraft(draft)) : {}} update={update} />
        <div class="actions">
          <button type="submit" class="primary">
            {i18n.t('options.save')}
          </button>
          <button type="button" onClick={fillDefaults}>
            {i18n.t('options.reset')}
          </button>
          <p class="status" role="status">
            {status}
          </p>
        </div>
      </form>
      <HostsField hosts={hosts} onAdd={requestHost} onRemove={removeHost} />
    </main>
  );
}
