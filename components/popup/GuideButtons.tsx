import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import type { Message } from '@/lib/messages';
import { DEFAULT_TOKEN_KIND, type TokenKind } from '@/lib/token-kinds';
import { kindKey } from './KindChooser';
import { send } from './send';

interface GuideButtonsProps {
  active: boolean;
  origin: string;
  /** The kind a new guide makes: the settings' default kind; undefined until they are read. */
  defaultKind: TokenKind | undefined;
  /** The kind of the guide that runs: "Resume" and "Start over" keep it (another kind would start over). */
  runningKind: TokenKind;
  /** Shown beside "Start guide" while no guide runs (the "Which kind?" helper). */
  children?: ComponentChildren;
}

/**
 * "Start guide" starts, "Resume guide" continues; "Start over" forgets the progress. All on `origin`'s GitHub.
 * The button keeps its name; the line below it says which kind of token a new guide makes.
 */
export function GuideButtons({ active, origin, defaultKind, runningKind, children }: GuideButtonsProps) {
  return (
    <div class="guide-start">
      <div class="guide-buttons">
        <button type="button" class="primary" aria-describedby={active || !defaultKind ? undefined : 'start-kind'} onClick={() => void send(startMessage(false, origin, active ? runningKind : defaultKind, defaultKind))}>
          {active ? i18n.t('popup.resumeGuide') : i18n.t('popup.startGuide')}
        </button>
        {active && (
          <button type="button" onClick={() => void send(startMessage(true, origin, runningKind, defaultKind))}>
            {i18n.t('popup.startOver')}
          </button>
        )}
        {!active && children}
      </div>
      {!active && defaultKind && (
        <p id="start-kind" class="start-kind">
          {i18n.t(`popup.kindStarts.${kindKey(defaultKind)}` as const)}
        </p>
      )}
    </div>
  );
}

/**
 * Told no kind, the background starts the settings' default kind. The message names the kind whenever that
 * could differ: a fine-grained guide, or a classic one while fine-grained is the default (Start over, Resume).
 */
function startMessage(restart: boolean, origin: string, tokenKind: TokenKind | undefined, defaultKind: TokenKind | undefined): Message {
  const implied = tokenKind === undefined || (tokenKind === DEFAULT_TOKEN_KIND && defaultKind === DEFAULT_TOKEN_KIND);
  return implied ? { type: 'start-guide', restart, origin } : { type: 'start-guide', restart, origin, tokenKind };
}
