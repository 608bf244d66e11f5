import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { GuideHandlers, GuideView } from '@/lib/guide/view';
import { type Placement, trackAnchor } from '@/lib/dom/anchor';
import { Spotlight } from './Spotlight';
import { StepCard } from './StepCard';
import { stepAnnouncement } from './step-progress';

/** Spotlight, callout and a live region that announces each new step. */
export function GuideOverlay(props: GuideHandlers & { view: GuideView }) {
  const { view } = props;
  const cardRef = useRef<HTMLElement>(null);
  const [placement, setPlacement] = useState<Placement>({ rect: undefined, card: undefined });
  const anchored = view.recovery ? undefined : view.target;

  useLayoutEffect(() => {
    if (!anchored || !cardRef.current) return setPlacement({ rect: undefined, card: undefined });
    return trackAnchor(anchored, cardRef.current, setPlacement);
  }, [anchored]);

  const style = placement.card ?? { left: 'auto', top: 'auto', right: '24px', bottom: '24px' };
  return (
    <div class="overlay">
      {anchored && placement.rect && <Spotlight rect={placement.rect} />}
      <StepCard {...props} cardRef={cardRef} style={style} />
      <p class="sr-only" aria-live="polite">
        {stepAnnouncement(view)}
      </p>
    </div>
  );
}
