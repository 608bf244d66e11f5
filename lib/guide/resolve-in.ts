import type { PageFacts } from '../github/page';
import type { StepDefinition } from '../steps/define-step';
import type { GuideState } from './schema';

/** The current step of `tour`: the first in its order that applies to the page and is not done. Pure. */
export function resolveIn(tour: readonly StepDefinition[], facts: PageFacts, state: GuideState): StepDefinition | undefined {
  return tour.find((step) => step.appliesTo(facts, state) && !step.isDone?.(facts, state));
}
