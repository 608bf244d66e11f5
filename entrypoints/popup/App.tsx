import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import type { GuideState } from '@/lib/guide/schema';
import { readGuideState, watchGuideState } from '@/lib/storage';
import type { Message } from '@/lib/messages';

function send(message: Message) {
  return browser.runtime.sendMessage(message);
}

export function App() {
  const [guide, setGuide] = useState<GuideState | undefined>();
  useEffect(() => {
    void readGuideState().then(setGuide);
    return watchGuideState(setGuide);
  }, []);
  const active = guide?.active ?? false;
  return (
    <main>
      <h1>PAT Pilot</h1>
      <button type="button" onClick={() => void send({ type: 'start-guide', restart: false })}>
        {active ? 'Resume guide' : 'Start guide'}
      </button>
    </main>
  );
}
