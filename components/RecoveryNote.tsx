import { i18n } from '#i18n';
import type { StepDefinition } from '@/lib/steps/define-step';
import { richText } from './rich-text';

/** Shown when a step's target is not on the page: say so plainly and offer the way around. */
export function RecoveryNote({ step }: { step: StepDefinition }) {
  return (
    <div id="pat-pilot-body" class="recovery">
      <p>{i18n.t('callout.notFound')}</p>
      {step.destination && (
        <p>
          {richText('callout.goThere', {
            link: (
              <a href={step.destination} class="recovery-link">
                {step.destination.replace('https://', '')}
              </a>
            ),
          })}
        </p>
      )}
    </div>
  );
}
