import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import { destinationOn, fineGrainedTokensUrl } from '@/lib/github/urls';
import type { TokenKind } from '@/lib/token-kinds';
import { richText } from '../rich-text';

interface TokenSafetyProps {
  copied: boolean;
  /** The host that made the token. */
  origin: string;
  /** Which list the token is revoked from: classic and fine-grained tokens have one each. */
  tokenKind?: TokenKind | undefined;
  children?: ComponentChildren;
}

/** Shown first once the token exists: GitHub shows it once, and a leak is the real risk. */
export function TokenSafety({ copied, origin, tokenKind, children }: TokenSafetyProps) {
  const tokens = tokenKind === 'fine-grained' ? fineGrainedTokensUrl(origin) : destinationOn(origin, 'tokens');
  return (
    <section class="token-safety" aria-labelledby="copy-now-heading">
      <h2 id="copy-now-heading">{i18n.t('safety.heading')}</h2>
      <p role="status">{copied ? i18n.t('safety.copied') : i18n.t('safety.notCopied')}</p>
      <h3>{i18n.t('safety.storeHeading')}</h3>
      <ul>
        <li>{i18n.t('safety.passwordManager')}</li>
        <li>{richText('safety.keychain', { command: <code>git credential approve</code> })}</li>
        <li>{richText('safety.cli', { command: <code>gh auth login --with-token</code> })}</li>
        <li>{i18n.t('safety.https')}</li>
      </ul>
      <p class="warning">{i18n.t('safety.never')}</p>
      <p>
        {richText('safety.revoke', {
          link: (
            <a href={tokens} target="_blank" rel="noreferrer">
              {tokens.replace('https://', '')}
            </a>
          ),
        })}
      </p>
      {children}
    </section>
  );
}
