import type { PageFacts } from '../github/page';
import type { StepDefinition } from '../steps/define-step';
import { tourOf } from '../steps';
import type { GuideState } from './schema';
import { resolveIn } from './resolve-in';

/** The current step: the first in tour order that applies to the page and is not done. Pure. */
export function resolveStep(
  facts: PageFacts,
  state: GuideState,
  tour: readonly StepDefinition[] = tourOf(state),
): StepDefinition | undefined {
  return resolveIn(tour, facts, state);
}
