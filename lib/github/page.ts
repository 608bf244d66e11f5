import * as find from './find';
import { readTokenPageFacts } from './token-page';
import { findSsoMenuControl, findTokenRow } from './sso';
import { isDeveloperSettingsPath, isEmailsPath, isSettingsPath, isTokenListPath } from './urls';

export type PageKind =
  | 'sudo'
  | 'token-result'
  | 'token-form'
  | 'token-list'
  // The fine-grained token pages (github-ui.md §17): its list, its new-token form, the page showing a new token.
  | 'fg-token-list'
  | 'fg-token-form'
  | 'fg-token-result'
  | 'developer-settings'
  | 'emails'
  | 'settings'
  | 'other';

/** Plain facts about the page, read from the DOM, so the step resolver stays a pure function. */
export interface PageFacts {
  kind: PageKind;
  userMenuOpen: boolean;
  patGroupCollapsed: boolean;
  generateMenuOpen: boolean;
  /** On /settings/emails: the primary address still waits for verification. */
  emailUnverified: boolean;
  /** The flash GitHub shows when it re-renders the form after a refused POST. */
  formError?: string;
  /** The token the page is about: the new token's row on the result page, else the id in a token page's path. */
  tokenId?: string;
  /** A token's regenerate form (classified `settings`: it is no new-token form). */
  regenerateForm?: boolean;
  /** On the result page: the new token's row offers "Configure SSO" (an organization uses SAML single sign-on). */
  ssoOffered?: boolean;
}

/** Content decides before the URL: the sudo page and the re-rendered form sit at other pages' URLs. */
export function classifyPage(doc: Document, path: string): PageKind {
  if (find.isSudoPage(doc)) return 'sudo';
  if (find.findNewToken(doc)) return 'token-result';
  if (find.findTokenForm(doc)) return 'token-form';
  if (isTokenListPath(path)) return 'token-list';
  if (isDeveloperSettingsPath(path)) return 'developer-settings';
  if (isEmailsPath(path)) return 'emails';
  if (isSettingsPath(path)) return 'settings';
  return 'other';
}

export function readPageFacts(doc: Document, url: string): PageFacts {
  const path = new URL(url).pathname;
  const kind = classifyPage(doc, path);
  return {
    ...(kind !== 'sudo' && readTokenPageFacts(doc, path, kind === 'token-result')),
    kind,
    userMenuOpen: kind === 'other' && !!find.findOpenSettingsItem(doc),
    emailUnverified: kind === 'emails' && !!find.findVerifyEmailControl(doc),
    patGroupCollapsed: kind === 'developer-settings' && find.isPatGroupCollapsed(doc),
    generateMenuOpen: kind === 'token-list' && !!find.findGenerateMenu(doc)?.open,
    formError: kind === 'token-form' ? find.findFlashError(doc) : undefined,
    ssoOffered: kind === 'token-result' && hasSsoMenu(doc),
  };
}

function hasSsoMenu(doc: Document): boolean {
  const row = findTokenRow(doc, undefined);
  return !!row && !!findSsoMenuControl(row);
}
