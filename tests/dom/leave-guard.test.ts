// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardLeaving } from '@/lib/guide/leave-guard';

/** happy-dom has no window.confirm; the browser's own dialog is what the guard calls. */
function stubConfirm(answer: boolean) {
  const confirm = vi.fn(() => answer);
  Object.defineProperty(window, 'confirm', { value: confirm, configurable: true });
  return confirm;
}

describe('leave-before-copy guard', () => {
  let controller: AbortController;
  afterEach(() => controller.abort());

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

  it('a soft-navigation link asks first and stays when the user says no', () => {
    guard();
    document.body.innerHTML = '<a href="/settings/profile">Profile</a>';
    const confirm = stubConfirm(false);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    document.querySelector('a')!.dispatchEvent(click);
    expect(confirm).toHaveBeenCalledOnce();
    expect(click.defaultPrevented).toBe(true);
  });

  it('lets the user leave when they confirm', () => {
    guard();
    document.body.innerHTML = '<a href="/settings/profile">Profile</a>';
    stubConfirm(true);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    document.querySelector('a')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
  });
});
