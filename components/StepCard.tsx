import type { Ref } from 'preact';
import type { GuideHandlers, GuideView } from '@/lib/guide/view';
import { ScopeReview } from './ScopeReview';
import { RecoveryNote } from './RecoveryNote';

interface StepCardProps extends GuideHandlers {
  view: GuideView;
  cardRef: Ref<HTMLElement>;
  style: Record<string, string>;
}

/** The callout beside the target: a non-modal dialog, so GitHub's page stays usable. */
export function StepCard({ view, cardRef, style, onClose, onNext, onFinish }: StepCardProps) {
  const { step } = view;
  return (
    <section
      ref={cardRef}
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="pat-pilot-title"
      aria-describedby="pat-pilot-body"
      tabIndex={-1}
      style={style}
      data-step={step.id}
    >
      <p class="progress">
        {step.id === 'verify-email' ? 'Before you start' : `Step ${view.number} of ${view.total}`}
      </p>
      <h2 id="pat-pilot-title">{step.title}</h2>
      {view.recovery ? <RecoveryNote step={step} /> : <p id="pat-pilot-body">{step.body}</p>}
      {view.notices.map((notice) => (
        <p class="notice" role="note" key={notice}>
          {notice}
        </p>
      ))}
      {view.scopes && <ScopeReview ticked={view.scopes.ticked} extra={view.scopes.extra} />}
      <div class="actions">
        <button type="button" class="secondary" onClick={onClose}>
          Close
        </button>
        {step.action === 'next' && view.satisfied && (
          <button type="button" class="primary" onClick={onNext}>
            Next
          </button>
        )}
        {step.action === 'finish' && (
          <button type="button" class="primary" onClick={onFinish}>
            Finish
          </button>
        )}
      </div>
    </section>
  );
}
