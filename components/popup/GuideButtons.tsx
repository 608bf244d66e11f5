import { i18n } from '#i18n';
import { send } from './send';

/** "Start guide" starts, "Resume guide" continues; "Start over" forgets the progress. */
export function GuideButtons({ active }: { active: boolean }) {
  return (
    <div class="guide-buttons">
      <button type="button" class="primary" onClick={() => void send({ type: 'start-guide', restart: false })}>
        {active ? i18n.t('popup.resumeGuide') : i18n.t('popup.startGuide')}
      </button>
      {active && (
        <button type="button" onClick={() => void send({ type: 'start-guide', restart: true })}>
          {i18n.t('popup.startOver')}
        </button>
      )}
    </div>
  );
}
