// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listenForCopies } from '@/lib/guide/copy-watch';

/** The result page's token and copy button (UI reference §11.7). */
const RESULT = `
  <div class="access-token new-token"><div class="listgroup-item">
    <p class="text-small">Make sure to copy your personal access token now. You won’t be able to see it again!</p>
    <code id="new-oauth-token" class="token">ghp_replicaTokenForTheCopyWatchTest</code>
    <clipboard-copy for="new-oauth-token" aria-label="Copy token" role="button" tabindex="0"><svg class="octicon octicon-copy"></svg></clipboard-copy>
    <p class="after">Tokens you have generated that can be used to access the GitHub API.</p>
  </div></div>`;

/** An event as the browser makes it for a person's input: trusted. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

const copyEvent = () => new Event('copy', { bubbles: true, cancelable: true });
const buttonCopied = () => new CustomEvent('clipboard-copy', { bubbles: true });
const token = () => document.querySelector('#new-oauth-token')!;
const tokenText = () => token().firstChild!;
const button = () => document.querySelector('clipboard-copy')!;

describe('copy detection', () => {
  let controller: AbortController;
  const copied = vi.fn();

  beforeEach(() => {
    document.body.innerHTML = RESULT;
    copied.mockClear();
    controller = new AbortController();
    listenForCopies(controller.signal, copied);
  });
  afterEach(() => {
    controller.abort();
    getSelection()!.removeAllRanges();
  });

  /** Selects from (startNode, startOffset) to (endNode, endOffset), then the user copies. */
  function selectAndCopy(start: [Node, number], end: [Node, number], event = trusted(copyEvent())) {
    getSelection()!.setBaseAndExtent(start[0], start[1], end[0], end[1]);
    (start[0] instanceof Element ? start[0] : start[0].parentElement!).dispatchEvent(event);
  }

  it('counts the token selected exactly, as a double-click selects it', () => {
    selectAndCopy([tokenText(), 0], [tokenText(), 35]);
    expect(copied).toHaveBeenCalledTimes(1);
  });

  it('counts a selection that begins outside the token and holds all of it', () => {
    const warning = document.querySelector('.text-small')!;
    selectAndCopy([warning, 0], [token(), 1]);
    selectAndCopy([warning.firstChild!, 5], [document.querySelector('.after')!.firstChild!, 6]);
    expect(copied).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['its first half', 0, 17],
    ['all but its last character', 0, 34],
    ['all but its first character', 1, 35],
  ])('does not count a copy of part of the token: %s', (_, from, to) => {
    selectAndCopy([tokenText(), from], [tokenText(), to]);
    expect(copied).not.toHaveBeenCalled();
  });

  it('does not count a copy that ends inside the token though it began above it', () => {
    selectAndCopy([document.querySelector('.text-small')!, 0], [tokenText(), 10]);
    expect(copied).not.toHaveBeenCalled();
  });

  it('does not count a copy event another script made, even with the whole token selected', () => {
    selectAndCopy([token(), 0], [token(), 1], copyEvent());
    expect(copied).not.toHaveBeenCalled();
  });

  it('counts GitHub\'s copy button after the user pressed it, once per press', () => {
    button().dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    button().dispatchEvent(buttonCopied());
    button().dispatchEvent(buttonCopied());
    expect(copied).toHaveBeenCalledTimes(1);
    button().dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    button().dispatchEvent(buttonCopied());
    expect(copied).toHaveBeenCalledTimes(2);
  });

  it('does not count a copy-button event no press of the user caused', () => {
    button().dispatchEvent(new MouseEvent('click', { bubbles: true }));
    button().dispatchEvent(buttonCopied());
    document.querySelector('.after')!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    button().dispatchEvent(buttonCopied());
    expect(copied).not.toHaveBeenCalled();
  });
});
