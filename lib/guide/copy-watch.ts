import * as S from '../github/selectors';

type On = (type: string, listener: (event: Event) => void) => void;

/** Where the token and its copy button are: the classic result page's, or the fine-grained one's (a field). */
export interface CopyTargets {
  token: string;
  button: string;
  /** The token is a field's value: a copy made inside the field is the user's copy of it. */
  field?: boolean;
}

const CLASSIC_TARGETS: CopyTargets = { token: S.NEW_TOKEN, button: S.COPY_BUTTON };

/**
 * Calls back when the user copies the whole token: with GitHub's copy button, or a copy (Ctrl+C, the
 * context menu) of a selection that holds all of it. Only trusted input counts; the token is never read.
 */
export function listenForCopies(signal: AbortSignal, onCopied: () => void, targets: CopyTargets = CLASSIC_TARGETS): void {
  const on: On = (type, listener) => document.addEventListener(type, listener, { signal, capture: true });
  const copyButton = watchCopyButton(on, targets.button);
  on('clipboard-copy', (event) => copyButton.wasPressed(event.target) && onCopied());
  on('copy', (event) => event.isTrusted && (selectionHoldsAll(targets.token) || (!!targets.field && !!closest(event.target, targets.token))) && onCopied());
}

/**
 * GitHub's copy button announces a copy with `clipboard-copy`, an event its own script dispatches, so it is
 * never trusted itself: it counts only as the answer to the user's own (trusted) press of that button.
 */
function watchCopyButton(on: On, button: string) {
  let pressed: Element | null = null;
  const press = (event: Event) => {
    if (event.isTrusted) pressed = closest(event.target, button) ?? pressed;
  };
  on('click', press);
  on('keydown', (event) => ['Enter', ' '].includes((event as KeyboardEvent).key) && press(event));
  return {
    wasPressed(target: EventTarget | null): boolean {
      const answered = pressed !== null && closest(target, button) === pressed;
      if (answered) pressed = null;
      return answered;
    },
  };
}

/**
 * Whether the text being copied holds the whole element, however the selection began (a triple-click, a drag
 * from the text above); part of it is not a copy of the token. Only where, never what: boundaries are compared.
 */
function selectionHoldsAll(selector: string): boolean {
  const element = document.querySelector(selector);
  const selection = document.getSelection();
  if (!element || !selection || selection.isCollapsed) return false;
  const whole = contentRange(element);
  return Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i)).some(
    (range) => range.compareBoundaryPoints(Range.START_TO_START, whole) <= 0 && range.compareBoundaryPoints(Range.END_TO_END, whole) >= 0,
  );
}

/**
 * From the start of the element's first text node to the end of its last: a double-click selects exactly
 * that, which lies inside the element's own bounds, so those bounds would count it as partial.
 */
function contentRange(element: Element): Range {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const first = walker.nextNode() as CharacterData | null;
  let last = first;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node as CharacterData;
  const range = document.createRange();
  // Boundaries only: a range over the element's contents could be turned into its text.
  range.setStart(first ?? element, 0);
  if (last) range.setEnd(last, last.length);
  else range.setEnd(element, element.childNodes.length);
  return range;
}

function closest(target: EventTarget | null, selector: string): Element | null {
  return target instanceof Element ? target.closest(selector) : null;
}
