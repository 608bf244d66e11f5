import type { PageFacts } from '../github/page';
import type { StepDefinition } from '../steps/define-step';
import { tourOf } from '../steps';
import type { GuideState } from './schema';

/** The current step: the first in tour order that applies to the page and is not done. Pure. */
export function resolveStep(
  facts: PageFacts,
  state: GuideState,
  tour: readonly StepDefinition[] = tourOf(state),
): StepDefinition | undefined {
  return tour.find((step) => step.appliesTo(facts, state) && !step.isDone?.(facts, state));
}
