import * as nav from '../steps/navigation-steps';
import { storeToken } from '../steps/form-steps';
import { defineStep, type StepDefinition } from '../steps/define-step';
import type { FineGrainedFormStepId } from '../steps/ids';
import type { GuideState } from '../guide/schema';
import type { PageFacts } from '../github/page';
import { FINE_GRAINED_RENEWAL_STEPS } from './renewal-steps';
import * as find from '../github/fine-grained-find';
import { findGenerateMenu } from '../github/find';
import { countSelectedRepositories, readName, readRepositoryAccess } from '../github/fine-grained-form';

/**
 * The fine-grained token's tour (github-ui.md §17), read top to bottom like the classic TOUR: the first step
 * that applies to the page and is not done is the current one. The first steps, confirm-access and store-token
 * are the classic tour's own; on the form the user moves with "Next", and only the user generates the token.
 */

const onFormStep = (id: FineGrainedFormStepId) => (facts: PageFacts, state: GuideState) =>
  facts.kind === 'fg-token-form' && state.formStep === id;

const withForm = (use: (form: HTMLFormElement) => boolean) => (doc: Document) => {
  const form = find.findFineGrainedForm(doc);
  return !!form && use(form);
};

const inForm = <T>(pick: (form: ParentNode) => T) => (doc: Document) => pick(find.findFineGrainedForm(doc) ?? doc);

export const openTokensFineGrained = defineStep({
  id: 'open-tokens-fine-grained',
  title: 'fgSteps.openTokensFineGrained.title',
  body: 'fgSteps.openTokensFineGrained.body',
  appliesTo: (facts) => facts.kind === 'developer-settings',
  findTarget: find.findFineGrainedTokensLink,
  destination: 'fineGrainedTokens',
});

export const generateNewToken = defineStep({
  id: 'fg-generate-new-token',
  title: 'fgSteps.generateNewToken.title',
  body: 'fgSteps.generateNewToken.body',
  appliesTo: (facts) => facts.kind === 'fg-token-list',
  findTarget: find.findFineGrainedNewTokenLink,
  destination: 'fineGrainedTokens',
});

/** On the classic list: its "Generate new token" menu, then the menu's "Fine-grained, repo-scoped" item. */
export const generateNewTokenFromClassic = defineStep({
  id: 'fg-generate-new-token',
  title: 'fgSteps.generateNewTokenFromClassic.title',
  body: 'fgSteps.generateNewTokenFromClassic.body',
  appliesTo: (facts) => facts.kind === 'token-list',
  findTarget: (doc) => {
    const menu = findGenerateMenu(doc);
    if (menu && !menu.open) return menu.querySelector(':scope > summary') ?? undefined;
    return find.findFineGrainedNewTokenLink(doc);
  },
});

export const name = defineStep({
  id: 'fg-name',
  title: 'fgSteps.name.title',
  body: 'fgSteps.name.body',
  appliesTo: onFormStep('fg-name'),
  findTarget: inForm(find.findNameInput),
  action: 'next',
  isSatisfied: withForm((form) => readName(form).trim() !== ''),
});

export const resourceOwner = defineStep({
  id: 'fg-resource-owner',
  title: 'fgSteps.resourceOwner.title',
  body: 'fgSteps.resourceOwner.body',
  appliesTo: onFormStep('fg-resource-owner'),
  findTarget: inForm(find.findOwnerButton),
  action: 'next',
  isSatisfied: () => true,
});

export const expiration = defineStep({
  id: 'fg-expiration',
  title: 'fgSteps.expiration.title',
  body: 'fgSteps.expiration.body',
  appliesTo: onFormStep('fg-expiration'),
  findTarget: inForm(find.findExpirationOpener),
  action: 'next',
  isSatisfied: () => true,
});

/** Satisfied once a repository is picked, or the user chose another option themselves. */
export const repositoryAccess = defineStep({
  id: 'fg-repository-access',
  title: 'fgSteps.repositoryAccess.title',
  body: 'fgSteps.repositoryAccess.body',
  appliesTo: onFormStep('fg-repository-access'),
  findTarget: inForm(find.findRepositoryAccessTarget),
  action: 'next',
  isSatisfied: withForm((form) => (readRepositoryAccess(form) === 'selected' ? countSelectedRepositories(form) > 0 : !!readRepositoryAccess(form))),
});

export const permissions = defineStep({
  id: 'fg-permissions',
  title: 'fgSteps.permissions.title',
  body: 'fgSteps.permissions.body',
  appliesTo: onFormStep('fg-permissions'),
  findTarget: inForm(find.findPermissionPicker),
  action: 'next',
  isSatisfied: () => true,
});

/** The form's "Generate token" until GitHub's overlay opens, then the overlay's own. */
export const generateToken = defineStep({
  id: 'fg-generate-token',
  title: 'fgSteps.generateToken.title',
  body: 'fgSteps.generateToken.body',
  appliesTo: onFormStep('fg-generate-token'),
  findTarget: (doc) => find.findOverlayGenerateButton(doc) ?? inForm(find.findFormGenerateButton)(doc),
});

export const copyToken = defineStep({
  id: 'fg-copy-token',
  title: 'fgSteps.copyToken.title',
  body: 'fgSteps.copyToken.body',
  appliesTo: (facts, state) => facts.kind === 'fg-token-result' && !state.copied,
  findTarget: find.findFineGrainedCopyButton,
});

/** The shared store-token step on the fine-grained result page; the guide ends here (no single sign-on). */
export const storeFineGrainedToken = defineStep({
  ...storeToken,
  body: 'fgSteps.storeToken.body',
  appliesTo: (facts, state) => facts.kind === 'fg-token-result' && state.copied,
});

export const FINE_GRAINED_TOUR: readonly StepDefinition[] = [
  nav.verifyEmail,
  nav.openUserMenu,
  nav.openSettings,
  nav.openDeveloperSettings,
  nav.openPersonalAccessTokens,
  openTokensFineGrained,
  generateNewToken,
  generateNewTokenFromClassic,
  nav.confirmAccess,
  name,
  resourceOwner,
  expiration,
  repositoryAccess,
  permissions,
  generateToken,
  copyToken,
  storeFineGrainedToken,
];

/** Renewing a fine-grained token: the renewal's own steps, then copying and keeping the new value as after creating one. */
export const FINE_GRAINED_RENEWAL_TOUR: readonly StepDefinition[] = [...FINE_GRAINED_RENEWAL_STEPS, copyToken, storeFineGrainedToken];
