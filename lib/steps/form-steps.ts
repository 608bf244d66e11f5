import * as find from '../github/find';
import * as form from '../github/token-form';
import type { FormStepId } from './ids';
import type { GuideState } from '../guide/schema';
import type { PageFacts } from '../github/page';
import { defineStep } from './define-step';

/** On the token form the user moves with "Next"; the guide never submits the form. */

const onFormStep = (id: FormStepId) => (facts: PageFacts, state: GuideState) =>
  facts.kind === 'token-form' && state.formStep === id;

const withForm = (use: (f: HTMLFormElement) => boolean) => (doc: Document) => {
  const tokenForm = find.findTokenForm(doc);
  return !!tokenForm && use(tokenForm);
};

export const fillNote = defineStep({
  id: 'fill-note',
  title: 'steps.fillNote.title',
  body: 'steps.fillNote.body',
  appliesTo: onFormStep('fill-note'),
  findTarget: (doc) => find.findNoteInput(find.findTokenForm(doc) ?? doc),
  action: 'next',
  isSatisfied: withForm((f) => form.readNote(f).trim() !== ''),
});

export const chooseExpiration = defineStep({
  id: 'choose-expiration',
  title: 'steps.chooseExpiration.title',
  body: 'steps.chooseExpiration.body',
  appliesTo: onFormStep('choose-expiration'),
  findTarget: (doc) => form.findExpirationControl(find.findTokenForm(doc) ?? doc),
  action: 'next',
  isSatisfied: withForm(form.isExpirationChosen),
});

export const reviewScopes = defineStep({
  id: 'review-scopes',
  title: 'steps.reviewScopes.title',
  body: 'steps.reviewScopes.body',
  appliesTo: onFormStep('review-scopes'),
  findTarget: (doc) => find.findScopeList(find.findTokenForm(doc) ?? doc),
  action: 'next',
  isSatisfied: withForm((f) => form.readTickedScopes(f).length > 0),
});

export const generateToken = defineStep({
  id: 'generate-token',
  title: 'steps.generateToken.title',
  body: 'steps.generateToken.body',
  appliesTo: onFormStep('generate-token'),
  findTarget: (doc) => find.findSubmitButton(find.findTokenForm(doc) ?? doc),
});

export const copyToken = defineStep({
  id: 'copy-token',
  title: 'steps.copyToken.title',
  body: 'steps.copyToken.body',
  appliesTo: (facts, state) => facts.kind === 'token-result' && !state.copied,
  findTarget: find.findCopyButton,
});

export const storeToken = defineStep({
  id: 'store-token',
  title: 'steps.storeToken.title',
  body: 'steps.storeToken.body',
  appliesTo: (facts, state) => facts.kind === 'token-result' && state.copied,
  marks: false,
  action: 'finish',
});
