import * as z from 'zod/mini';
import { isScopeName } from '../github/scopes';
import { FINE_GRAINED_FORM_STEP_IDS, FORM_STEP_IDS, GUIDE_KINDS, GUIDE_STEP_IDS } from '../steps/ids';
import { GITHUB_ORIGIN } from '../github/urls';
import { TOKEN_KINDS } from '../token-kinds';
import { fineGrainedPlanSchema } from '../fine-grained/plan-schema';

import { KNOWN_NOTES_MAX, STORED_NOTE_MAX_LENGTH } from './state';

export { IDLE_GUIDE, KNOWN_NOTES_MAX, STORED_NOTE_MAX_LENGTH } from './state';

export const storedNoteSchema = z.string().check(z.maxLength(STORED_NOTE_MAX_LENGTH));
/** A GitHub host as an origin: `https://github.com` or an enterprise host the user added. */
export const originSchema = z.string().check(z.regex(/^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+$/));
/** Scopes as strings, each one GitHub's form offers (lib/github/scopes.ts). */
const storedScopesSchema = z.array(z.string().check(z.refine(isScopeName)));

/**
 * What the guide remembers between pages and tabs. It never holds the token value:
 * only where the user is and which choices the user made on the form.
 */
/** GitHub's id of a classic token (its row's `data-id`, its page's path); not a secret. */
export const tokenIdSchema = z.string().check(z.regex(/^\d{1,20}$/));
/** Read tolerantly: a state or reminder from before ids were recorded, or with a bad one, keeps the rest. */
export const optionalTokenIdSchema = z.catch(z.optional(tokenIdSchema), undefined);

/**
 * Which kind of token the facts are about, so a renewal opens the right page. Absent: classic (facts stored before
 * fine-grained tokens existed, and the classic guide's own, which leaves it out); an unknown value reads as classic.
 */
export const factsTokenKindSchema = z.catch(z.optional(z.enum(TOKEN_KINDS)), 'classic');

const tokenFactsSchema = z.object({
  note: storedNoteSchema,
  expiresAt: z.nullable(z.number()),
  tokenId: optionalTokenIdSchema,
  tokenKind: factsTokenKindSchema,
});

/** The token a renewal regenerates: its id when known (the reminder recorded it), else its note, else neither (the user picks). */
const renewTargetSchema = z.object({ tokenId: z.nullable(tokenIdSchema), note: z.nullable(storedNoteSchema) });
export type RenewTarget = z.infer<typeof renewTargetSchema>;
export type TokenFacts = z.infer<typeof tokenFactsSchema>;

export const formPlanSchema = z.object({
  note: storedNoteSchema,
  expiration: z.string().check(z.maxLength(16)),
  customDate: z.optional(z.string().check(z.maxLength(16))),
  scopes: storedScopesSchema,
});

export const guideStateSchema = z.object({
  /** A guide is running; the content script draws nothing while this is false. */
  active: z.boolean(),
  /** The step the user is on, as last derived from a page (for the popup checklist). */
  stepId: z.nullable(z.enum(GUIDE_STEP_IDS)),
  /** Which form step the user has reached with "Next" (on the classic or the fine-grained form). */
  formStep: z.catch(z.enum([...FORM_STEP_IDS, ...FINE_GRAINED_FORM_STEP_IDS]), 'fill-note'),
  /** Scopes the user unticked during this guide: never ticked again. */
  untickedScopes: storedScopesSchema,
  /** The user typed in the note field: the guide never changes it afterwards. */
  noteTyped: z.boolean(),
  /** The user picked an expiration: the guide never changes it afterwards. */
  expirationChosen: z.boolean(),
  /** Notes already listed on /settings/tokens, so a suggested note never collides. */
  knownNotes: z.array(storedNoteSchema).check(z.maxLength(KNOWN_NOTES_MAX)),
  /** Note and expiry the user submitted; they become `reminder` once GitHub shows the token. */
  submitted: z.nullable(tokenFactsSchema),
  /** When GitHub showed the token generated during this guide. */
  generatedAt: z.nullable(z.number()),
  /** What the expiry reminder needs: the note and expiry date, never the token. */
  reminder: z.nullable(tokenFactsSchema),
  /** Fast path: what the prefilled URL asked for, so the form is checked against exactly that. */
  fastPlan: z.nullable(formPlanSchema),
  /** The user copied the token (observed from copy events, never by reading it). */
  copied: z.boolean(),
  /** The guide was started by the fast path (prefilled form) rather than the tour. */
  fastPath: z.boolean(),
  startedAt: z.nullable(z.number()),
  /** Creating a token or renewing one; a state stored before renewals existed is a creation. */
  kind: z.catch(z.enum(GUIDE_KINDS), 'create'),
  /** The renewal's token (kind `renew`), null otherwise. */
  renewing: z.catch(z.nullable(renewTargetSchema), null),
  /** The user went on from store-token to authorize the token for single sign-on (absent: not yet). */
  authorizingSso: z.optional(z.boolean()),
  /**
   * The host the guide runs on (`https://github.com` or an enterprise host the user added): every link it
   * builds points there. States stored before enterprise hosts existed read as github.com.
   */
  origin: z._default(originSchema, GITHUB_ORIGIN),
  /** The kind of token this guide makes; a state stored before fine-grained tokens existed is a classic one. */
  tokenKind: z.catch(z.enum(TOKEN_KINDS), 'classic'),
  /** Fine-grained fast path: the plan its template URL asked for, so the form is checked against exactly that. */
  fineGrainedPlan: z.catch(z.nullable(fineGrainedPlanSchema), null),
  /**
   * Fine-grained form: the user picked a repository access option: the guide never picks one for them
   * afterwards (it picks "Only select repositories" on arrival otherwise).
   */
  repositoryAccessChosen: z.catch(z.boolean(), false),
});

export type GuideState = z.infer<typeof guideStateSchema>;
