import * as z from 'zod/mini';
import { PRESET_CHOICES } from './presets';

/**
 * Every message the background takes; which context may send each is in
 * lib/background/accept-message.ts. Strict objects: nothing rides along unchecked. None carries a token.
 */
export const messageSchema = z.discriminatedUnion('type', [
  /** Popup → background: start (or resume) the tour in the active tab, or a new github.com tab. */
  z.strictObject({ type: z.literal('start-guide'), restart: z.boolean() }),
  /** Popup → background: open the prefilled form (fast path) with a preset's scopes ("custom": the settings' own). */
  z.strictObject({ type: z.literal('open-prefilled-form'), presetId: z.enum(PRESET_CHOICES) }),
]);

export type Message = z.infer<typeof messageSchema>;

export function parseMessage(value: unknown): Message | undefined {
  const result = messageSchema.safeParse(value);
  return result.success ? result.data : undefined;
}
