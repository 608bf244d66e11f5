import { i18n } from '#i18n';
import type { Risk } from '@/lib/github/scopes';

/** The risk is spelled out in words, never shown by colour alone. */
export function RiskBadge({ id, risk }: { id: string; risk: Risk }) {
  return (
    <span id={id} class={`risk risk-${risk}`}>
      {i18n.t(`options.risk.${risk}` as const)}
    </span>
  );
}
