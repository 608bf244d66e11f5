import type { Risk } from '@/lib/github/scopes';

const LABELS: Record<Risk, string> = {
  read: 'Read only',
  write: 'Can change',
  admin: 'Admin',
  destructive: 'Destructive',
};

/** The risk is spelled out in words, never shown by colour alone. */
export function RiskBadge({ id, risk }: { id: string; risk: Risk }) {
  return (
    <span id={id} class={`risk risk-${risk}`}>
      {LABELS[risk]}
    </span>
  );
}
