import { describe, expect, it } from 'vitest';
import { SCOPE_NAMES } from '@/lib/github/scope-names';
import { SCOPES } from '@/lib/github/scopes';

describe('the scope names', () => {
  it('are exactly the catalogue’s scopes, in its order', () => {
    expect([...SCOPE_NAMES]).toEqual(SCOPES.map((scope) => scope.name));
  });
});
