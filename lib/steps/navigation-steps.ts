import * as find from '../github/find';
import { DESTINATIONS } from '../github/urls';
import { defineStep } from './define-step';

/** From any github.com page to the classic token list. Completion is observed, never assumed. */

export const verifyEmail = defineStep({
  id: 'verify-email',
  title: 'Verify your e-mail address',
  body: 'GitHub only creates tokens for accounts with a verified e-mail address. Send the verification mail, follow its link, then come back.',
  appliesTo: (facts) => facts.kind === 'emails' && facts.emailUnverified,
  findTarget: find.findVerifyEmailControl,
  destination: DESTINATIONS.emails,
});

export const openUserMenu = defineStep({
  id: 'open-user-menu',
  title: 'Open your profile menu',
  body: 'Click your profile photo in the upper-right corner of the page.',
  appliesTo: (facts) => facts.kind === 'other',
  isDone: (facts) => facts.userMenuOpen,
  findTarget: find.findUserMenuButton,
  destination: DESTINATIONS.profile,
});

export const openSettings = defineStep({
  id: 'open-settings',
  title: 'Go to Settings',
  body: 'In the menu that opened, click Settings.',
  appliesTo: (facts) => facts.kind === 'other',
  findTarget: find.findOpenSettingsItem,
  destination: DESTINATIONS.profile,
});

export const openDeveloperSettings = defineStep({
  id: 'open-developer-settings',
  title: 'Open Developer settings',
  body: 'At the bottom of the left sidebar, click Developer settings.',
  appliesTo: (facts) => facts.kind === 'settings' || facts.kind === 'emails',
  findTarget: find.findDeveloperSettingsLink,
  destination: DESTINATIONS.apps,
});

export const openPersonalAccessTokens = defineStep({
  id: 'open-personal-access-tokens',
  title: 'Expand Personal access tokens',
  body: 'In the left sidebar, click Personal access tokens to show its two kinds of token.',
  appliesTo: (facts) => facts.kind === 'developer-settings' && facts.patGroupCollapsed,
  findTarget: find.findPatGroupToggle,
  destination: DESTINATIONS.tokens,
});

export const openTokensClassic = defineStep({
  id: 'open-tokens-classic',
  title: 'Choose Tokens (classic)',
  body: 'Under Personal access tokens, click Tokens (classic): the kind that works as a password for Git over HTTPS.',
  appliesTo: (facts) => facts.kind === 'developer-settings',
  findTarget: find.findTokensClassicLink,
  destination: DESTINATIONS.tokens,
});

export const openGenerateMenu = defineStep({
  id: 'open-generate-menu',
  title: 'Open "Generate new token"',
  body: 'Click Generate new token to see the two kinds you can create.',
  appliesTo: (facts) => facts.kind === 'token-list',
  isDone: (facts) => facts.generateMenuOpen,
  findTarget: (doc) => find.findGenerateMenu(doc)?.querySelector(':scope > summary') ?? undefined,
  destination: DESTINATIONS.newToken,
});

export const chooseClassic = defineStep({
  id: 'choose-classic',
  title: 'Choose "Generate new token (classic)"',
  body: 'Click Generate new token (classic), the one "for general use".',
  appliesTo: (facts) => facts.kind === 'token-list',
  findTarget: find.findClassicItem,
  destination: DESTINATIONS.newToken,
});

export const confirmAccess = defineStep({
  id: 'confirm-access',
  title: 'Confirm access',
  body: 'Confirm access: creating a token is a sensitive action, so GitHub asks you to prove it is you. Use your password, passkey or app as usual; PAT Pilot never reads or fills these fields and carries on once GitHub lets you through.',
  appliesTo: (facts) => facts.kind === 'sudo',
  findTarget: (doc) => doc.querySelector('#sudo') ?? undefined,
  marks: false,
});
