import { send } from './send';

/** "Start guide" starts, "Resume guide" continues; "Start over" forgets the progress. */
export function GuideButtons({ active }: { active: boolean }) {
  return (
    <div class="guide-buttons">
      <button type="button" class="primary" onClick={() => void send({ type: 'start-guide', restart: false })}>
        {active ? 'Resume guide' : 'Start guide'}
      </button>
      {active && (
        <button type="button" onClick={() => void send({ type: 'start-guide', restart: true })}>
          Start over
        </button>
      )}
    </div>
  );
}
