import type { StepDefinition } from '@/lib/steps/define-step';

/** Shown when a step's target is not on the page: say so plainly and offer the way around. */
export function RecoveryNote({ step }: { step: StepDefinition }) {
  return (
    <div id="pat-pilot-body" class="recovery">
      <p>
        PAT Pilot can't find this on the page. GitHub may have changed its layout, or the page is still loading.
      </p>
      {step.destination && (
        <p>
          Go there directly:{' '}
          <a href={step.destination} class="recovery-link">
            {step.destination.replace('https://', '')}
          </a>
        </p>
      )}
    </div>
  );
}
