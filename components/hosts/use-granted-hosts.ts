import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { grantedHosts } from '@/lib/hosts';
import { logError } from '@/lib/log';

/** The enterprise hosts granted now, followed as the user adds or removes one anywhere; undefined until read. */
export function useGrantedHosts(): string[] | undefined {
  const [hosts, setHosts] = useState<string[]>();
  useEffect(() => {
    const read = () => void grantedHosts().then(setHosts, (error: unknown) => logError('reading the added hosts', error));
    read();
    browser.permissions.onAdded.addListener(read);
    browser.permissions.onRemoved.addListener(read);
    return () => {
      browser.permissions.onAdded.removeListener(read);
      browser.permissions.onRemoved.removeListener(read);
    };
  }, []);
  return hosts;
}
