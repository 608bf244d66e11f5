import { htmlResponse, redirect } from './http';
import type { ReplicaResponse } from './options';
import { sudoPage } from './pages/sudo';
import { needsSudo, type ReplicaState } from './state';

const NEW_TOKEN_FORM = '/settings/tokens/new';

/**
 * Sudo mode in front of a sensitive page (UI reference §8, §16): the page in place at `path`, or a redirect to it.
 * `returnTo` is the page to come back to: the new-token form, or the regenerate form that was asked for.
 */
export function sudoGate(state: ReplicaState, path: string, returnTo = NEW_TOKEN_FORM): ReplicaResponse | undefined {
  if (!needsSudo(state)) return undefined;
  if (state.options.sudo === 'redirect') return redirect(state, `/sessions/sudo?return_to=${encodeURIComponent(returnTo)}`);
  return htmlResponse(sudoPage(state, path, returnTo));
}

/** Only same-site paths, as a return_to must be. */
export function safeReturnTo(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function showSudo(state: ReplicaState, url: URL): ReplicaResponse {
  return htmlResponse(sudoPage(state, '/sessions/sudo', safeReturnTo(url.searchParams.get('return_to'))));
}

/** Any password is accepted: the replica has no credentials to check. */
export function confirmSudo(state: ReplicaState, form: URLSearchParams): ReplicaResponse {
  state.sudoConfirmed = true;
  return redirect(state, safeReturnTo(form.get('sudo_return_to')));
}
