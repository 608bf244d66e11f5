import { expect, type Page } from '@playwright/test';
import type { PlaywrightSession } from '../support/playwright-session';
import { scan } from './axe';
import { markTabbables, walkFocus } from './keyboard';

/** GitHub's appearance settings: the page's colour scheme and the attributes GitHub renders. */
export const GITHUB_THEMES = {
  light: { scheme: 'light', mode: 'light', dark: 'dark' },
  dark: { scheme: 'dark', mode: 'dark', dark: 'dark' },
  dimmed: { scheme: 'dark', mode: 'dark', dark: 'dark_dimmed' },
} as const;
export type ThemeName = keyof typeof GITHUB_THEMES;

/** An extension page: no axe finding; Tab reaches every control, each drawn focused. */
export async function expectPageAccessible(page: Page, what: string): Promise<void> {
  expect((await scan(page)).findings, `${what}: axe`).toEqual([]);
  const expected = await page.evaluate(markTabbables, null);
  expect(expected.length, `${what}: controls`).toBeGreaterThan(0);
  const stops = await walkFocus(page, 'Tab');
  expect(stops.map((stop) => stop.id).filter((id) => expected.includes(id)).sort(), `${what}: reached with Tab`).toEqual([...expected].sort());
  expect(stops.filter((stop) => !stop.visibleFocus).map((stop) => stop.id), `${what}: focus visible`).toEqual([]);
}

/** The callout: axe within the guide's shadow root only (GitHub's page is not ours), its controls reached from the page. */
export async function expectCalloutAccessible(github: Page, theme: ThemeName, what: string): Promise<void> {
  const label = `${theme}: ${what}`;
  const result = await scan(github, 'pat-pilot-ui');
  expect(result.findings, `${label}: axe`).toEqual([]);
  expect(result.shadowNodesChecked, `${label}: axe saw inside the shadow root`).toBeGreaterThan(0);
  const drawnIn = await github.evaluate(() => document.querySelector('pat-pilot-ui')!.shadowRoot!.querySelector('.root')!.className);
  expect(drawnIn, label).toContain(`theme-${theme}`);
  const expected = await github.evaluate(markTabbables, 'pat-pilot-ui');
  expect(expected.length, `${label}: controls`).toBeGreaterThan(0);
  // The guide's host is the last thing in the document: Shift+Tab from the top reaches it first.
  const stops = await walkFocus(github, 'Shift+Tab', expected.length + 1);
  expect(stops.map((stop) => stop.id).filter((id) => expected.includes(id)).sort(), `${label}: reached with Shift+Tab`).toEqual([...expected].sort());
  expect(stops.filter((stop) => !stop.visibleFocus).map((stop) => stop.id), `${label}: focus visible`).toEqual([]);
}

/** A github.com tab as GitHub renders it for a user who chose `theme` in its appearance settings. */
export async function githubWithTheme(session: PlaywrightSession, theme: ThemeName): Promise<Page> {
  const github = await session.context.newPage();
  await github.emulateMedia({ colorScheme: GITHUB_THEMES[theme].scheme });
  await github.addInitScript(({ mode, dark }) => {
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.setAttribute('data-color-mode', mode);
      document.documentElement.setAttribute('data-dark-theme', dark);
    });
  }, GITHUB_THEMES[theme]);
  await github.goto('https://github.com/');
  return github;
}

/** As a user would: GitHub's tab active, "Start guide" in the popup. */
export async function startGuide(session: PlaywrightSession, github: Page): Promise<void> {
  const popup = await session.popup();
  await github.bringToFront();
  await popup.getByRole('button', { name: 'Start guide' }).click();
  await github.bringToFront();
}
