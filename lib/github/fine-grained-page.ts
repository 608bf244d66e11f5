import { readPageFacts, type PageFacts } from './page';
import { findFlashError } from './find';
import { findFineGrainedForm, findFineGrainedNewToken, readFineGrainedTokenId } from './fine-grained-find';
import * as S from './selectors';

/**
 * The fine-grained guide's page facts: the classic reader's (sudo, settings, developer settings, the classic
 * list), with the fine-grained pages told apart by content first, as the classic ones are.
 */
export function readFineGrainedPageFacts(doc: Document, url: string): PageFacts {
  const facts = readPageFacts(doc, url);
  if (facts.kind === 'sudo') return facts;
  const { pathname, search } = new URL(url);
  if (findFineGrainedNewToken(doc)) return { ...facts, kind: 'fg-token-result', tokenId: readFineGrainedTokenId(doc), ssoOffered: false };
  if (findFineGrainedForm(doc)) return { ...facts, kind: 'fg-token-form', formError: findFlashError(doc) };
  if (S.FG_LIST_PATH.test(pathname) || (facts.kind === 'token-list' && S.FG_BETA_LIST_SEARCH.test(search))) {
    return { ...facts, kind: 'fg-token-list', patGroupCollapsed: false };
  }
  return facts;
}
