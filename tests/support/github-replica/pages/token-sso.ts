import { SSO_ORGS } from '../options';
import type { ListedToken, ReplicaState } from '../state';
import { renderFixture } from '../templates';

/** The SSO organizations of the host served: the `sso` option's, none where the flavour has no per-organization SSO. */
export function ssoOrgsOf(state: ReplicaState): readonly string[] {
  return state.site.orgSsoMenu ? SSO_ORGS[state.options.sso] : [];
}

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

/** "Configure SSO" for a token row; nothing without SSO organizations, nor on GHE.com, as on GitHub (UI reference §15, §18). */
export function renderSsoMenu(state: ReplicaState, token: ListedToken): string {
  const orgs = ssoOrgsOf(state);
  if (orgs.length === 0) return '';
  return renderFixture('pages/token-sso.html', { orgs: orgs.map((org) => orgRow(token, org)).join('\n') });
}
