import { h } from 'preact';
import { ScopeReview } from '@/components/ScopeReview';
import css from '@/components/scopes.css?inline';
import type { ViewDetails } from './surfaces';

/** The classic guide's review of the ticked scopes in its callout; the fine-grained guide script does without it. */
export const scopeDetails: ViewDetails = {
  draw: (view) => view.scopes && h(ScopeReview, { ticked: view.scopes.ticked, extra: view.scopes.extra }),
  css,
};
