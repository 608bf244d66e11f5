import type { GuideFlavor } from '../guide/flavor';
import type { TabState } from '../guide/tab-state';
import { readFineGrainedPageFacts } from '../github/fine-grained-page';
import { findAddPermissionsButton, findFineGrainedForm } from '../github/fine-grained-find';
import { FINE_GRAINED_RENEWAL_TOUR, FINE_GRAINED_TOUR } from './steps';
import { assistFineGrainedForm } from './assistant';
import { buildFineGrainedView } from './build-view';
import { listenForFineGrainedActions } from './user-actions';
import { listenForFineGrainedRegenerate, withFineGrainedRenewalFacts } from './renewal-pages';

/**
 * The plan the form is checked against: the fast path's (what its template URL asked for), else the settings'
 * when the form came with template parameters; a form opened by the taught path without any has nothing to
 * differ from yet.
 */
const planOf = (owned: TabState) => owned.state.fineGrainedPlan ?? (location.search ? owned.settingsFineGrainedPlan : undefined);

/** The form once GitHub's permission picker (React, rendered after the page) shows: checked before then, it would lack every permission. */
function renderedForm(): HTMLFormElement | undefined {
  const form = findFineGrainedForm(document);
  return form && findAddPermissionsButton(form) ? form : undefined;
}

/** The fine-grained token's guide (fine-grained-guide.js): its tour, pages, form help and callout notes. */
export const fineGrainedFlavor: GuideFlavor = {
  tokenKind: 'fine-grained',
  tourOf: (state) => (state.kind === 'renew' ? FINE_GRAINED_RENEWAL_TOUR : FINE_GRAINED_TOUR),
  // A renewal also reads the token's id from its pages' paths and tells its regenerate form apart.
  readPageFacts: (doc, url) => withFineGrainedRenewalFacts(readFineGrainedPageFacts(doc, url), doc, url),
  arrivalEvents: () => [],
  findForm: (facts) => (facts.kind === 'fg-token-form' ? renderedForm() : undefined),
  assist: (form, _facts, owned) => assistFineGrainedForm(form, owned.state, planOf(owned)),
  buildView: (moment, owned) => buildFineGrainedView(moment, owned.state, owned.state.fineGrainedPlan ?? owned.settingsFineGrainedPlan),
  listenForUserActions: (signal, dispatch) => {
    listenForFineGrainedActions(signal, dispatch);
    listenForFineGrainedRegenerate(signal, dispatch);
  },
};
