import type { TokenKind } from '../token-kinds';
import type { GuideState } from './schema';

/**
 * Whether a guide script draws the guide of this state in its tab: a guide runs on one host (tabs on github.com or
 * another added host stay as they are meanwhile), and each script draws only its own token kind's guide, so an old
 * tab's guide.js never draws a fine-grained guide (the background brings fine-grained-guide.js there).
 */
export function isGuideHere(state: Pick<GuideState, 'active' | 'origin' | 'tokenKind'>, scriptKind: TokenKind, origin: string): boolean {
  return state.active && state.origin === origin && state.tokenKind === scriptKind;
}
