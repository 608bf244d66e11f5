import { browser, type Browser } from '#imports';
import { isGitHubUrl } from '../github/urls';
import { parseMessage, type Message } from '../messages';

/** Who sent a message: one of this extension's own pages (popup, options) or its content script on GitHub. */
export type SenderContext = 'extension-page' | 'content-script';

/**
 * Each message from the contexts that send it, and from no other. Starting a guide opens tabs, so
 * only a page the user opened from the toolbar or the options may ask: a content script runs inside
 * github.com, and a compromised page must not be able to steer it.
 */
const SENT_FROM: Record<Message['type'], readonly SenderContext[]> = {
  'start-guide': ['extension-page'],
  'open-prefilled-form': ['extension-page'],
  'open-fine-grained-form': ['extension-page'],
  // Changes the default kind: the user's own answer, never a page's.
  'choose-token-kind': ['extension-page'],
  'start-renewal': ['extension-page'],
  // What a guide script reports is checked event by event (lib/guide/event-schema.ts) and can only
  // move a running guide along its steps; it never starts one or opens a tab.
  'guide-hello': ['content-script'],
  'guide-event': ['content-script'],
  'form-reached': ['content-script'],
};

/**
 * The message when this extension's own context sent it and may send it; undefined otherwise. `hosts`: the
 * enterprise origins granted now, whose pages count as GitHub's (a script left in a tab after its host
 * was removed no longer does).
 */
export function acceptMessage(raw: unknown, sender: Browser.runtime.MessageSender, hosts: readonly string[] = []): Message | undefined {
  const context = senderContext(sender, hosts);
  const message = parseMessage(raw);
  return context && message && SENT_FROM[message.type].includes(context) ? message : undefined;
}

/**
 * Extension pages have a URL on the extension's own origin (also the popup opened in a tab,
 * which has `sender.tab` too); content scripts report the page they run in, on github.com or an added host.
 */
export function senderContext(sender: Browser.runtime.MessageSender, hosts: readonly string[] = []): SenderContext | undefined {
  if (sender.id !== browser.runtime.id || !sender.url) return undefined;
  if (sender.url.startsWith(browser.runtime.getURL('/'))) return 'extension-page';
  return sender.tab && isGitHubUrl(sender.url, hosts) ? 'content-script' : undefined;
}

/**
 * A sender that may be a script on an added host: its message waits for the granted hosts to be read. The
 * others (extension pages, github.com, anything else) are judged at once.
 */
export function needsHostCheck(sender: Browser.runtime.MessageSender): boolean {
  return !!sender.tab && !!sender.url && senderContext(sender) === undefined && sender.id === browser.runtime.id && sender.url.startsWith('https://');
}
