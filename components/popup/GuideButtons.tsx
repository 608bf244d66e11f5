import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import type { Message } from '@/lib/messages';
import { DEFAULT_TOKEN_KIND, type TokenKind } from '@/lib/token-kinds';
import { kindKey } from './KindChooser';
import { send } from './send';

interface GuideButtonsProps {
  active: boolean;
  origin: string;
  /** The kind a new guide makes (the settings' default kind). */
  tokenKind: TokenKind;
  /** The kind of the guide that runs: "Resume" and "Start over" keep it (another kind would start over). */
  runningKind: TokenKind;
  /** Shown beside "Start guide" while no guide runs (the "Which kind?" helper). */
  children?: ComponentChildren;
}

/**
 * "Start guide" starts, "Resume guide" continues; "Start over" forgets the progress. All on `origin`'s GitHub.
 * The button keeps its name; the line below it says which kind of token a new guide makes.
 */
export function GuideButtons({ active, origin, tokenKind, runningKind, children }: GuideButtonsProps) {
  return (
    <div class="guide-start">
      <div class="guide-buttons">
        <button type="button" class="primary" aria-describedby={active ? undefined : 'start-kind'} onClick={() => void send(startMessage(false, origin, active ? runningKind : tokenKind))}>
          {active ? i18n.t('popup.resumeGuide') : i18n.t('popup.startGuide')}
        </button>
        {active && (
          <button type="button" onClick={() => void send(startMessage(true, origin, runningKind))}>
            {i18n.t('popup.startOver')}
          </button>
        )}
        {!active && children}
      </div>
      {!active && (
        <p id="start-kind" class="start-kind">
          {i18n.t(`popup.kindStarts.${kindKey(tokenKind)}` as const)}
        </p>
      )}
    </div>
  );
}

/** Classic is what the background starts without being told, so the message names only the other kind. */
function startMessage(restart: boolean, origin: string, tokenKind: TokenKind): Message {
  return tokenKind === DEFAULT_TOKEN_KIND ? { type: 'start-guide', restart, origin } : { type: 'start-guide', restart, origin, tokenKind };
}
