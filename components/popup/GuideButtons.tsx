import { i18n } from '#i18n';
import { send } from './send';

/** "Start guide" starts, "Resume guide" continues; "Start over" forgets the progress. All on `origin`'s GitHub. */
export function GuideButtons({ active, origin }: { active: boolean; origin: string }) {
  return (
    <div class="guide-buttons">
      <button type="button" class="primary" onClick={() => void send({ type: 'start-guide', restart: false, origin })}>
        {active ? i18n.t('popup.resumeGuide') : i18n.t('popup.startGuide')}
      </button>
      {active && (
        <button type="button" onClick={() => void send({ type: 'start-guide', restart: true, origin })}>
          {i18n.t('popup.startOver')}
        </button>
      )}
    </div>
  );
}
