import { describe, expect, it } from 'vitest';
import * as urls from '@/lib/github/urls';

/** Every path predicate accepts its own examples and rejects every other predicate's. */
const MATRIX = [
  { name: 'developer settings', accepts: urls.isDeveloperSettingsPath, examples: urls.developerSettingsExamples },
  { name: 'token list', accepts: urls.isTokenListPath, examples: urls.tokenListExamples },
  { name: 'new token', accepts: urls.isNewTokenPath, examples: urls.newTokenExamples },
  { name: 'e-mails', accepts: urls.isEmailsPath, examples: urls.emailsExamples },
  { name: 'sudo', accepts: urls.isSudoPath, examples: urls.sudoExamples },
];

describe('GitHub path predicates', () => {
  for (const { name, accepts, examples } of MATRIX) {
    it(`${name} accepts its examples and no other`, () => {
      for (const path of examples) expect(accepts(path), path).toBe(true);
      const others = MATRIX.filter((row) => row.name !== name).flatMap((row) => row.examples);
      for (const path of others) expect(accepts(path), path).toBe(false);
    });
  }

  it('every settings example, developer area included, is a settings path; the dashboard is not', () => {
    for (const path of [...urls.settingsExamples, ...urls.developerSettingsExamples, ...urls.emailsExamples]) {
      expect(urls.isSettingsPath(path), path).toBe(true);
    }
    expect(urls.isSettingsPath('/')).toBe(false);
    expect(urls.isSettingsPath('/settingsx')).toBe(false);
  });

  it('only https://github.com is GitHub', () => {
    expect(urls.isGitHubUrl('https://github.com/settings')).toBe(true);
    expect(urls.isGitHubUrl('https://gist.github.com/')).toBe(false);
    expect(urls.isGitHubUrl('not a url')).toBe(false);
  });
});
