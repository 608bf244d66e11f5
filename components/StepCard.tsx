import type { ComponentChildren, Ref } from 'preact';
import { i18n } from '#i18n';
import type { GuideHandlers, GuideView } from '@/lib/guide/view';
import { RecoveryNote } from './RecoveryNote';
import { stepProgress } from './step-progress';

interface StepCardProps extends GuideHandlers {
  view: GuideView;
  cardRef: Ref<HTMLElement>;
  style: Record<string, string>;
  /** What a guide shows of the form beyond the step's text (the classic guide's ticked scopes), before the buttons. */
  children?: ComponentChildren;
}

/** The callout beside the target: a non-modal dialog, so GitHub's page stays usable. */
export function StepCard({ view, cardRef, style, onClose, onNext, onFinish, children }: StepCardProps) {
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
      <p class="progress">{stepProgress(view)}</p>
      <h2 id="pat-pilot-title">{i18n.t(step.title)}</h2>
      {view.recovery ? <RecoveryNote step={step} origin={location.origin} /> : <p id="pat-pilot-body">{i18n.t(step.body)}</p>}
      {step.aside && !view.recovery && <p>{i18n.t(step.aside)}</p>}
      {view.notices.map((notice) => (
        <p class="notice" role="note" key={notice}>
          {notice}
        </p>
      ))}
      {children}
      <div class="actions">
        <button type="button" class="secondary" onClick={onClose}>
          {i18n.t('common.close')}
        </button>
        {step.action === 'next' && view.satisfied && (
          <button type="button" class="primary" onClick={onNext}>
            {i18n.t('callout.next')}
          </button>
        )}
        {step.action === 'finish' && (
          <button type="button" class="primary" onClick={onFinish}>
            {i18n.t('callout.finish')}
          </button>
        )}
      </div>
    </section>
  );
}
