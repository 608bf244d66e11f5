import { Component, type ComponentChildren, createRef } from 'preact';
import type { GuideHandlers, GuideView } from '@/lib/guide/view';
import { type Placement, trackAnchor } from '@/lib/dom/anchor';
import { Spotlight } from './Spotlight';
import { StepCard } from './StepCard';
import { stepAnnouncement } from './step-progress';

interface GuideOverlayProps extends GuideHandlers {
  view: GuideView;
  /** Drawn in the callout, before its buttons. */
  children?: ComponentChildren;
}

const UNPLACED: Placement = { rect: undefined, card: undefined };

/**
 * Spotlight, callout and a live region that announces each new step. A class component: preact's hooks would add
 * 2.6 kB (minified) to each guide script for the one effect below.
 */
export class GuideOverlay extends Component<GuideOverlayProps, { placement: Placement }> {
  override state = { placement: UNPLACED };
  private readonly cardRef = createRef<HTMLElement>();
  /** The target the callout follows now (`null`: not placed yet), and how to stop following it. */
  private tracked: Element | undefined | null = null;
  private stopTracking: (() => void) | undefined;

  override componentDidMount() {
    this.follow();
  }

  override componentDidUpdate() {
    this.follow();
  }

  override componentWillUnmount() {
    this.stopTracking?.();
  }

  /** Runs after each drawing, before the browser paints; starts over only when the target changed. */
  private follow() {
    const anchored = anchorOf(this.props.view);
    if (anchored === this.tracked) return;
    this.tracked = anchored;
    this.stopTracking?.();
    this.stopTracking = undefined;
    const card = this.cardRef.current;
    if (!anchored || !card) return this.setState({ placement: UNPLACED });
    this.stopTracking = trackAnchor(anchored, card, (placement) => this.setState({ placement }));
  }

  override render() {
    const { view } = this.props;
    const { placement } = this.state;
    const anchored = anchorOf(view);
    const style = placement.card ?? { left: 'auto', top: 'auto', right: '24px', bottom: '24px' };
    return (
      <div class="overlay">
        {anchored && placement.rect && <Spotlight rect={placement.rect} />}
        <StepCard {...this.props} cardRef={this.cardRef} style={style} />
        <p class="sr-only" aria-live="polite">
          {stepAnnouncement(view)}
        </p>
      </div>
    );
  }
}

/** The element the callout is placed beside; none while the step shows its recovery note. */
function anchorOf(view: GuideView): Element | undefined {
  return view.recovery ? undefined : view.target;
}
