import { describe, expect, it } from 'vitest';
import {
  customExpiryDate,
  expirationLabel,
  expirationSchema,
  expiresAt,
  prefillExpiration,
} from '@/lib/settings/expiration';

describe('expiration setting', () => {
  it('accepts GitHub presets, custom 1–366 days and none', () => {
    for (const value of [
      { kind: 'preset', days: 7 },
      { kind: 'preset', days: 90 },
      { kind: 'custom', days: 1 },
      { kind: 'custom', days: 366 },
      { kind: 'none' },
    ])
      expect(expirationSchema.safeParse(value).success, JSON.stringify(value)).toBe(true);
  });

  it.each([
    [{ kind: 'custom', days: 0 }, 'Enter a whole number of days from 1 to 366.'],
    [{ kind: 'custom', days: 367 }, 'Enter a whole number of days from 1 to 366.'],
    [{ kind: 'custom', days: 2.5 }, 'Enter a whole number of days from 1 to 366.'],
    [{ kind: 'custom', days: Number.NaN }, 'Enter a whole number of days from 1 to 366.'],
    [{ kind: 'preset', days: 45 }, 'Choose 7, 30, 60 or 90 days.'],
    [{ kind: 'forever' }, 'Choose 7, 30, 60 or 90 days, a custom number of days, or no expiration.'],
    ['30', 'Choose 7, 30, 60 or 90 days, a custom number of days, or no expiration.'],
  ])('rejects %j with a clear message', (value, message) => {
    expect(expirationSchema.safeParse(value).error?.issues[0]?.message).toBe(message);
  });

  it('maps to the prefill URL value; custom days have none', () => {
    expect(prefillExpiration({ kind: 'preset', days: 60 })).toBe('60');
    expect(prefillExpiration({ kind: 'none' })).toBe('none');
    expect(prefillExpiration({ kind: 'custom', days: 45 })).toBeUndefined();
  });

  it('computes the custom date GitHub expects and the expiry moment', () => {
    const now = new Date(2026, 11, 20, 10, 0, 0);
    expect(customExpiryDate(45, now)).toBe('2027-02-03');
    expect(expiresAt({ kind: 'preset', days: 7 }, now)).toEqual(new Date(2026, 11, 27, 10, 0, 0));
    expect(expiresAt({ kind: 'none' }, now)).toBeNull();
  });

  it('labels each choice for people', () => {
    expect(expirationLabel({ kind: 'preset', days: 30 })).toBe('30 days');
    expect(expirationLabel({ kind: 'custom', days: 1 })).toBe('1 day (custom)');
    expect(expirationLabel({ kind: 'none' })).toBe('No expiration');
  });
});
