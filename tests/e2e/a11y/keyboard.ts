import type { Page } from '@playwright/test';

export interface TabStop {
  /** The probe number `markTabbables` gave the control, or `other-N` for any other. */
  id: string;
  /** An outline or a box shadow is drawn around it while focused. */
  visibleFocus: boolean;
}

/**
 * Runs in the page: numbers every control a keyboard user must be able to reach in `root`
 * (the document, or the shadow root of `host`): visible, enabled, not taken out of the tab
 * order, and of each radio group only the checked button (arrow keys move within a group).
 */
export function markTabbables(host: string | null): string[] {
  const root: ParentNode = host ? document.querySelector(host)!.shadowRoot! : document;
  const controls = [...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')];
  const reachable = controls.filter((el) => {
    if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || !el.checkVisibility()) return false;
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
    const group = controls.filter((other) => other instanceof HTMLInputElement && other.type === 'radio' && other.name === el.name);
    const checked = group.find((radio) => (radio as HTMLInputElement).checked);
    return checked ? checked === el : group[0] === el;
  });
  return reachable.map((el, index) => {
    el.dataset.tabProbe = String(index);
    return String(index);
  });
}

/** Runs in the page: the deepest focused element (through open shadow roots) and its focus ring. */
export function focusedStop(): TabStop | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!(el instanceof HTMLElement) || el === document.body) return null;
  // Controls nobody asked about get a number too, so a walk knows when it has come round.
  if (!el.dataset.tabProbe) {
    const scope = window as unknown as { tabProbesSeen?: number };
    el.dataset.tabProbe = `other-${(scope.tabProbesSeen = (scope.tabProbesSeen ?? 0) + 1)}`;
  }
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return { id: el.dataset.tabProbe, visibleFocus: outline || style.boxShadow !== 'none' };
}

/**
 * Presses `key` from the top of the document until focus comes back to the first control it
 * reached (or `limit` presses), and lists the stops. A blurred control would stay the browser's
 * starting point, so the walk starts from a focused, untabbable marker at the top of <body>.
 */
export async function walkFocus(page: Page, key: 'Tab' | 'Shift+Tab', limit = 80): Promise<TabStop[]> {
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.id = 'tab-walk-start';
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
  });
  const stops: TabStop[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press(key);
    const stop = await page.evaluate(focusedStop);
    if (!stop) continue;
    if (stops.length && stop.id === stops[0]!.id) break;
    stops.push(stop);
  }
  await page.evaluate(() => document.getElementById('tab-walk-start')?.remove());
  return stops;
}
