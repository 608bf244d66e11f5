import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { hostLabel, parseHostInput, type HostProblem } from '@/lib/github/hosts';
import { errorText, logError } from '@/lib/log';
import { FieldMessages, isInvalid } from './FieldMessages';

interface HostsFieldProps {
  /** The enterprise hosts granted now (undefined while they are read). */
  hosts: readonly string[] | undefined;
  /** Asks the browser for the origin; must be called in the click's handler. Resolves to whether it was allowed. */
  onAdd: (origin: string) => Promise<boolean>;
  onRemove: (origin: string) => Promise<boolean>;
}

const PROBLEM_TEXT: Record<HostProblem, () => string> = {
  'empty': () => i18n.t('options.hostEmpty'),
  'not-https': () => i18n.t('options.hostNotHttps'),
  'not-a-host': () => i18n.t('options.hostInvalid'),
  'github-com': () => i18n.t('options.hostIsGitHub'),
};

/**
 * A company's GitHub (Enterprise Server, GHE.com): added one host at a time, each a permission the browser
 * asks the user for; removing gives it back. Apart from the settings form: nothing here waits for Save.
 */
export function HostsField({ hosts, onAdd, onRemove }: HostsFieldProps) {
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const failed = (host: string) => (error: unknown) => {
    logError(`changing the permission for ${host}`, error);
    setErrors([i18n.t('options.hostAskFailed', { host, error: errorText(error) })]);
  };
  const add = (event: Event) => {
    event.preventDefault();
    const parsed = parseHostInput(text);
    if ('problem' in parsed) return setErrors([PROBLEM_TEXT[parsed.problem]()]);
    setErrors([]);
    const host = hostLabel(parsed.origin);
    // Asked at once, in the submit's own task: browsers show the permission prompt only there.
    onAdd(parsed.origin).then(
      (granted) => {
        if (granted) setText('');
        setStatus(granted ? i18n.t('options.hostAdded', { host }) : i18n.t('options.hostRefused', { host }));
      },
      failed(host),
    );
  };
  const remove = (origin: string) => {
    const host = hostLabel(origin);
    onRemove(origin).then(
      () => setStatus(i18n.t('options.hostRemoved', { host })),
      failed(host),
    );
  };
  return (
    <section class="section hosts" aria-labelledby="hosts-heading">
      <h2 id="hosts-heading">{i18n.t('options.hostsLegend')}</h2>
      <p class="hint">{i18n.t('options.hostsHint')}</p>
      {hosts && hosts.length > 0 && (
        <ul class="host-list">
          {hosts.map((origin) => (
            <li key={origin}>
              <span>{hostLabel(origin)}</span>{' '}
              <button type="button" onClick={() => remove(origin)} aria-label={i18n.t('options.hostRemoveLabel', { host: hostLabel(origin) })}>
                {i18n.t('options.hostRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} noValidate>
        <div class="field inline">
          <label for="host-input">{i18n.t('options.hostLabel')}</label>
          <input
            id="host-input"
            type="text"
            inputMode="url"
            placeholder="github.example.com"
            value={text}
            aria-invalid={isInvalid(errors)}
            aria-describedby="host-messages"
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <button type="submit">{i18n.t('options.hostAdd')}</button>
        </div>
        <FieldMessages id="host-messages" errors={errors} />
        <p class="status" role="status">
          {status}
        </p>
      </form>
    </section>
  );
}
