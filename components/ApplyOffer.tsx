export interface ApplyOfferProps {
  presetLabel: string;
  scopes: string[];
  /** After applying: what was changed, in words. */
  result: string | undefined;
  onApply(): void;
  onDismiss(): void;
}

/** On the form without a guide, nothing changes silently: the user is asked first. */
export function ApplyOffer({ presetLabel, scopes, result, onApply, onDismiss }: ApplyOfferProps) {
  const name = presetLabel === 'Recommended' ? 'recommended' : `“${presetLabel}”`;
  return (
    <section class="card offer" role="dialog" aria-labelledby="pat-pilot-offer-title" style={{ right: '24px', bottom: '24px' }}>
      <p class="progress">PAT Pilot</p>
      <h2 id="pat-pilot-offer-title">{`Apply ${name} scopes?`}</h2>
      {result ? (
        <p role="status">{result}</p>
      ) : (
        <p>
          Ticks <code>{scopes.join(', ')}</code> and suggests a note and expiration. Nothing you ticked is unticked, and
          nothing is submitted.
        </p>
      )}
      <div class="actions">
        <button type="button" class="secondary" onClick={onDismiss}>
          {result ? 'Close' : 'Dismiss'}
        </button>
        {!result && (
          <button type="button" class="primary" onClick={onApply}>
            {`Apply ${name} scopes`}
          </button>
        )}
      </div>
    </section>
  );
}
