import { readPageFacts } from '../github/page';
import { findTokenForm, readListedNotes } from '../github/find';
import { findRegenerateForm } from '../github/token-page';
import { tourOf } from '../steps';
import { assistForm, assistRegenerateForm } from './form-assistant';
import { buildView, describeAssist } from './build-view';
import { listenForUserActions } from './user-actions';
import type { GuideFlavor } from './flavor';
import type { TabState } from './tab-state';

/** The fast path checks the form against what its URL asked for; the tour against the settings. */
const planOf = (owned: TabState) => owned.state.fastPlan ?? owned.settingsPlan;

/** The classic token's guide: the tour over /settings/tokens, its form's note, expiration and scopes. */
export const classicFlavor: GuideFlavor = {
  tokenKind: 'classic',
  tourOf,
  readPageFacts,
  arrivalEvents: (facts) => (facts.kind === 'token-list' ? [{ type: 'notes-listed', notes: readListedNotes(document) }] : []),
  // The new-token form gets the plan; a regenerate form only its expiration (GitHub keeps note and scopes).
  findForm: (facts) => (facts.kind === 'token-form' ? findTokenForm(document) : facts.regenerateForm ? findRegenerateForm(document) : undefined),
  assist: (form, facts, owned) =>
    describeAssist((facts.regenerateForm ? assistRegenerateForm : assistForm)(form, owned.state, planOf(owned)), owned.state.fastPath),
  buildView: (moment, owned) => buildView({ ...moment, kind: owned.state.kind, plan: planOf(owned), settingsPlan: owned.settingsPlan }),
  listenForUserActions,
};
