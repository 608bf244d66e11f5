import { browser } from '#imports';
import type { Message } from '@/lib/messages';
import { logError } from '@/lib/log';

/**
 * The popup only asks; the background does the work, so it also happens after the popup closes.
 * A failure is the background's (it answers with the error) and is logged here, once.
 */
export function send(message: Message): Promise<void> {
  return browser.runtime.sendMessage(message).then(
    () => undefined,
    (error: unknown) => logError(`${message.type} message`, error),
  );
}
