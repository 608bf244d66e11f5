import { browser } from '#imports';
import { originsOfPatterns } from './github/hosts';
import { GITHUB_ORIGIN, originMatch } from './github/urls';

/**
 * The enterprise hosts the user added are the optional host permissions the browser holds, read from
 * the browser each time: there is no second list to keep in step. Adding asks for that one origin,
 * from the click that wants it; removing gives the permission back.
 */
export async function grantedHosts(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return originsOfPatterns(origins);
}

/** Must run in the handler of the user's click: browsers ask only then. Resolves to whether the user allowed it. */
export function requestHost(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originMatch(origin)] });
}

export function removeHost(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [originMatch(origin)] });
}

export async function isHostGranted(origin: string): Promise<boolean> {
  return (await grantedHosts()).includes(origin);
}

/** github.com, or an enterprise host only while the user grants it: a guide never runs anywhere else. */
export async function hostToGuide(origin: string | undefined): Promise<string> {
  if (origin === undefined || origin === GITHUB_ORIGIN) return GITHUB_ORIGIN;
  if (await isHostGranted(origin)) return origin;
  throw new Error(`${origin} is not a host PAT Pilot may use`);
}
