import { i18n } from '#i18n';
import type { Risk } from '@/lib/github/scopes';

/** A scope's risk in a word or two, as the callouts on GitHub's form show it. */
export function riskText(risk: Risk): string {
  return i18n.t(`callout.risk.${risk}` as const);
}
