import { describe, expect, it } from 'vitest';
import { defaultNote, uniqueNote } from '@/lib/guide/form-plan';

describe('form plan', () => {
  it('writes a readable default note with date and time', () => {
    expect(defaultNote(new Date(2026, 10, 25, 9, 5))).toBe('PAT Pilot 2026-11-25 09:05');
  });

  it('keeps a note nobody uses and numbers a taken one', () => {
    expect(uniqueNote('ci', ['other'])).toBe('ci');
    expect(uniqueNote('ci', ['CI', 'ci (2)'])).toBe('ci (3)');
  });
});
