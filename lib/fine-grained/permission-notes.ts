import { i18n } from '#i18n';
import type { FormPermission } from '../github/fine-grained-form';
import { accessWords } from './differences';

/** The permissions that let a token do the most harm; each is named with what it allows. */
const FLAGGED = { administration: 'fgAssist.risk.administration', secrets: 'fgAssist.risk.secrets', workflows: 'fgAssist.risk.workflows' } as const;

/** One line per permission on the form: its access in words, and a warning for the flagged ones. */
export function explainFormPermissions(permissions: FormPermission[]): string[] {
  return permissions.map(({ label, access }) => {
    const flag = FLAGGED[label.toLowerCase() as keyof typeof FLAGGED];
    const words = accessWords(access);
    return flag ? i18n.t('fgAssist.flagged', { permission: label, access: words, risk: i18n.t(flag) }) : i18n.t('fgAssist.permission', { permission: label, access: words });
  });
}
