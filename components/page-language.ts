import { i18n } from '#i18n';

/**
 * The page's language is that of the texts it shows (English when the browser's language has
 * no message file), so screen readers pronounce them right; the title follows it.
 */
export function localisePage(title: string): void {
  document.documentElement.lang = i18n.t('meta.lang');
  document.title = title;
}
