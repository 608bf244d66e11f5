import { findScope } from '@/lib/github/scopes';

/**
 * review-scopes: each ticked scope with what it allows. Children a ticked parent already
 * includes are folded into it; destructive scopes and scopes beyond the preset are flagged.
 */
export function ScopeReview({ ticked, extra }: { ticked: string[]; extra: string[] }) {
  if (ticked.length === 0) return <p class="notice">Tick at least one scope.</p>;
  const shown = ticked.filter((name) => !ticked.includes(findScope(name)?.parent ?? ''));
  return (
    <ul class="scopes" aria-label="Ticked scopes">
      {shown.map((name) => {
        const scope = findScope(name);
        return (
          <li key={name}>
            <code>{name}</code>
            {scope?.risk === 'destructive' && <strong class="flag"> ⚠ destructive</strong>}
            {extra.includes(name) && <span class="flag"> · not in your preset</span>}
            {scope && <span class="explanation">{scope.explanation}</span>}
          </li>
        );
      })}
    </ul>
  );
}
