import type { Driver, DriverPage } from './types';

/**
 * The guide script announces each start with a DOM event named `<extension id>:pat-pilot-guide-started`
 * (lib/guide/script-life.ts). Listening for it from document start tells whether the guide script
 * really ran, without any UI of the guide.
 */
export async function recordContentScriptStarts(page: DriverPage, extensionId: string): Promise<void> {
  await page.addInitScript((eventName: string) => {
    const starts: number[] = [];
    Object.defineProperty(window, '__patPilotStarts', { value: starts });
    document.addEventListener(eventName, () => starts.push(Date.now()));
  }, `${extensionId}:pat-pilot-guide-started`);
}

/** A new tab on `url`, its content script starts recorded from the first one, once its page is idle. */
export async function openRecorded(driver: Driver, url: string): Promise<DriverPage> {
  const page = await driver.newPage();
  await recordContentScriptStarts(page, driver.extensionId ?? 'none');
  await page.goto(url);
  await page.waitForDomIdle();
  return page;
}

/** How often the content script started in the current document (after recordContentScriptStarts). */
export function contentScriptStarts(page: DriverPage): Promise<number> {
  return page.evaluate(() => (window as unknown as { __patPilotStarts?: number[] }).__patPilotStarts?.length ?? -1);
}

/**
 * Every element (with its attributes), text node and style sheet of the page, shadow roots
 * included, one line each: two fingerprints differ exactly when something was added or changed.
 */
export function domFingerprint(page: DriverPage): Promise<string[]> {
  return page.evaluate(() => {
    const lines = [`styleSheets ${document.styleSheets.length} adopted ${document.adoptedStyleSheets.length}`];
    const walk = (node: Node, depth: number): void => {
      if (node instanceof Element) {
        const attributes = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
        lines.push(`${' '.repeat(depth)}<${node.localName} ${attributes.join(' ')}>`);
        if (node.shadowRoot) walk(node.shadowRoot, depth + 1);
      } else if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
        lines.push(`${' '.repeat(depth)}"${node.textContent.trim()}"`);
      }
      node.childNodes.forEach((child) => walk(child, depth + 1));
    };
    walk(document.documentElement, 0);
    return lines;
  });
}
