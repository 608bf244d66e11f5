import { h } from 'preact';
import { ScopeReview } from '@/components/ScopeReview';
import type { GuideView } from '@/lib/guide/view';

/** The classic guide's review of the ticked scopes in its callout; the fine-grained guide script does without it. */
export const scopeDetails = (view: GuideView) => view.scopes && h(ScopeReview, { ticked: view.scopes.ticked, extra: view.scopes.extra });
