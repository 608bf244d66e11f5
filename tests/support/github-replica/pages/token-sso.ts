import { SSO_ORGS } from '../options';
import type { ListedToken, ReplicaState } from '../state';
import { renderFixture } from '../templates';

/** The opaque `authorization_request` of a token's SSO links; the replica keeps the token's id in it [I]. */
export function authorizationRequest(id: number): string {
  return `oauth-access-${id}`;
}

export function tokenIdOf(request: string | null): number | undefined {
  const match = /^oauth-access-(\d+)$/.exec(request ?? '');
  return match ? Number(match[1]) : undefined;
}

function orgRow(token: ListedToken, org: string): string {
  const authorized = token.authorizedOrgs.includes(org);
  const slots = { org, id: String(token.id), request: authorizationRequest(token.id) };
  return renderFixture(authorized ? 'pages/sso-org-deauthorize.html' : 'pages/sso-org-authorize.html', slots).trimEnd();
}

/** "Configure SSO" for a token row; nothing without SSO organizations, as on GitHub (UI reference §15). */
export function renderSsoMenu(state: ReplicaState, token: ListedToken): string {
  const orgs = SSO_ORGS[state.options.sso];
  if (orgs.length === 0) return '';
  return renderFixture('pages/token-sso.html', { orgs: orgs.map((org) => orgRow(token, org)).join('\n') });
}
