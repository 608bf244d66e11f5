import * as z from 'zod/mini';
import { isScopeName } from '../github/scopes';
import { GUIDE_STEP_IDS } from '../steps/ids';
import type { GuideEvent } from './reducer';
import type { PageKind } from '../github/page';
import { TOKEN_KINDS } from '../token-kinds';
import { KNOWN_NOTES_MAX } from './state';

/**
 * The events a guide script may send the background, checked there before the reducer sees them:
 * a tab is on a page anyone can write, so nothing from it is trusted. `start` is not among them:
 * only the popup starts a guide. GitHub's own error texts are short; 500 characters leave room.
 */
// prettier-ignore
const PAGE_KINDS = [
  'sudo', 'token-result', 'token-form', 'token-list', 'fg-token-list', 'fg-token-form', 'fg-token-result',
  'developer-settings', 'emails', 'settings', 'other',
] as const satisfies readonly PageKind[];

const pageFactsSchema = z.strictObject({
  kind: z.enum(PAGE_KINDS),
  userMenuOpen: z.boolean(),
  patGroupCollapsed: z.boolean(),
  generateMenuOpen: z.boolean(),
  emailUnverified: z.boolean(),
  formError: z.optional(z.string().check(z.maxLength(500))),
  tokenId: z.optional(z.string().check(z.regex(/^\d{1,20}$/))),
  regenerateForm: z.optional(z.boolean()),
  ssoOffered: z.optional(z.boolean()),
});

/** A page may list more notes than are kept; the reducer keeps the newest KNOWN_NOTES_MAX. */
const LISTED_NOTES_MAX = KNOWN_NOTES_MAX * 5;
const LISTED_NOTE_MAX_LENGTH = 10_000;

export const pageEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('page'), facts: pageFactsSchema, now: z.number() }),
  z.strictObject({ type: z.literal('step'), stepId: z.enum(GUIDE_STEP_IDS) }),
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('scope'), scope: z.string().check(z.refine(isScopeName)), ticked: z.boolean() }),
  z.strictObject({ type: z.literal('note-typed') }),
  z.strictObject({ type: z.literal('expiration-chosen') }),
  z.strictObject({ type: z.literal('repository-access-chosen') }),
  z.strictObject({
    type: z.literal('notes-listed'),
    notes: z.array(z.string().check(z.maxLength(LISTED_NOTE_MAX_LENGTH))).check(z.maxLength(LISTED_NOTES_MAX)),
  }),
  z.strictObject({
    type: z.literal('generate-clicked'),
    submitted: z.strictObject({ note: z.string(), expiresAt: z.nullable(z.number()), tokenKind: z.optional(z.enum(TOKEN_KINDS)) }),
  }),
  z.strictObject({ type: z.literal('copied') }),
  z.strictObject({ type: z.literal('close') }),
]);

export type PageEvent = z.infer<typeof pageEventSchema>;

/** Every event a page may send is one the reducer takes (a compile error otherwise). */
export const asGuideEvent = (event: PageEvent): GuideEvent => event;
