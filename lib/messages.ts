import * as z from 'zod/mini';
import { pageEventSchema } from './guide/event-schema';
import { FINE_GRAINED_PRESET_CHOICES } from './fine-grained/presets';
import { PRESET_CHOICES } from './presets';
import { KIND_FACT_IDS, PURPOSE_IDS } from './token-kind-chooser';
import { TOKEN_KINDS } from './token-kinds';

/**
 * Every message the background takes; which context may send each is in
 * lib/background/accept-message.ts. Strict objects: nothing rides along unchecked. None carries a token.
 */
/** The host to guide on, as an origin; github.com when left out. The background takes only a granted one. */
const originField = z.optional(z.string().check(z.maxLength(300)));

export const messageSchema = z.discriminatedUnion('type', [
  /**
   * Popup → background: start (or resume) the tour in the active tab, or a new tab on the host. `tokenKind`: the
   * kind to make; left out, the settings' default kind (classic until the user picks fine-grained).
   */
  z.strictObject({ type: z.literal('start-guide'), restart: z.boolean(), origin: originField, tokenKind: z.optional(z.enum(TOKEN_KINDS)) }),
  /** Popup → background: open the prefilled form (fast path) with a preset's scopes ("custom": the settings' own). */
  z.strictObject({ type: z.literal('open-prefilled-form'), presetId: z.enum(PRESET_CHOICES), origin: originField }),
  /**
   * Popup → background: open GitHub's fine-grained form from its template URL (fast path), built from the settings
   * and a fine-grained preset choice, and start the fine-grained guide to check what the form shows.
   */
  z.strictObject({ type: z.literal('open-fine-grained-form'), presetId: z.enum(FINE_GRAINED_PRESET_CHOICES), origin: originField }),
  /**
   * Popup → background: the "Which kind?" helper's answer: the kind the user took, and the purpose and facts it was
   * picked for. The background saves them as the default kind and the chooser's last answers.
   */
  z.strictObject({
    type: z.literal('choose-token-kind'),
    kind: z.enum(TOKEN_KINDS),
    purpose: z.nullable(z.enum(PURPOSE_IDS)),
    facts: z.array(z.enum(KIND_FACT_IDS)).check(z.maxLength(KIND_FACT_IDS.length)),
  }),
  /**
   * Popup → background: renew the token of a stored reminder (its key, on the reminder's host), or one the user
   * picks (null) on `origin`.
   */
  z.strictObject({ type: z.literal('start-renewal'), reminder: z.nullable(z.string().check(z.maxLength(400))), origin: originField }),
  /** Guide script → background: the snapshot to start from (answered with a GuideSnapshot). */
  z.strictObject({ type: z.literal('guide-hello') }),
  /** Guide script → background: what happened on the page; answered with the snapshot after it. */
  z.strictObject({ type: z.literal('guide-event'), event: pageEventSchema }),
  /**
   * Settings stub → background: this tab shows the new-token form; bring the form assistant, or the review
   * of another app's link when the URL came with its own `scopes`.
   */
  z.strictObject({ type: z.literal('form-reached'), prefillLink: z.boolean() }),
]);

export type Message = z.infer<typeof messageSchema>;

export function parseMessage(value: unknown): Message | undefined {
  const result = messageSchema.safeParse(value);
  return result.success ? result.data : undefined;
}
