import { htmlResponse, redirect } from './http';
import type { ReplicaResponse } from './options';
import { sudoPage } from './pages/sudo';
import { needsSudo, type ReplicaState } from './state';

const PROTECTED = '/settings/tokens/new';

/** Sudo mode in front of token creation (UI reference §8): the page in place, or a redirect to it. */
export function sudoGate(state: ReplicaState, path: string): ReplicaResponse | undefined {
  if (!needsSudo(state)) return undefined;
  if (state.options.sudo === 'redirect') return redirect(state, `/sessions/sudo?return_to=${encodeURIComponent(PROTECTED)}`);
  return htmlResponse(sudoPage(state, path, PROTECTED));
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
