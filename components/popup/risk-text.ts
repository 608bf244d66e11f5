import { i18n } from '#i18n';
import type { Risk } from '@/lib/github/scopes';

/** A scope's or permission's risk in a word or two, as the popup's fast paths show it. */
export function riskText(risk: Risk): string {
  return i18n.t(`popup.risk.${risk}` as const);
}
