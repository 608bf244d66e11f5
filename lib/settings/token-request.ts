import { buildPrefillUrl } from '../github/prefill-url';
import type { ScopeName } from '../github/scopes';
import { presetScopes } from '../presets';
import { prefillExpiration, type Expiration } from './expiration';
import { DEFAULT_NOTE_TEMPLATE, noteProblems, renderNote } from './note';
import type { Settings } from './schema';

/** What the guide and the fast path put on GitHub's form, decided once from the settings. */
export interface TokenRequest {
  note: string;
  scopes: ScopeName[];
  expiration: Expiration;
  /** The fast-path URL; a custom expiration is not in it and is set on the form instead. */
  prefillUrl: string;
}

/** `origin`: the host whose form the fast-path URL opens (github.com unless the user picked an enterprise host). */
export function tokenRequest(settings: Settings, now: Date, browserName: string, origin?: string): TokenRequest {
  const note = usableNote(settings.noteTemplate, now, browserName);
  const scopes = presetScopes(settings.presetId, settings.customScopes);
  const { expiration } = settings;
  const prefillUrl = buildPrefillUrl({ note, scopes, expiration: prefillExpiration(expiration) }, origin);
  return { note, scopes, expiration, prefillUrl };
}

/** Stored templates are validated, but a browser name longer than expected could still overflow. */
export function usableNote(template: string, now: Date, browserName: string): string {
  const note = renderNote(template, now, browserName);
  return noteProblems(note).length === 0 ? note : renderNote(DEFAULT_NOTE_TEMPLATE, now, browserName);
}
