import * as z from 'zod/mini';
import { optionalTokenIdSchema } from '../guide/schema';
import type { GeneratedToken } from './schedule';

/**
 * The guide state tells when the user pressed "Generate token"; the content script adds the
 * note and expiry it saw on the form as `reminder: { note, expiresAt }`. Read as untrusted
 * data: a state without that field (or from an older version) schedules nothing.
 */
const generatedSchema = z.object({
  generatedAt: z.number(),
  reminder: z.object({ note: z.string().check(z.minLength(1)), expiresAt: z.nullable(z.number()), tokenId: optionalTokenIdSchema }),
  origin: z.optional(z.string()),
});

/** The token generated between two guide states, if this change is the one that generated it. */
export function tokenGenerated(next: unknown, previous: unknown): GeneratedToken | undefined {
  const now = generatedSchema.safeParse(next);
  if (!now.success) return undefined;
  const before = generatedSchema.safeParse(previous);
  if (before.success && before.data.generatedAt === now.data.generatedAt) return undefined;
  return { ...now.data.reminder, generatedAt: now.data.generatedAt, origin: now.data.origin };
}
