import { h } from 'preact';
import { PrefillReview } from '@/components/PrefillReview';
import { expirationText } from '@/components/expiration-text';
import type { FormPlan } from '@/lib/guide/form-plan';
import type { PrefillReviewPanel } from '@/lib/guide/prefill-review-panel';
import css from '@/components/scopes.css?inline';
import { mountGuideUi } from '../guide/mount-ui';

/** Page events after which the form may show other choices: the review is drawn anew. */
const FORM_CHANGES = ['change', 'input', 'click'] as const;

/** The review of another app's prefill link; resolves to a function that removes it. */
export async function showPrefillReview(signal: AbortSignal, panel: PrefillReviewPanel, plan: FormPlan): Promise<() => void> {
  const ui = await mountGuideUi(signal, css);
  const life = new AbortController();
  signal.addEventListener('abort', () => life.abort(), { signal: life.signal });
  const remove = () => {
    life.abort();
    ui.remove();
  };
  const settingsExpiration = expirationText(plan.expiration, plan.customDate);
  const act = (change: () => void) => () => {
    change();
    draw();
  };
  const draw = () => {
    const review = panel.review();
    if (!review) return remove();
    const onUntickBeyond = act(panel.untickBeyond);
    const onSetExpiration = act(panel.setExpiration);
    ui.show(h(PrefillReview, { review, settingsExpiration, onUntickBeyond, onSetExpiration, onDismiss: remove }), remove);
  };
  for (const type of FORM_CHANGES) document.addEventListener(type, draw, { signal: life.signal });
  draw();
  return remove;
}
