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
  title: 'Name your token',
  body: 'The note tells you later what this token is for. PAT Pilot suggested one; change it if you like. Notes must be unique.',
  appliesTo: onFormStep('fill-note'),
  findTarget: (doc) => find.findNoteInput(find.findTokenForm(doc) ?? doc),
  action: 'next',
  isSatisfied: withForm((f) => form.readNote(f).trim() !== ''),
});

export const chooseExpiration = defineStep({
  id: 'choose-expiration',
  title: 'Choose when it expires',
  body: 'A token that expires limits the damage if it ever leaks. 30 days is a good default; pick longer only if you must.',
  appliesTo: onFormStep('choose-expiration'),
  findTarget: (doc) => form.findExpirationControl(find.findTokenForm(doc) ?? doc),
  action: 'next',
  isSatisfied: withForm(form.isExpirationChosen),
});

export const reviewScopes = defineStep({
  id: 'review-scopes',
  title: 'Review the scopes',
  body: 'Scopes decide what the token may do. The recommended ones are ticked; untick anything you do not need.',
  appliesTo: onFormStep('review-scopes'),
  findTarget: (doc) => find.findScopeList(find.findTokenForm(doc) ?? doc),
  action: 'next',
  isSatisfied: withForm((f) => form.readTickedScopes(f).length > 0),
});

export const generateToken = defineStep({
  id: 'generate-token',
  title: 'Generate the token',
  body: 'When you are happy with the note, expiration and scopes, click Generate token. PAT Pilot never clicks it for you.',
  appliesTo: onFormStep('generate-token'),
  findTarget: (doc) => find.findSubmitButton(find.findTokenForm(doc) ?? doc),
});

export const copyToken = defineStep({
  id: 'copy-token',
  title: 'Copy your token now',
  body: 'GitHub shows the token only once. Click the copy button next to it now.',
  appliesTo: (facts, state) => facts.kind === 'token-result' && !state.copied,
  findTarget: find.findCopyButton,
});

export const storeToken = defineStep({
  id: 'store-token',
  title: 'Store it safely',
  body: 'Paste it into a password manager or your system keychain right away. Use it as the password when Git over HTTPS asks. Never paste it into code, chats or issues; if it leaks, revoke it on the Tokens (classic) page.',
  appliesTo: (facts, state) => facts.kind === 'token-result' && state.copied,
  marks: false,
  action: 'finish',
});
