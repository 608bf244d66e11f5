import type { CDPSession } from '@playwright/test';

export type World = 'page' | 'extension';
export interface WorldContext {
  id: number;
  world: World;
}

/**
 * The page's main world and the extension's isolated world in the top frame. Content scripts
 * live in the isolated world, where page-world code cannot see their objects; CDP can.
 * Playwright's own utility world is neither and is left out. Call before Runtime.enable.
 */
export function trackWorlds(cdp: CDPSession): WorldContext[] {
  const worlds: WorldContext[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { isDefault?: boolean; type?: string } | undefined;
    if (aux?.isDefault) worlds.push({ id: context.id, world: 'page' });
    else if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) worlds.push({ id: context.id, world: 'extension' });
  });
  cdp.on('Runtime.executionContextsCleared', () => void worlds.splice(0));
  return worlds;
}

/** Live objects whose prototype chain holds `${constructor}.prototype` of that world (after a GC). */
export async function countObjects(cdp: CDPSession, contextId: number, constructor: string): Promise<number> {
  const proto = await cdp.send('Runtime.evaluate', { expression: `${constructor}.prototype`, contextId });
  if (!proto.result.objectId) return 0;
  const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId, objectGroup: 'bench' });
  const length = await cdp.send('Runtime.callFunctionOn', {
    objectId: found.objects.objectId!,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'bench' });
  return length.result.value as number;
}

/** Chromium's performance metrics for the page's renderer, by name (durations in seconds). */
export async function readMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}
