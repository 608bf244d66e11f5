import { i18n } from '#i18n';
import { UNVERIFIED_ERROR_TEXT } from '../github/selectors';
import { destinationOn } from '../github/urls';

/**
 * GitHub refused the form: say why in plain words and what to do. Both guides' views use it; a module of its own so
 * that the fine-grained guide script does not bring the classic view's imports (the form assistant, the scope table).
 */
export function explainFormError(error: string | undefined, origin: string): string[] {
  if (!error) return [];
  if (/already been taken/i.test(error)) return [i18n.t('formError.noteTaken')];
  if (/can.t be blank/i.test(error)) return [i18n.t('formError.noteBlank')];
  if (UNVERIFIED_ERROR_TEXT.test(error)) return [i18n.t('formError.unverified', { url: destinationOn(origin, 'emails') })];
  // GitHub's own words, which are English whatever the user's language.
  return [i18n.t('formError.other', { error })];
}
