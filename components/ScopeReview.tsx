/** review-scopes: what is ticked, with what each scope allows; scopes beyond the plan are flagged. */
export function ScopeReview({ ticked, extra }: { ticked: string[]; extra: string[] }) {
  if (ticked.length === 0) return <p class="notice">Tick at least one scope.</p>;
  return (
    <ul class="scopes" aria-label="Ticked scopes">
      {ticked.map((scope) => (
        <li key={scope}>
          <code>{scope}</code>
          {extra.includes(scope) && <span class="flag"> not in your preset</span>}
        </li>
      ))}
    </ul>
  );
}
