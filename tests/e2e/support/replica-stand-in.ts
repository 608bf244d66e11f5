/**
 * Temporary: the agreed interface of tests/support/github-replica with one plain page, until
 * the real replica lands. Delete this file and point replica.ts there then.
 */
export interface ReplicaOptions {
  header: 'v1' | 'v2' | 'v2-lazy' | 'v3' | 'v4' | 'v5';
  expiration: 'action-menu' | 'select';
  sudo: 'none' | 'same-url' | 'redirect';
  navigation: 'soft' | 'full';
  patGroup: 'expanded' | 'collapsed';
  emailVerified: boolean;
  existingNotes: string[];
  missing: Array<'user-menu' | 'developer-settings' | 'tokens-classic' | 'generate-menu'>;
}
export interface ReplicaRequest { method: string; url: string; body?: string }
export interface ReplicaResponse { status: number; headers: Record<string, string>; body: string }
export interface GitHubReplica {
  options: ReplicaOptions;
  handle(request: ReplicaRequest): ReplicaResponse;
  readonly requests: ReplicaRequest[];
  readonly createdTokens: Array<{ note: string; scopes: string[]; expiration: string; token: string }>;
  readonly sudoConfirmed: boolean;
}

const DEFAULTS: ReplicaOptions = {
  header: 'v5', expiration: 'action-menu', sudo: 'none', navigation: 'soft', patGroup: 'expanded',
  emailVerified: true, existingNotes: [], missing: [],
};

function page(path: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="user-login" content="octocat">
<title>GitHub</title></head><body class="logged-in"><header><button type="button" aria-label="Open user navigation menu">
<img alt="@octocat" width="20" height="20"></button></header><main><h1>${path}</h1>
<a href="/settings/profile">Settings</a></main></body></html>`;
}

export function createGitHubReplica(options: Partial<ReplicaOptions> = {}): GitHubReplica {
  const requests: ReplicaRequest[] = [];
  return {
    options: { ...DEFAULTS, ...options },
    requests,
    createdTokens: [],
    sudoConfirmed: false,
    handle(request): ReplicaResponse {
      requests.push(request);
      const { pathname } = new URL(request.url);
      if (pathname === '/favicon.ico') return { status: 404, headers: { 'content-type': 'text/plain' }, body: '' };
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page(pathname) };
    },
  };
}
