import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { GITHUB_ORIGIN, originOf } from '@/lib/github/urls';
import { suggestedHost } from '@/lib/github/hosts';
import type { GuideState } from '@/lib/guide/schema';
import { logError } from '@/lib/log';
import { useGrantedHosts } from '../hosts/use-granted-hosts';

export interface PopupHost {
  /** github.com, then each added host. */
  origins: string[];
  /** Where the guide and the prefilled form go. */
  origin: string;
  choose: (origin: string) => void;
  /** The active tab's `*.ghe.com` origin when it is not added yet. */
  suggestion: string | undefined;
}

/**
 * Which GitHub the popup acts on: the user's pick, else the host of a running guide, else the active tab's
 * host when it is github.com or an added one, else github.com.
 */
export function usePopupHost(guide: GuideState): PopupHost {
  const hosts = useGrantedHosts() ?? [];
  const tabUrl = useActiveTabUrl();
  const [picked, choose] = useState<string>();
  const origins = [GITHUB_ORIGIN, ...hosts];
  const tabOrigin = tabUrl && originOf(tabUrl);
  const fallback = guide.active ? guide.origin : tabOrigin && origins.includes(tabOrigin) ? tabOrigin : GITHUB_ORIGIN;
  const origin = picked && origins.includes(picked) ? picked : fallback;
  const suggestion = suggestedHost(tabUrl);
  return { origins, origin, choose, suggestion: suggestion && !origins.includes(suggestion) ? suggestion : undefined };
}

/** The active tab's URL, where the browser lets the popup see it (github.com, added hosts, the tab the user opened the popup on). */
function useActiveTabUrl(): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    browser.tabs.query({ active: true, currentWindow: true }).then(
      ([tab]) => setUrl(tab?.url),
      (error: unknown) => logError('reading the active tab', error),
    );
  }, []);
  return url;
}
