// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
import { describe, expect, it } from 'vitest';
import { replicaDocument as page } from '../support/github-replica/testing';

const metas = (document: Document) => ['route-pattern', 'route-controller', 'route-action']
  .map((name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content'));

/** UI reference §6.4, in on-screen order; "parent>child" marks nesting. Written out here, not imported. */
const CATALOGUE = `repo repo>repo:status repo>repo_deployment repo>public_repo repo>repo:invite repo>security_events workflow
write:packages write:packages>read:packages delete:packages admin:org admin:org>write:org admin:org>read:org
admin:org>manage_runners:org admin:public_key admin:public_key>write:public_key admin:public_key>read:public_key
admin:repo_hook admin:repo_hook>write:repo_hook admin:repo_hook>read:repo_hook admin:org_hook gist notifications user
user>read:user user>user:email user>user:follow delete_repo write:discussion write:discussion>read:discussion
admin:enterprise admin:enterprise>manage_runners:enterprise admin:enterprise>manage_billing:enterprise
admin:enterprise>read:enterprise admin:enterprise>scim:enterprise audit_log audit_log>read:audit_log codespace
codespace>codespace:secrets copilot copilot>manage_billing:copilot write:network_configurations
write:network_configurations>read:network_configurations project project>read:project admin:gpg_key
admin:gpg_key>write:gpg_key admin:gpg_key>read:gpg_key admin:ssh_signing_key admin:ssh_signing_key>write:ssh_signing_key
admin:ssh_signing_key>read:ssh_signing_key`.split(/\s+/).map((entry) => entry.split('>'));

describe('replica /settings/tokens', () => {
  const document = page('/settings/tokens', { existingNotes: ['deploy', 'laptop'] });
  const generate = [...document.querySelectorAll('summary')].find((summary) => summary.textContent === 'Generate new token')!;

  it('is the classic list page', () => {
    expect(document.title).toBe('Personal Access Tokens (Classic)');
    expect(metas(document)).toEqual(['/settings/tokens(.:format)', 'oauth_tokens', 'index']);
    expect(document.querySelector('h2.Subhead-heading')?.textContent).toBe('Personal access tokens (classic)');
  });

  it('has the "Generate new token" dropdown, with another <details> before it', () => {
    expect(generate.getAttribute('class')).toBe('btn btn-sm select-menu-button');
    expect(generate.parentElement?.matches('details.details-reset.details-overlay.d-inline-block.position-relative')).toBe(true);
    expect(document.querySelector('main details')).not.toBe(generate.parentElement);
    const items = [...generate.parentElement!.querySelectorAll('a[role="menuitem"]')];
    expect(items.map((item) => item.getAttribute('href'))).toEqual(['/settings/personal-access-tokens/new', '/settings/tokens/new']);
    expect(items[1]!.textContent).toContain('Generate new token (classic)');
    expect(items[1]!.textContent).toContain('For general use');
    expect(items[0]!.textContent).toContain('Fine-grained, repo-scoped');
  });

  it('lists the existing tokens with their revoke forms', () => {
    const rows = [...document.querySelectorAll('div.access-token.js-revoke-item[data-type="token"]')];
    expect(rows.map((row) => row.querySelector('.listgroup-item .token-description')?.textContent)).toEqual(['deploy', 'laptop']);
    const id = rows[0]!.getAttribute('data-id');
    expect(rows[0]!.id).toBe(`access-token-${id}`);
    const form = rows[0]!.querySelector(`form.js-revoke-access-form[action="/settings/tokens/${id}"][method="post"]`)!;
    expect(form.querySelector('input[name="_method"]')?.getAttribute('value')).toBe('delete');
  });

  it('can lack the dropdown', () => {
    const bare = page('/settings/tokens', { missing: ['generate-menu'] });
    expect(bare.querySelector('a[href="/settings/tokens/new"]')).toBeNull();
    expect([...bare.querySelectorAll('summary')].map((summary) => summary.textContent)).not.toContain('Generate new token');
  });
});

describe('replica /settings/tokens/new', () => {
  const document = page('/settings/tokens/new');
  const form = document.querySelector('form#new_oauth_access')!;

  it('is the new-token page', () => {
    expect(document.title).toBe('New Personal Access Token (Classic)');
    expect(metas(document)).toEqual(['/settings/tokens/new(.:format)', 'oauth_tokens', 'new']);
    expect(document.querySelector('h2.Subhead-heading')?.textContent).toBe('New personal access token (classic)');
  });

  it('posts the Rails form to /settings/tokens', () => {
    expect(form.matches('.new_oauth_access[action="/settings/tokens"][method="post"][accept-charset="UTF-8"]')).toBe(true);
    expect(form.querySelector('input[type="hidden"][name="authenticity_token"]')).not.toBeNull();
    const note = form.querySelector(':scope > div > dl.form-group input#oauth_access_description')!;
    expect(note.getAttribute('name')).toBe('oauth_access[description]');
    expect(note.getAttribute('class')).toBe('form-control wide');
    expect(document.getElementById(note.getAttribute('aria-describedby')!)?.textContent).toBe('What’s this token for?');
    const submits = [...form.querySelectorAll('button[type="submit"]')];
    expect(submits.map((button) => [button.textContent, button.matches(':scope.btn.btn-primary'), button.parentElement?.matches('form > p')]))
      .toEqual([['Generate token', true, true]]);
  });

  it('lists every scope of the reference, in order, children nested under their parent', () => {
    const boxes = [...form.querySelectorAll('input[type="checkbox"][name="oauth_access[scopes][]"]')];
    expect(boxes.map((box) => box.getAttribute('value'))).toEqual(CATALOGUE.map((entry) => entry.at(-1)));
    boxes.forEach((box, index) => {
      const parent = CATALOGUE[index]!.length === 2 ? CATALOGUE[index]![0] : undefined;
      expect(box.closest('ul[data-scope-for]')?.getAttribute('data-scope-for')).toBe(parent);
      expect(box.parentElement?.classList.contains('token-scope')).toBe(!parent);
      expect(box.closest('label')?.querySelector('span.description')?.textContent).toBeTruthy();
    });
    const description = (value: string) => form.querySelector(`input[value="${value}"]`)!.closest('label')!.querySelector('.description')!.textContent;
    expect(description('repo')).toBe('Full control of private repositories');
    expect(description('delete_repo')).toBe('Delete repositories');
  });

  it('has the 2025–26 expiration action-menu by default', () => {
    const widget = form.querySelector('dl.form-group#token-expiration .js-new-default-token-expiration-select')!;
    const opener = widget.querySelector('action-menu button[aria-haspopup][popovertarget]')!;
    expect(opener.textContent?.trim()).toMatch(/^30 days \([A-Z][a-z]{2} \d{1,2}, \d{4}\)$/);
    // Primer ViewComponents' ActionMenu: the opener names an anchored-position popover holding the menu.
    const overlay = document.getElementById(opener.getAttribute('popovertarget')!)!;
    expect(overlay.matches('anchored-position[popover][data-target="action-menu.overlay"]')).toBe(true);
    const list = overlay.querySelector(`ul[role="menu"]#${opener.getAttribute('aria-controls')}`)!;
    const items = [...list.querySelectorAll('.js-new-default-token-expiration-item button[role="menuitemradio"][data-value]')];
    expect(items.map((item) => [item.getAttribute('data-value'), item.textContent, item.getAttribute('aria-checked')])).toEqual([
      ['7', '7 days', 'false'], ['30', '30 days', 'true'], ['60', '60 days', 'false'],
      ['90', '90 days', 'false'], ['custom', 'Custom...', 'false'], ['none', 'No expiration', 'false'],
    ]);
    expect(widget.querySelector('action-menu [data-list-inputs="true"] > input[type="hidden"][name="oauth_access[default_expires_at]"]')?.getAttribute('value')).toBe('30');
    expect(widget.querySelector('input[type="date"][name="oauth_access[custom_expires_at]"]')?.hasAttribute('hidden')).toBe(true);
    expect(form.querySelector('select, [name="oauth_access_expires_at"], #oauth_access_expires_at')).toBeNull();
  });

  it('has the ≈2021–24 native select on request', () => {
    const old = page('/settings/tokens/new', { expiration: 'select' });
    const select = old.querySelector('form#new_oauth_access select[name="oauth_access[default_expires_at]"]')!;
    expect(select.getAttribute('class')).toBe('form-select js-default-token-expiration-select');
    expect([...select.querySelectorAll('option')].map((option) => option.getAttribute('value'))).toEqual(['7', '30', '60', '90', 'custom', 'none']);
    expect(select.querySelector('option[selected]')?.getAttribute('value')).toBe('30');
    expect(old.querySelectorAll('[name="oauth_access[default_expires_at]"]')).toHaveLength(1);
    expect(old.querySelector('.js-new-default-token-expiration-select')).toBeNull();
  });
});

describe('replica sudo page', () => {
  const document = page('/settings/tokens/new', { sudo: 'same-url' });

  it('takes the place of the form, in the session layout', () => {
    expect(document.body.classList.contains('session-authentication')).toBe(true);
    expect(document.querySelector('#sudo > div.auth-form-header.p-0 > h1')?.textContent).toBe('Confirm access');
    expect(document.querySelector('form#new_oauth_access, #settings_user_tokens_note')).toBeNull();
    expect(document.querySelector('[aria-label="View profile and more"], [data-login]')).toBeNull();
  });

  it('has the credential options of the reference', () => {
    const options = document.querySelector('#sudo sudo-credential-options')!;
    const password = options.querySelector('[data-target="sudo-credential-options.content"] [data-target="sudo-credential-options.passwordContainer"] form[action="/sessions/sudo"]')!;
    expect(password.querySelector('input#sudo_password[name="sudo_password"][type="password"][autocomplete="current-password"]')).not.toBeNull();
    expect(password.querySelector('input[name="sudo_return_to"]')?.getAttribute('value')).toBe('/settings/tokens/new');
    expect(password.querySelector('input[name="credential_type"]')?.getAttribute('value')).toBe('password');
    expect(password.querySelector('button[type="submit"]')?.textContent).toBe('Confirm');
    expect(options.querySelector('h3[data-target="sudo-credential-options.githubMobileChallengeValue"][hidden]')).not.toBeNull();
    const problems = [...options.querySelectorAll('div.Box.mt-3 li')].map((item) => item.textContent?.trim());
    expect(problems).toEqual(['Use your passkey', 'Use GitHub Mobile', 'Use your authenticator app', 'Use your password']);
    expect(options.querySelector('a[data-test-selector="gh-mobile-link"]')).not.toBeNull();
    expect(options.querySelector('li[data-target="sudo-credential-options.passwordNav"]')).not.toBeNull();
  });
});
