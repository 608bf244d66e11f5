import { describe, expect, it } from 'vitest';
import { githubTextOf } from '@/lib/github/scope-github-text';
import {
  childrenOf,
  isScopeName,
  RISKS,
  SCOPES,
  SCOPE_NAMES,
  scopeListSchema,
  splitScopes,
} from '@/lib/github/scopes';

// GitHub's form, top to bottom (github-ui.md §6.4), then Enterprise Server's site_admin, last on its form (§18);
// an indented name is a child of the row above it.
const ON_SCREEN = `
repo
  repo:status
  repo_deployment
  public_repo
  repo:invite
  security_events
workflow
write:packages
  read:packages
delete:packages
admin:org
  write:org
  read:org
  manage_runners:org
admin:public_key
  write:public_key
  read:public_key
admin:repo_hook
  write:repo_hook
  read:repo_hook
admin:org_hook
gist
notifications
user
  read:user
  user:email
  user:follow
delete_repo
write:discussion
  read:discussion
admin:enterprise
  manage_runners:enterprise
  manage_billing:enterprise
  read:enterprise
  scim:enterprise
audit_log
  read:audit_log
codespace
  codespace:secrets
copilot
  manage_billing:copilot
write:network_configurations
  read:network_configurations
project
  read:project
admin:gpg_key
  write:gpg_key
  read:gpg_key
admin:ssh_signing_key
  write:ssh_signing_key
  read:ssh_signing_key
site_admin
`;

function referenceRows(): { name: string; parent: string | null }[] {
  let parent: string | null = null;
  return ON_SCREEN.trim()
    .split('\n')
    .map((line) => {
      const name = line.trim();
      if (line.startsWith(' ')) return { name, parent };
      parent = name;
      return { name, parent: null };
    });
}

describe('scope catalogue', () => {
  it("lists every scope in GitHub's on-screen order with the same nesting", () => {
    expect(SCOPES.map(({ name, parent }) => ({ name, parent }))).toEqual(referenceRows());
  });

  it('has no duplicate names', () => {
    expect(new Set(SCOPE_NAMES).size).toBe(SCOPES.length);
  });

  it('puts every parent before its children, and parents are top-level scopes', () => {
    SCOPES.forEach((scope, index) => {
      if (scope.parent === null) return;
      const parentIndex = SCOPE_NAMES.indexOf(scope.parent as never);
      expect(parentIndex, scope.name).toBeGreaterThanOrEqual(0);
      expect(parentIndex, scope.name).toBeLessThan(index);
      expect(SCOPES[parentIndex]!.parent, scope.name).toBeNull();
    });
  });

  it('explains every scope in its own words and sets a risk level', () => {
    for (const scope of SCOPES) {
      expect(githubTextOf(scope.name).length, scope.name).toBeGreaterThan(0);
      expect(scope.explanation.length, scope.name).toBeGreaterThan(20);
      expect(scope.explanation, scope.name).not.toBe(githubTextOf(scope.name));
      expect(RISKS, scope.name).toContain(scope.risk);
    }
  });

  it('marks deleting repositories and packages as destructive and says so', () => {
    const destructive = SCOPES.filter((scope) => scope.risk === 'destructive');
    expect(destructive.map((scope) => scope.name)).toEqual(['delete:packages', 'delete_repo']);
    for (const scope of destructive) expect(scope.explanation).toMatch(/^Destructive: .*delete/);
  });

  it('finds the children of a parent in order', () => {
    expect(childrenOf('admin:repo_hook').map((scope) => scope.name)).toEqual(['write:repo_hook', 'read:repo_hook']);
    expect(childrenOf('delete_repo')).toEqual([]);
  });

  it('recognises scope names and nothing else', () => {
    expect(isScopeName('scim:enterprise')).toBe(true);
    expect(isScopeName('repo:write')).toBe(false);
    expect(isScopeName(7)).toBe(false);
  });
});

describe('scope list validation', () => {
  it('accepts any list of catalogue scopes', () => {
    expect(scopeListSchema.safeParse(['repo', 'delete_repo']).success).toBe(true);
  });

  it('rejects unknown names with a message naming each of them', () => {
    const result = scopeListSchema.safeParse(['repo', 'repo:write', 'admin:everything']);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Unknown scope "repo:write"',
      'Unknown scope "admin:everything"',
    ]);
  });

  it('splits untrusted data into known scopes (catalogue order, no duplicates) and the rest', () => {
    expect(splitScopes(['delete_repo', 'repo', 'repo', 'repo:write', 3, null])).toEqual({
      valid: ['repo', 'delete_repo'],
      unknown: ['repo:write', '3', 'null'],
    });
  });

  it('treats anything that is not a list as an empty list', () => {
    expect(splitScopes('repo,workflow')).toEqual({ valid: [], unknown: [] });
  });
});
