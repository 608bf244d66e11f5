/** Helpers for DOM tests of the replica (happy-dom or jsdom provide DOMParser). */
import { renderReplicaPage, type GitHubReplica, type ReplicaOptions, type ReplicaResponse } from './index';

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
