import { i18n } from '#i18n';
import { TOKEN_KINDS, type TokenKind } from '@/lib/token-kinds';
import { FieldMessages, isInvalid } from './FieldMessages';

interface TokenKindFieldProps {
  value: TokenKind;
  errors?: readonly string[];
  onChange: (value: TokenKind) => void;
}

const TEXT = {
  classic: { label: 'kindChooser.kind.classic', about: 'settings.kindField.classic' },
  'fine-grained': { label: 'kindChooser.kind.fineGrained', about: 'settings.kindField.fineGrained' },
} as const satisfies Record<TokenKind, { label: string; about: string }>;

/** Which kind of token "Start guide" makes; each kind explained in one line. */
export function TokenKindField({ value, errors, onChange }: TokenKindFieldProps) {
  return (
    <fieldset class="section">
      <legend>{i18n.t('settings.kindField.legend')}</legend>
      {TOKEN_KINDS.map((kind) => (
        <div class="choice" key={kind}>
          <input
            type="radio"
            name="token-kind"
            id={`token-kind-${kind}`}
            value={kind}
            checked={value === kind}
            aria-invalid={isInvalid(errors)}
            aria-describedby={`token-kind-${kind}-about token-kind-messages`}
            onChange={() => onChange(kind)}
          />
          <label for={`token-kind-${kind}`}>{i18n.t(TEXT[kind].label)}</label>
          <p class="about" id={`token-kind-${kind}-about`}>
            {i18n.t(TEXT[kind].about)}
          </p>
        </div>
      ))}
      <FieldMessages id="token-kind-messages" errors={errors} />
    </fieldset>
  );
}
