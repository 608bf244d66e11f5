import type { Destination } from '../github/urls';
import type { GeneratedI18nStructure } from '#i18n';
import type { GuideState } from '../guide/schema';
import type { PageFacts } from '../github/page';
import type { FineGrainedStepId, RenewalStepId, StepId } from './ids';

/** The e-mail prerequisite is shown like a step but is not one of the numbered tour steps. */
export type GuideStepId = StepId | RenewalStepId | FineGrainedStepId | 'verify-email';

/** What a callout offers besides Close: "Next" on form steps once satisfied, "Finish" at the end. */
export type StepAction = 'next' | 'finish';

/**
 * Step texts are message keys (locales/*.yml, `steps`), resolved where they are shown: the tour
 * stays plain data, readable without a browser, and each text is looked up in the user's language.
 */
export type StepTextKey = Extract<keyof GeneratedI18nStructure, `steps.${string}` | `fgSteps.${string}`>;

export interface StepDefinition {
  id: GuideStepId;
  title: StepTextKey;
  /** One or two sentences of plain instruction. */
  body: StepTextKey;
  /** One more line under the body, for what only some users need. */
  aside?: StepTextKey;
  /** Where the step applies, from page facts and what the guide remembers. */
  appliesTo(facts: PageFacts, state: GuideState): boolean;
  /** Completed by what the page shows (menu open, group expanded…); navigation does the rest. */
  isDone?(facts: PageFacts, state: GuideState): boolean;
  /** The GitHub control to highlight; undefined while it is not (yet) on the page. */
  findTarget?(doc: Document, state: GuideState): Element | undefined;
  /** Highlight without marking: steps that must never point at credential fields or the token. */
  marks?: boolean;
  action?: StepAction;
  /** For "next" steps: the button is offered once the page shows the step satisfied. */
  isSatisfied?(doc: Document): boolean;
  /** Recovery link when the target cannot be found: the page, on the host the guide runs on. */
  destination?: Destination;
}

/** Identity helper: types only, no runtime. */
export function defineStep(step: StepDefinition): StepDefinition {
  return step;
}
