import { DESTINATIONS } from '@/lib/github/urls';
import type { ComponentChildren } from 'preact';

/** Shown first once the token exists: GitHub shows it once, and a leak is the real risk. */
export function TokenSafety({ copied, children }: { copied: boolean; children?: ComponentChildren }) {
  return (
    <section class="token-safety" aria-labelledby="copy-now-heading">
      <h2 id="copy-now-heading">Copy your token now: GitHub shows it only once</h2>
      <p role="status">{copied ? '✓ Copied. Now put it somewhere safe.' : 'Use the copy button next to the token on GitHub’s page.'}</p>
      <h3>Store it safely</h3>
      <ul>
        <li>In a password manager.</li>
        <li>
          In your system keychain, through Git Credential Manager (it asks on your first push) or{' '}
          <code>git credential approve</code>.
        </li>
        <li>
          For the GitHub CLI: <code>gh auth login --with-token</code> reads it from standard input.
        </li>
        <li>For Git over HTTPS, use it as the password when Git asks, with your GitHub username.</li>
      </ul>
      <p class="warning">Never paste it into code, chats or issues.</p>
      <p>
        If it leaks, revoke it at{' '}
        <a href={DESTINATIONS.tokens} target="_blank" rel="noreferrer">
          github.com/settings/tokens
        </a>{' '}
        and generate a new one.
      </p>
      {children}
    </section>
  );
}
