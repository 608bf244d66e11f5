import type { StepDefinition } from '../steps/define-step';

/** Everything the in-page UI shows for one moment of the guide; components take only this. */
export interface GuideView {
  step: StepDefinition;
  /** 1-based position in the tour, and the tour's length. */
  number: number;
  total: number;
  target: Element | undefined;
  /** The target could not be found in time: show the recovery card. */
  recovery: boolean;
  /** For "next" steps: whether the page shows the step done. */
  satisfied: boolean;
  /** Extra explanation for this moment (a refused form, a scope that could not be ticked…). */
  notices: string[];
  /** review-scopes: the ticked scopes and those beyond the plan. */
  scopes?: { ticked: string[]; extra: string[] };
}

export interface GuideHandlers {
  onClose(): void;
  onNext(): void;
  onFinish(): void;
}
