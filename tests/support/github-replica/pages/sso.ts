import type { ListedToken, ReplicaState } from '../state';
import { escapeHtml, renderFixture } from '../templates';
import { renderDocument } from './layout';
import { authorizationRequest } from './token-sso';

/** GitHub's organization SSO page, asking to authorize a token (UI reference §15; page [I]). */
export function ssoPage(state: ReplicaState, org: string, token: ListedToken): string {
  return renderDocument(state, {
    title: `Single sign-on to ${org}`, // [I]
    route: { pattern: '/orgs/:org/sso(.:format)', controller: 'orgs/saml', action: 'sso' }, // [I]
    main: renderFixture('pages/sso.html', { org, login: state.site.login, note: escapeHtml(token.note), request: authorizationRequest(token.id) }),
    session: true,
  });
}

/** The identity provider's signed answer, as far as the replica checks it. */
export function assertionFor(org: string): string {
  return `replica-assertion-${org}`;
}

/** The identity provider's answer (pages/idp.html): a self-posting SAML form back to GitHub. */
export function identityProviderPage(state: ReplicaState, org: string, relayState: string): string {
  return renderFixture('pages/idp.html', { org, login: state.site.login, assertion: assertionFor(org), relayState: escapeHtml(relayState) });
}
