import { describe, expect, it } from 'vitest';
import { parseDemoOptions, USAGE } from '../../scripts/demo-options';

describe('npm run demo options', () => {
  it('picks a layout and one of Primer’s themes', () => {
    expect(parseDemoOptions(['--header', 'v3', '--theme', 'dark_dimmed'])).toEqual({ header: 'v3', theme: 'dark_dimmed' });
    expect(USAGE).toContain('--theme auto|light|dark|dark_dimmed');
  });

  it('refuses a theme Primer does not have, naming the choices', () => {
    expect(() => parseDemoOptions(['--theme', 'sepia'])).toThrow('--theme must be one of auto, light, dark, dark_dimmed');
  });
});
