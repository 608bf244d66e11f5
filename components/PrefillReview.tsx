import { i18n } from '#i18n';
import type { PrefillReview as Review, ReviewedScope, ScopeFlag } from '@/lib/guide/prefill-review';
import { expirationText } from './expiration-text';
import { riskText } from './risk-text';

export interface PrefillReviewProps {
  review: Review;
  /** The expiration the user's settings ask for, in words, for the button that sets it. */
  settingsExpiration: string;
  onUntickBeyond(): void;
  onSetExpiration(): void;
  onDismiss(): void;
}

const FLAG_TEXT = {
  deletes: 'prefillReview.flag.deletes',
  administers: 'prefillReview.flag.administers',
  wholeAccount: 'prefillReview.flag.wholeAccount',
} as const satisfies Record<ScopeFlag, string>;

function ScopeItem({ scope }: { scope: ReviewedScope }) {
  const flagged = scope.flags.length > 0 || scope.beyondPreset;
  return (
    <li class={flagged ? 'flagged' : undefined} data-scope={scope.name}>
      <code>{scope.name}</code> <span class="risk">{scope.risk ? riskText(scope.risk) : i18n.t('prefillReview.unknownRisk')}</span>
      {scope.flags.map((flag) => (
        <strong key={flag} class="flag" data-flag={flag}>
          {' '}
          ⚠ {i18n.t(FLAG_TEXT[flag])}
        </strong>
      ))}
      {scope.beyondPreset && <span class="flag"> {i18n.t('callout.notInPreset')}</span>}
      <span class="explanation">{scope.explanation ?? i18n.t('prefillReview.unknownScope')}</span>
    </li>
  );
}

function Verdict({ review }: { review: Review }) {
  const lines = [
    review.scopes.length === 0 && i18n.t('callout.tickAtLeastOne'),
    review.beyondPreset.length > 0 && i18n.t('prefillReview.beyond', { scopes: review.beyondPreset.join(', ') }),
    review.missingFromPreset.length > 0 && i18n.t('prefillReview.less', { scopes: review.missingFromPreset.join(', ') }),
    review.matchesPreset && i18n.t('prefillReview.matches'),
    review.noExpiration && i18n.t('prefillReview.noExpiration'),
    !!review.link?.unknownScopes.length && i18n.t('prefillReview.unknownInLink', { scopes: review.link.unknownScopes.join(', ') }),
  ].filter((line): line is string => !!line);
  return (
    <div id="pat-pilot-review-verdict">
      {lines.map((line) => (
        <p key={line} class={review.matchesPreset && !review.noExpiration ? undefined : 'notice'}>
          {line}
        </p>
      ))}
    </div>
  );
}

/** Another app's prefill link, reviewed before the user generates the token. Changes nothing itself. */
export function PrefillReview({ review, settingsExpiration, onUntickBeyond, onSetExpiration, onDismiss }: PrefillReviewProps) {
  const byLink = (set: boolean) => set && <span class="explanation">{i18n.t('prefillReview.setByLink')}</span>;
  return (
    <section class="card review" role="dialog" aria-labelledby="pat-pilot-review-title" aria-describedby="pat-pilot-review-verdict" style={{ right: '24px', bottom: '24px' }}>
      <p class="progress">{i18n.t('extension.name')}</p>
      <h2 id="pat-pilot-review-title">{i18n.t('prefillReview.title')}</h2>
      <dl class="facts">
        <dt>{i18n.t('prefillReview.note')}</dt>
        <dd>
          {review.note || '—'}
          {byLink(review.link?.note !== undefined)}
        </dd>
        <dt>{i18n.t('prefillReview.expiration')}</dt>
        <dd>
          {expirationText(review.expiration, review.customDate)}
          {byLink(review.link?.expiration !== undefined)}
        </dd>
      </dl>
      <Verdict review={review} />
      <ul class="scopes" aria-label={i18n.t('callout.tickedScopes')}>
        {review.scopes.map((scope) => (
          <ScopeItem key={scope.name} scope={scope} />
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="secondary" onClick={onDismiss}>
          {i18n.t('offer.dismiss')}
        </button>
        {!review.expirationMatchesSettings && (
          <button type="button" class="secondary" onClick={onSetExpiration}>
            {i18n.t('prefillReview.setExpiration', { expiration: settingsExpiration })}
          </button>
        )}
        {review.beyondPreset.length > 0 && (
          <button type="button" class="primary" onClick={onUntickBeyond}>
            {i18n.t('prefillReview.untickBeyond', review.beyondPreset.length)}
          </button>
        )}
      </div>
    </section>
  );
}
