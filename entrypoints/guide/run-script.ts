import { startScriptLife } from '@/lib/guide/script-life';
import { type GuideScriptName, openChannel } from '@/lib/guide/channel';
import { startGuideSession, type GuideSession } from '@/lib/guide/session';
import type { TabEvent } from '@/lib/guide/reducer';
import type { GuideFlavor } from '@/lib/guide/flavor';
import type { GuideSnapshot } from '@/lib/guide/snapshot';
import { logError } from '@/lib/log';
import { isGuideHere } from '@/lib/guide/guide-here';
import { mountGuideSurface, type ViewDetails } from './surfaces';

export interface GuideScript {
  /** The script's lifetime. */
  signal: AbortSignal;
  /** The newest snapshot, once the background answered. */
  latest(): GuideSnapshot | undefined;
  /** Whether this script draws a guide now. */
  guiding(): boolean;
}

export interface GuideScriptOptions {
  flavor: GuideFlavor;
  /** The ping's answer (lib/guide/channel.ts). */
  name: GuideScriptName;
  /** A guide starts: the user's edits made on the form before it, to keep (the classic preset offer's). */
  takeEarlierEdits?(): TabEvent[];
  /** What the callout shows beyond the step's text (the classic guide's ticked scopes). */
  details?: ViewDetails;
}

/**
 * What both guide scripts do: ask the background for the guide state, and draw the guide while one of this
 * script's token kind runs on this host. A snapshot of the other kind's guide ends this one's guide: the
 * background brought the other script (an old tab's guide.js never draws a fine-grained guide).
 */
export async function runGuideScript({ flavor, name, takeEarlierEdits, details }: GuideScriptOptions): Promise<GuideScript | undefined> {
  const signal = startScriptLife();
  let session: GuideSession | undefined;
  let latest: GuideSnapshot | undefined;
  const channel = openChannel(signal, (snapshot) => take(snapshot), name);

  const take = (snapshot: GuideSnapshot) => {
    // A newer copy of this script took over the page: this one starts nothing more.
    if (signal.aborted || (latest && snapshot.revision <= latest.revision)) return;
    latest = snapshot;
    const active = isGuideHere(snapshot.state, flavor.tokenKind, location.origin);
    if (active && !session) {
      const earlier = takeEarlierEdits?.() ?? [];
      session = startGuideSession({ signal, flavor, snapshot, earlier, send: channel.send, mount: () => mountGuideSurface(signal, details) });
    } else if (!active && session) {
      session.stop();
      session = undefined;
    } else session?.receive(snapshot);
  };
  try {
    const first = await channel.hello();
    // A newer copy of this script started in the page meanwhile (an injection racing the registered script).
    if (signal.aborted) return undefined;
    take(first);
  } catch (error) {
    logError('asking for the guide state', error); // GitHub's page stays as it is, without PAT Pilot
    return undefined;
  }
  return { signal, latest: () => latest, guiding: () => !!session };
}
