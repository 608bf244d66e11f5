import * as S from '../github/selectors';
import type { PageFacts } from '../github/page';
import { readRegenerateNote } from '../github/token-page';
import { fineGrainedTokenIdFromPath } from '../github/urls';
import type { TabEvent } from '../guide/reducer';
import { submittedFacts } from './user-actions';

/**
 * What a fine-grained renewal reads and hears on the token's pages (lib/fine-grained/renewal-steps.ts walks them).
 * The fine-grained script's page reader adds these facts, and its user actions this listener.
 */

export function findFineGrainedRegenerateForm(doc: Document): HTMLFormElement | undefined {
  return doc.querySelector<HTMLFormElement>(S.FG_REGENERATE_FORM) ?? undefined;
}

/**
 * What a renewal reads on a fine-grained token's pages, for the fine-grained guide's page facts: the token's id in
 * the path of its page and its regenerate form, and whether the page is that form.
 */
export function readFineGrainedRenewalFacts(doc: Document, path: string): Pick<PageFacts, 'tokenId' | 'regenerateForm'> {
  const tokenId = fineGrainedTokenIdFromPath(path);
  const regenerateForm = !!findFineGrainedRegenerateForm(doc);
  return { ...(tokenId && { tokenId }), ...(regenerateForm && { regenerateForm }) };
}

/** The fine-grained page facts with the renewal's: not on the sudo page or the result, which name no token by path. */
export function withFineGrainedRenewalFacts(facts: PageFacts, doc: Document, url: string): PageFacts {
  if (facts.kind === 'sudo' || facts.kind === 'fg-token-result') return facts;
  return { ...facts, ...readFineGrainedRenewalFacts(doc, new URL(url).pathname) };
}

/**
 * The user's own "Regenerate token" on the form (a trusted submit, never the guide's): the token's name as the form
 * shows it and the expiry chosen, for the new token's reminder. The token is never read.
 */
export function listenForFineGrainedRegenerate(signal: AbortSignal, dispatch: (event: TabEvent) => void): void {
  const onSubmit = (event: Event) => {
    const found = findFineGrainedRegenerateForm(document);
    if (!event.isTrusted || !found || event.target !== found) return;
    dispatch({ type: 'generate-clicked', submitted: { ...submittedFacts(found, new Date()), note: readRegenerateNote(found) } });
  };
  document.addEventListener('submit', onSubmit, { signal, capture: true });
}
