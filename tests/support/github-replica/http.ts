import { withOcticons } from './octicons';
import type { ReplicaResponse } from './options';
import type { ReplicaState } from './state';

const HTML = 'text/html; charset=utf-8';

export function htmlResponse(body: string, status = 200): ReplicaResponse {
  return { status, headers: { 'content-type': HTML, 'cache-control': 'no-cache' }, body: withOcticons(body) };
}

/** Absolute Location on the host the request came to, as Rails' redirect_to writes it. */
export function redirect(state: ReplicaState, location: string): ReplicaResponse {
  return { status: 302, headers: { 'content-type': HTML, location: new URL(location, state.site.origin).href }, body: '' };
}

export function asset(body: string, contentType: string): ReplicaResponse {
  return { status: 200, headers: { 'content-type': contentType, 'cache-control': 'no-cache' }, body };
}

export function parseForm(body: string | undefined): URLSearchParams {
  return new URLSearchParams(body ?? '');
}

/** Rails' `_method` override: a POST form can stand for DELETE/PUT. */
export function effectiveMethod(method: string, form: URLSearchParams): string {
  const upper = method.toUpperCase();
  return upper === 'POST' && form.has('_method') ? form.get('_method')!.toUpperCase() : upper;
}
