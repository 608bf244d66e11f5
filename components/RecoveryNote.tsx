import { i18n } from '#i18n';
import type { StepDefinition } from '@/lib/steps/define-step';
import { destinationOn } from '@/lib/github/urls';
import { richText } from './rich-text';

/** Shown when a step's target is not on the page: say so plainly and offer the way around, on the host the guide runs on. */
export function RecoveryNote({ step, origin }: { step: StepDefinition; origin: string }) {
  const destination = step.destination && destinationOn(origin, step.destination);
  return (
    <div id="pat-pilot-body" class="recovery">
      <p>{i18n.t('callout.notFound')}</p>
      {destination && (
        <p>
          {richText('callout.goThere', {
            link: (
              <a href={destination} class="recovery-link">
                {destination.replace('https://', '')}
              </a>
            ),
          })}
        </p>
      )}
    </div>
  );
}
