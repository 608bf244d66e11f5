import type { PageBackend } from './backend';
import { inPageCall, type InPage, type PageQuery } from './in-page/helpers';
import { locate, type Located } from './in-page/queries';
import { pollUntil } from './poll';
import { waitForTarget } from './page-wait';
import { describeTarget, toQuery } from './target';
import type { Scope, Target } from './types';

export interface InputOptions {
  within?: Scope;
  timeout?: number;
}

export interface ClickOptions extends InputOptions {
  /** 2 for a double click (selects a word), 3 for a triple click. */
  count?: number;
}

/**
 * Like a person: wait until exactly one matching element is visible and nothing covers it
 * (the guide's overlay must let clicks through), scroll it into view, click its centre.
 */
export async function clickTarget(page: PageBackend, target: Target, options: ClickOptions = {}): Promise<void> {
  const arg = { query: toQuery(target), within: options.within ?? 'page', point: true };
  let last: Located | undefined;
  const point = await pollUntil(
    async () => {
      last = (await page.evaluateSource(inPageCall(locate, arg))) as Located;
      return last.receivesClick ? last.point : undefined;
    },
    { timeout: options.timeout, what: () => `a click on ${describeTarget(target)} in ${arg.within} (${explain(last)})` },
  );
  await page.click(point.x, point.y, options.count);
}

function explain(located: Located | undefined): string {
  if (!located) return 'never located';
  if (located.visible > 1) return `${located.visible} visible matches, expected one`;
  if (located.visible === 0) return `${located.attached} attached, none visible`;
  return `the click would hit ${located.hit}`;
}

const FOCUS_ATTEMPTS = 3;
const FOCUS_WAIT = 2_000;

/** Clicks the field, waits for it to have focus, replaces its content or moves to its end, types key by key. */
export async function typeInto(
  page: PageBackend, target: Target, text: string, replace: boolean, options: InputOptions = {},
): Promise<void> {
  const arg = { query: toQuery(target), within: options.within ?? 'page', replace };
  const focused = async () => ((await page.evaluateSource(inPageCall(prepareFocused, arg))) ? true : undefined);
  // A person whose click did not land in the field clicks again: Firefox now and then drops
  // the focus of a click made while its page is still settling.
  for (let attempt = 1; ; attempt++) {
    await clickTarget(page, target, options);
    const last = attempt === FOCUS_ATTEMPTS;
    const landed = await pollUntil(focused, {
      timeout: last ? options.timeout : FOCUS_WAIT,
      what: () => `${describeTarget(target)} to have focus after ${FOCUS_ATTEMPTS} clicks`,
    }).catch((error: unknown) => {
      if (last) throw error;
      return false;
    });
    if (landed) break;
  }
  if (replace && text === '') await pressKey(page, 'Backspace');
  if (text) await page.typeText(text);
}

/** True when the focused element is the target (or inside it), after selecting or moving the caret. */
function prepareFocused(arg: { query: PageQuery; within: Scope; replace: boolean }, h: InPage): boolean {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  const focused = el;
  if (!focused || !h.find(arg.query, arg.within, h).some((t) => t === focused || t.contains(focused))) return false;
  if (!(focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement)) return true;
  if (arg.replace) focused.select();
  else if (/^(text|search|url|tel|password|textarea)$/.test(focused.type)) {
    focused.setSelectionRange(focused.value.length, focused.value.length);
  }
  return true;
}

/** A single key or a chord such as 'Shift+Tab' or 'Control+a'. */
export async function pressKey(page: PageBackend, chord: string): Promise<void> {
  const keys = chord === '+' ? ['+'] : chord.split('+');
  for (const key of keys) await page.keyDown(key);
  for (const key of keys.reverse()) await page.keyUp(key);
}

/** Native dropdowns cannot be opened headless: set the value as a choice does, with its events. */
export async function chooseOption(
  page: PageBackend, target: Target, value: string, options: InputOptions = {},
): Promise<void> {
  await waitForTarget(page, target, options);
  const arg = { query: toQuery(target), within: options.within ?? 'page', value };
  const chosen = await page.evaluateSource(inPageCall(selectValue, arg));
  if (!chosen) throw new Error(`${describeTarget(target)} is not a <select> with an option "${value}"`);
}

function selectValue(arg: { query: PageQuery; within: Scope; value: string }, h: InPage): boolean {
  const select = h.find(arg.query, arg.within, h).find((el) => el instanceof HTMLSelectElement);
  if (!(select instanceof HTMLSelectElement) || ![...select.options].some((o) => o.value === arg.value)) return false;
  select.value = arg.value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}
