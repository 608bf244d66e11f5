import { storage } from '#imports';
import { guideStateSchema, IDLE_GUIDE, type GuideState } from './guide/schema';

/**
 * The one place that touches browser.storage. Every value is declared once, with a
 * fallback and a version, and parsed with zod when read so corrupt data never spreads.
 */
export const guideStateItem = storage.defineItem<GuideState>('local:guide', {
  fallback: IDLE_GUIDE,
  version: 1,
});

export async function readGuideState(): Promise<GuideState> {
  return parseGuideState(await guideStateItem.getValue());
}

export function parseGuideState(value: unknown): GuideState {
  const result = guideStateSchema.safeParse(value);
  return result.success ? result.data : IDLE_GUIDE;
}

export async function updateGuideState(change: (state: GuideState) => GuideState): Promise<GuideState> {
  const next = change(await readGuideState());
  await guideStateItem.setValue(next);
  return next;
}

export function watchGuideState(onChange: (state: GuideState) => void): () => void {
  return guideStateItem.watch((value) => onChange(parseGuideState(value)));
}
