import { CONTENT_SCRIPT_BUDGET } from './budget';
import { backgroundFiles, contentScriptFiles, measureFiles, popupFiles, readManifest, type SizeFigure } from './sizes';

export interface BuildSizes {
  content: SizeFigure;
  popup: SizeFigure;
  background: SizeFigure;
}

export interface SizeFigures {
  budget: typeof CONTENT_SCRIPT_BUDGET & { goalMet: boolean; underCeiling: boolean };
  builds: Record<string, BuildSizes>;
}

export function measureSizes(builds: Record<string, string>): SizeFigures {
  const measured = Object.fromEntries(
    Object.entries(builds).map(([name, dir]) => {
      const manifest = readManifest(dir);
      const sizes: BuildSizes = {
        content: measureFiles(dir, contentScriptFiles(manifest)),
        popup: measureFiles(dir, popupFiles(dir, manifest)),
        background: measureFiles(dir, backgroundFiles(dir, manifest)),
      };
      return [name, sizes];
    }),
  );
  const largest = Math.max(...Object.values(measured).map((b) => b.content.gzip));
  return {
    budget: { ...CONTENT_SCRIPT_BUDGET, goalMet: largest <= CONTENT_SCRIPT_BUDGET.goalGzip, underCeiling: largest <= CONTENT_SCRIPT_BUDGET.ceilingGzip },
    builds: measured,
  };
}
