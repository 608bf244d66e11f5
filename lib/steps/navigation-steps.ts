import * as find from '../github/find';
import { defineStep } from './define-step';

/** From any github.com page to the classic token list. Completion is observed, never assumed. */

export const verifyEmail = defineStep({
  id: 'verify-email',
  title: 'steps.verifyEmail.title',
  body: 'steps.verifyEmail.body',
  appliesTo: (facts) => facts.kind === 'emails' && facts.emailUnverified,
  findTarget: find.findVerifyEmailControl,
  destination: 'emails',
});

export const openUserMenu = defineStep({
  id: 'open-user-menu',
  title: 'steps.openUserMenu.title',
  body: 'steps.openUserMenu.body',
  appliesTo: (facts) => facts.kind === 'other',
  isDone: (facts) => facts.userMenuOpen,
  findTarget: find.findUserMenuButton,
  destination: 'profile',
});

export const openSettings = defineStep({
  id: 'open-settings',
  title: 'steps.openSettings.title',
  body: 'steps.openSettings.body',
  appliesTo: (facts) => facts.kind === 'other',
  findTarget: find.findOpenSettingsItem,
  destination: 'profile',
});

export const openDeveloperSettings = defineStep({
  id: 'open-developer-settings',
  title: 'steps.openDeveloperSettings.title',
  body: 'steps.openDeveloperSettings.body',
  appliesTo: (facts) => facts.kind === 'settings' || facts.kind === 'emails',
  findTarget: find.findDeveloperSettingsLink,
  destination: 'apps',
});

export const openPersonalAccessTokens = defineStep({
  id: 'open-personal-access-tokens',
  title: 'steps.openPersonalAccessTokens.title',
  body: 'steps.openPersonalAccessTokens.body',
  appliesTo: (facts) => facts.kind === 'developer-settings' && facts.patGroupCollapsed,
  findTarget: find.findPatGroupToggle,
  destination: 'tokens',
});

export const openTokensClassic = defineStep({
  id: 'open-tokens-classic',
  title: 'steps.openTokensClassic.title',
  body: 'steps.openTokensClassic.body',
  appliesTo: (facts) => facts.kind === 'developer-settings',
  findTarget: find.findTokensClassicLink,
  destination: 'tokens',
});

export const openGenerateMenu = defineStep({
  id: 'open-generate-menu',
  title: 'steps.openGenerateMenu.title',
  body: 'steps.openGenerateMenu.body',
  appliesTo: (facts) => facts.kind === 'token-list',
  isDone: (facts) => facts.generateMenuOpen,
  findTarget: (doc) => find.findGenerateMenu(doc)?.querySelector(':scope > summary') ?? undefined,
  destination: 'newToken',
});

export const chooseClassic = defineStep({
  id: 'choose-classic',
  title: 'steps.chooseClassic.title',
  body: 'steps.chooseClassic.body',
  appliesTo: (facts) => facts.kind === 'token-list',
  findTarget: find.findClassicItem,
  destination: 'newToken',
});

export const confirmAccess = defineStep({
  id: 'confirm-access',
  title: 'steps.confirmAccess.title',
  body: 'steps.confirmAccess.body',
  appliesTo: (facts) => facts.kind === 'sudo',
  findTarget: find.findSudoContainer,
  marks: false,
});
