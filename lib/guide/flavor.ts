import type { PageFacts } from '../github/page';
import type { StepDefinition } from '../steps/define-step';
import type { TokenKind } from '../token-kinds';
import type { TabEvent } from './reducer';
import type { TabState } from './tab-state';
import type { GuideView } from './view';

/** What every view of a moment has, whatever the token kind; the flavor adds its own (plan, form, step count). */
export interface MomentView {
  step: StepDefinition;
  target: Element | undefined;
  recovery: boolean;
  facts: PageFacts;
  /** What the flavor's form assistance said on arrival. */
  notices: string[];
}

/**
 * What makes a guide script the guide of one kind of token: its tour, how it reads GitHub's pages, how it helps
 * on the form and what its callout adds. runGuide takes it from the script's entry, so each script bundles
 * only its own kind's parts (guide.js the classic tour, fine-grained-guide.js the fine-grained one).
 */
export interface GuideFlavor {
  tokenKind: TokenKind;
  tourOf(state: TabState['state']): readonly StepDefinition[];
  readPageFacts(doc: Document, url: string): PageFacts;
  /** Events besides `page` that an arrival reports (the classic list's notes). */
  arrivalEvents(facts: PageFacts): TabEvent[];
  /** The form this flavor assists on the page, if any; each form element is assisted once, on arrival. */
  findForm(facts: PageFacts): HTMLFormElement | undefined;
  /** Helps on the form and says, in words, what it did and what differs from the plan. */
  assist(form: HTMLFormElement, facts: PageFacts, owned: TabState): string[];
  buildView(moment: MomentView, owned: TabState): GuideView;
  /** What the user does on the page: typing, choosing, submitting, copying. */
  listenForUserActions(signal: AbortSignal, dispatch: (event: TabEvent) => void): void;
}
