/**
 * A tab without a guide script has nobody listening; the browser says so with an error whose text
 * differs by browser. That is the normal answer of most github.com tabs, not a failure.
 */
export function isNoReceiver(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /Receiving end does not exist|Could not establish connection|No matching message handler/i.test(text);
}
