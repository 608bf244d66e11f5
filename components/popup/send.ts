import { browser } from '#imports';
import type { Message } from '@/lib/messages';

/** The popup only asks; the background does the work, so it also happens after the popup closes. */
export function send(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}
