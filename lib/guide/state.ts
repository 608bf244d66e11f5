import type { GuideState } from './schema';
import { GITHUB_ORIGIN } from '../github/urls';

/**
 * The guide state's constants, without its zod schema: the guide script on GitHub's pages uses
 * these, and leaves validating the state to the background, which owns it.
 *
 * Bounds on what is stored, so no page and no corrupt write can grow the state without limit.
 * GitHub publishes no length limit for a token's note (github-ui.md §6.2); 255 characters is the
 * largest a string column usually holds, and 2.5 times the note our own template may produce
 * (NOTE_MAX_LENGTH). A tokens page lists far fewer notes than KNOWN_NOTES_MAX for most people;
 * the most recent ones are kept.
 */
export const STORED_NOTE_MAX_LENGTH = 255;
export const KNOWN_NOTES_MAX = 200;

export const IDLE_GUIDE: GuideState = {
  active: false,
  stepId: null,
  formStep: 'fill-note',
  untickedScopes: [],
  noteTyped: false,
  expirationChosen: false,
  knownNotes: [],
  submitted: null,
  generatedAt: null,
  reminder: null,
  fastPlan: null,
  copied: false,
  fastPath: false,
  startedAt: null,
  kind: 'create',
  renewing: null,
  origin: GITHUB_ORIGIN,
  tokenKind: 'classic',
  fineGrainedPlan: null,
  repositoryAccessChosen: false,
};
