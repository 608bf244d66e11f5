import * as z from 'zod/mini';
import { optionalTokenIdSchema } from '../guide/schema';
import { TOKEN_KINDS } from '../token-kinds';
import type { GeneratedToken } from './schedule';

/**
 * The guide state tells when the user pressed "Generate token"; the content script adds the
 * note and expiry it saw on the form as `reminder: { note, expiresAt }`, and the kind of token the guide made.
 * Read as untrusted data: a state without that field (or from an older version) schedules nothing; one without a
 * kind, or with an unknown one, made a classic token.
 */
const kindSchema = z.catch(z.optional(z.enum(TOKEN_KINDS)), undefined);
const generatedSchema = z.object({
  generatedAt: z.number(),
  reminder: z.object({
    note: z.string().check(z.minLength(1)),
    expiresAt: z.nullable(z.number()),
    tokenId: optionalTokenIdSchema,
    tokenKind: kindSchema,
  }),
  /** The guide's kind, for facts recorded without one. */
  tokenKind: kindSchema,
  origin: z.optional(z.string()),
});

/** The token generated between two guide states, if this change is the one that generated it. */
export function tokenGenerated(next: unknown, previous: unknown): GeneratedToken | undefined {
  const now = generatedSchema.safeParse(next);
  if (!now.success) return undefined;
  const before = generatedSchema.safeParse(previous);
  if (before.success && before.data.generatedAt === now.data.generatedAt) return undefined;
  const { reminder, generatedAt, origin, tokenKind } = now.data;
  return { ...reminder, generatedAt, origin, tokenKind: reminder.tokenKind ?? tokenKind };
}
