import { i18n } from '#i18n';

/** The stored guide or settings could not be read: say so, and let the user try again, instead of staying busy. */
export function ReadError({ error, onRetry }: { error: string; onRetry: () => void }) {
  return (
    <div class="read-error" role="alert">
      <p>{i18n.t('popup.readError', { error })}</p>
      <button type="button" onClick={onRetry}>
        {i18n.t('popup.retry')}
      </button>
    </div>
  );
}
