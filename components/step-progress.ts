import { i18n } from '#i18n';
import type { GuideView } from '@/lib/guide/view';

/**
 * Where the user is in the tour, as the callout shows it and as the live region says it. The
 * e-mail prerequisite comes before the numbered steps, so it has no number of its own.
 */
export function stepProgress(view: GuideView): string {
  if (isPrerequisite(view)) return i18n.t('callout.beforeYouStart');
  return i18n.t('callout.progress', { number: view.number, total: view.total });
}

export function stepAnnouncement(view: GuideView): string {
  const title = i18n.t(view.step.title);
  if (isPrerequisite(view)) return i18n.t('callout.announceBeforeYouStart', { title });
  return i18n.t('callout.announce', { number: view.number, total: view.total, title });
}

function isPrerequisite(view: GuideView): boolean {
  return view.step.id === 'verify-email';
}
