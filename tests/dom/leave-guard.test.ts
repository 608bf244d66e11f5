// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The guard's answer lives for the document: each test gets a fresh copy, as each page load does. */
let guardLeaving: typeof import('@/lib/guide/leave-guard').guardLeaving;

type HappyWindow = { happyDOM: { setURL(url: string): void } };

/** happy-dom has no window.confirm; the browser's own dialog is what the guard calls. */
function stubConfirm(answer: boolean) {
  const confirm = vi.fn(() => answer);
  Object.defineProperty(window, 'confirm', { value: confirm, configurable: true });
  return confirm;
}

describe('leave-before-copy guard', () => {
  let controller: AbortController;
  afterEach(() => controller.abort());
  // The result page; a link followed in an earlier test must not have moved the document.
  beforeEach(async () => {
    (window as unknown as HappyWindow).happyDOM.setURL('https://github.com/settings/tokens');
    vi.resetModules();
    ({ guardLeaving } = await import('@/lib/guide/leave-guard'));
  });

  const guard = () => {
    controller = new AbortController();
    guardLeaving(controller.signal);
  };

  it('asks the browser to confirm closing or reloading the page', () => {
    guard();
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('stops asking once the step is over', () => {
    guard();
    controller.abort();
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  /** A person's click on the only link of `html`, with the user answering `answer` if asked. */
  function clickLink(html: string, answer: boolean, keys: MouseEventInit = {}) {
    guard();
    document.body.innerHTML = html;
    const confirm = stubConfirm(answer);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, ...keys });
    Object.defineProperty(click, 'isTrusted', { value: true });
    document.querySelector('a')!.dispatchEvent(click);
    return { asked: confirm.mock.calls.length, stayed: click.defaultPrevented };
  }

  it('a soft-navigation link asks first and stays when the user says no', () => {
    expect(clickLink('<a href="/settings/profile">Profile</a>', false)).toEqual({ asked: 1, stayed: true });
  });

  it('lets the user leave when they confirm', () => {
    expect(clickLink('<a href="/settings/profile">Profile</a>', true)).toEqual({ asked: 1, stayed: false });
  });

  /** The browser's own "leave page?" for this page: true when the page asks for it. */
  const browserWouldAsk = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  /** happy-dom follows a link at once; a browser keeps showing the page until the next one arrives. */
  const leavingButStillShown = () => (window as unknown as HappyWindow).happyDOM.setURL('https://github.com/settings/tokens');

  it('after "leave" to its question, the browser does not ask again as the page unloads', () => {
    clickLink('<a href="/settings/developers">OAuth Apps</a>', true);
    leavingButStillShown();
    expect(browserWouldAsk()).toBe(false);
  });

  it('asks once even when the step is set up again before the page has gone', () => {
    expect(clickLink('<a href="/settings/developers">OAuth Apps</a>', true)).toEqual({ asked: 1, stayed: false });
    leavingButStillShown();
    // The guide enters the copy step anew (a new guard) while the browser is still leaving.
    controller.abort();
    guard();
    expect(browserWouldAsk()).toBe(false);
    const confirm = stubConfirm(false);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    document.querySelector('a')!.dispatchEvent(click);
    expect({ asked: confirm.mock.calls.length, stayed: click.defaultPrevented }).toEqual({ asked: 0, stayed: false });
  });

  it('asks again on a token page shown later, after a soft navigation took the user elsewhere', () => {
    clickLink('<a href="/settings/developers">OAuth Apps</a>', true);
    (window as unknown as HappyWindow).happyDOM.setURL('https://github.com/settings/developers');
    controller.abort();
    (window as unknown as HappyWindow).happyDOM.setURL('https://github.com/settings/tokens');
    guard();
    expect(browserWouldAsk()).toBe(true);
  });

  it.each([
    ['a link that opens a new tab', '<a href="/settings/profile" target="_blank">Profile</a>', {}],
    ['a download link', '<a href="/settings/profile.json" download>Export</a>', {}],
    ['a ctrl-click (new tab)', '<a href="/settings/profile">Profile</a>', { ctrlKey: true }],
    ['a cmd-click (new tab)', '<a href="/settings/profile">Profile</a>', { metaKey: true }],
    ['a shift-click (new window)', '<a href="/settings/profile">Profile</a>', { shiftKey: true }],
  ])('does not ask for %s, which leaves the token on this page', (_, html, keys) => {
    expect(clickLink(html, false, keys)).toEqual({ asked: 0, stayed: false });
  });

  it('still asks for a link that targets this tab explicitly', () => {
    expect(clickLink('<a href="/settings/emails" target="_self">E-mails</a>', false)).toEqual({ asked: 1, stayed: true });
  });
});
