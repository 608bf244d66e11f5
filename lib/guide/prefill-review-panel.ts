import { findTokenForm } from '../github/find';
import * as tokenForm from '../github/token-form';
import { applyExpiration } from './form-assistant';
import type { FormPlan } from './form-plan';
import { type PrefillReview, reviewPrefill } from './prefill-review';

/**
 * The review of another app's prefill link on GitHub's form (components/PrefillReview.tsx draws it). It reads
 * the form anew at every drawing and changes it only through the user's buttons: never on its own.
 */
export interface PrefillReviewPanel {
  /** The review of the form as it is now; undefined once the form is gone. */
  review(): PrefillReview | undefined;
  /** Unticks every ticked scope beyond the preset (not the preset's own, nor the user's additions within it). */
  untickBeyond(): void;
  /** Sets the expiration the settings ask for. */
  setExpiration(): void;
}

export function createPrefillReviewPanel(plan: FormPlan): PrefillReviewPanel {
  const review = () => {
    const form = findTokenForm(document);
    if (!form) return undefined;
    const shown = {
      ticked: tokenForm.readTickedScopes(form),
      note: tokenForm.readNote(form),
      expiration: tokenForm.readExpiration(form),
      customDate: tokenForm.readCustomDate(form),
    };
    return reviewPrefill(location.href, shown, plan);
  };
  return {
    review,
    untickBeyond() {
      const form = findTokenForm(document);
      for (const scope of review()?.beyondPreset ?? []) if (form) tokenForm.untickScope(form, scope);
    },
    setExpiration() {
      const form = findTokenForm(document);
      if (form) applyExpiration(form, plan);
    },
  };
}
