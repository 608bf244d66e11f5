// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { renderRoot } from '../support/render-root';
import { describe, expect, it, vi } from 'vitest';
import { KindChooser, type KindAnswers } from '@/components/popup/KindChooser';

const mount = renderRoot();

const purposes = [
  { id: 'https', label: 'Push and pull over HTTPS' },
  { id: 'publish', label: 'Publish packages' },
];
const facts = [{ id: 'orgs', label: 'Several organizations at once' }];
/** Classic for packages or any fact, fine-grained otherwise; nothing before a purpose. */
const recommend = ({ purpose, facts: chosen }: KindAnswers) =>
  purpose === null && chosen.length === 0
    ? undefined
    : purpose === 'publish' || chosen.length > 0
      ? { kind: 'classic' as const, reason: 'Only classic can.' }
      : { kind: 'fine-grained' as const, reason: 'Fine-grained fits.' };

function show(initial: KindAnswers = { purpose: null, facts: [] }) {
  const onChoose = vi.fn();
  render(<KindChooser purposes={purposes} facts={facts} initial={initial} recommend={recommend} onChoose={onChoose} />, mount.element);
  return onChoose;
}

const toggle = () => mount.element.querySelector<HTMLButtonElement>('#kind-chooser-toggle')!;
const panel = () => mount.element.querySelector<HTMLElement>('#kind-chooser')!;
const button = (name: string) => [...mount.element.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const status = () => mount.element.querySelector('[role="status"]')?.textContent;

describe('KindChooser', () => {
  it('is a disclosure: the button says whether the panel it controls is open', async () => {
    show();
    expect(toggle().textContent).toBe('Which kind?');
    expect(toggle().getAttribute('aria-controls')).toBe('kind-chooser');
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(panel().hidden).toBe(true);
    await act(() => toggle().click());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(panel().hidden).toBe(false);
  });

  it('asks the two questions as labelled groups of radios and checkboxes', async () => {
    show();
    await act(() => toggle().click());
    const legends = [...panel().querySelectorAll('fieldset > legend')].map((legend) => legend.textContent);
    expect(legends).toEqual(['What is the token for?', 'Does any of these apply?']);
    const inputs = [...panel().querySelectorAll('input')];
    expect(inputs.map((input) => [input.type, mount.element.querySelector(`label[for="${input.id}"]`)?.textContent])).toEqual([
      ['radio', 'Push and pull over HTTPS'],
      ['radio', 'Publish packages'],
      ['checkbox', 'Several organizations at once'],
    ]);
  });

  it('recommends live as the answers change, with one line of why', async () => {
    show();
    await act(() => toggle().click());
    expect(status()).toBe('Pick what the token is for, and PAT Pilot recommends a kind.');
    expect(button('Use a fine-grained token')).toBeUndefined();
    await act(() => mount.element.querySelector<HTMLInputElement>('#kind-purpose-https')!.click());
    expect(status()).toBe('Recommended: Fine-grained tokenFine-grained fits.');
    expect(button('Use a fine-grained token')).toBeDefined();
    expect(button('Use a classic token instead')).toBeDefined();
    await act(() => mount.element.querySelector<HTMLInputElement>('#kind-fact-orgs')!.click());
    expect(status()).toBe('Recommended: Classic tokenOnly classic can.');
    expect(button('Use a fine-grained token instead')).toBeDefined();
  });

  it('sends the kind taken with the answers, and closes with the focus back on its button', async () => {
    const onChoose = show();
    await act(() => toggle().click());
    await act(() => mount.element.querySelector<HTMLInputElement>('#kind-purpose-publish')!.click());
    await act(() => button('Use a fine-grained token instead')!.click());
    expect(onChoose).toHaveBeenCalledWith('fine-grained', { purpose: 'publish', facts: [] });
    expect(panel().hidden).toBe(true);
    expect(document.activeElement).toBe(toggle());
  });

  it('shows the last answers when opened', async () => {
    const onChoose = show({ purpose: 'https', facts: ['orgs'] });
    await act(() => toggle().click());
    expect(mount.element.querySelector<HTMLInputElement>('#kind-purpose-https')!.checked).toBe(true);
    expect(mount.element.querySelector<HTMLInputElement>('#kind-fact-orgs')!.checked).toBe(true);
    await act(() => button('Use a classic token')!.click());
    expect(onChoose).toHaveBeenCalledWith('classic', { purpose: 'https', facts: ['orgs'] });
  });

  it('closes on Escape without choosing', async () => {
    const onChoose = show();
    await act(() => toggle().click());
    const radio = mount.element.querySelector<HTMLInputElement>('#kind-purpose-https')!;
    radio.focus();
    await act(() => {
      radio.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(panel().hidden).toBe(true);
    expect(document.activeElement).toBe(toggle());
    expect(onChoose).not.toHaveBeenCalled();
  });
});
