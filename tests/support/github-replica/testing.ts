/** Helpers for DOM tests of the replica (happy-dom or jsdom provide DOMParser). */
import { followRedirects, renderReplicaPage, type GitHubReplica, type ReplicaOptions, type ReplicaResponse } from './index';

export const GITHUB = 'https://github.com';

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The document a fresh replica serves for GET `path`. */
export function replicaDocument(path: string, options: Partial<ReplicaOptions> = {}): Document {
  return parseHtml(renderReplicaPage(path, options));
}

export function getFrom(replica: GitHubReplica, path: string): ReplicaResponse {
  return replica.handle({ method: 'GET', url: GITHUB + path });
}

export function postTo(replica: GitHubReplica, path: string, fields: Array<[string, string]>): ReplicaResponse {
  return replica.handle({ method: 'POST', url: GITHUB + path, body: new URLSearchParams(fields).toString() });
}

/** POST /settings/tokens with the fields of form#new_oauth_access. */
export function submitTokenForm(replica: GitHubReplica, note: string, scopes: string[], expiration = '30', customDate = ''): ReplicaResponse {
  return postTo(replica, '/settings/tokens', [
    ['authenticity_token', 'x'],
    ['oauth_access[description]', note],
    ['oauth_access[default_expires_at]', expiration],
    ['oauth_access[custom_expires_at]', customDate],
    ...scopes.map((scope): [string, string] => ['oauth_access[scopes][]', scope]),
  ]);
}

export function checkedScopes(document: Document): string[] {
  return [...document.querySelectorAll('input[name="oauth_access[scopes][]"][checked]')].map((box) => box.getAttribute('value') ?? '');
}

/** The fields a browser would post for `form`: named inputs that are enabled, boxes only when ticked. */
export function formFields(form: Element): Array<[string, string]> {
  const fields = [...form.querySelectorAll('input[name], select[name], textarea[name]')].filter((field) => !field.hasAttribute('disabled'));
  return fields.flatMap((field): Array<[string, string]> => {
    const name = field.getAttribute('name')!;
    if (field.matches('input[type="checkbox"], input[type="radio"]')) return field.hasAttribute('checked') ? [[name, field.getAttribute('value') ?? 'on']] : [];
    if (field.matches('select')) return [[name, field.querySelector('option[selected]')?.getAttribute('value') ?? '']];
    return [[name, field.getAttribute('value') ?? '']];
  });
}

/** Submits `form` as parsed from a replica page at `origin`, as a click on its submit button would, and follows redirects. */
export function submitForm(replica: GitHubReplica, form: Element, origin = GITHUB): ReplicaResponse {
  const url = new URL(form.getAttribute('action')!, origin).href;
  return followRedirects(replica, url, replica.handle({ method: 'POST', url, body: new URLSearchParams(formFields(form)).toString() }));
}

/** GET `path` on `origin` and follow its redirects, as a click on a link would. */
export function visit(replica: GitHubReplica, path: string, origin = GITHUB): ReplicaResponse {
  const url = new URL(path, origin).href;
  return followRedirects(replica, url, replica.handle({ method: 'GET', url }));
}
