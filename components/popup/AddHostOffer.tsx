import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { hostLabel } from '@/lib/github/hosts';
import { errorText, logError } from '@/lib/log';

interface AddHostOfferProps {
  /** The active tab's origin, when it looks like a company GitHub that is not granted. */
  origin: string;
  /** Asks the browser for the origin; called in the click's handler. */
  onAdd: (origin: string) => Promise<boolean>;
}

/** The active tab is on a `*.ghe.com` host PAT Pilot may not use yet: one click asks the browser for it. */
export function AddHostOffer({ origin, onAdd }: AddHostOfferProps) {
  const [problem, setProblem] = useState<string>();
  const host = hostLabel(origin);
  const add = () =>
    onAdd(origin).then(
      (granted) => setProblem(granted ? undefined : i18n.t('popup.addHostRefused', { host })),
      (error: unknown) => {
        logError('asking for a host', error);
        setProblem(i18n.t('options.hostAskFailed', { host, error: errorText(error) }));
      },
    );
  return (
    <section class="add-host">
      <p>{i18n.t('popup.addHostIntro')}</p>
      <button type="button" onClick={() => void add()}>
        {i18n.t('popup.addHost', { host })}
      </button>
      {problem && <p class="warning">{problem}</p>}
    </section>
  );
}
