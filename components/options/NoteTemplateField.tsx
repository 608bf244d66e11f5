import { i18n } from '#i18n';
import { renderNote, templateWarnings } from '@/lib/settings/note';
import { richText } from '../rich-text';
import { FieldMessages, isInvalid } from './FieldMessages';

interface NoteTemplateFieldProps {
  value: string;
  browserName: string;
  errors?: readonly string[];
  onChange: (value: string) => void;
}

export function NoteTemplateField({ value, browserName, errors, onChange }: NoteTemplateFieldProps) {
  // The preview shows the note a token created right now would get.
  const preview = renderNote(value, new Date(), browserName);
  return (
    <div class="section field">
      <h2>
        <label for="note-template">{i18n.t('options.noteLabel')}</label>
      </h2>
      <input
        id="note-template"
        type="text"
        value={value}
        spellcheck={false}
        aria-invalid={isInvalid(errors)}
        aria-describedby="note-template-hint note-template-preview note-template-messages"
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      <p class="hint" id="note-template-hint">
        {richText('options.noteHint', {
          date: <code>{'{date}'}</code>,
          time: <code>{'{time}'}</code>,
          browser: <code>{'{browser}'}</code>,
        })}
      </p>
      <p class="preview" id="note-template-preview">
        {richText('options.notePreview', {
          preview: <output for="note-template">{preview || i18n.t('options.noteEmpty')}</output>,
        })}
      </p>
      <FieldMessages id="note-template-messages" errors={errors} warnings={templateWarnings(value)} />
    </div>
  );
}
