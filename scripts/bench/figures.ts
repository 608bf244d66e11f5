import { SIZE_BUDGETS } from './budget';
import { checkBudgets, type Verdict } from './budget-check';
import { backgroundFiles, measureFiles, popupFiles, readManifest, type SizeFigure } from './sizes';

export interface BuildSizes {
  popup: SizeFigure;
  background: SizeFigure;
}

export interface SizeFigures {
  budgets: typeof SIZE_BUDGETS;
  /** The stub and the guide script against their budgets, per build (the same check as `npm run size:check`). */
  budgeted: Verdict[];
  builds: Record<string, BuildSizes>;
}

export function measureSizes(builds: Record<string, string>): SizeFigures {
  const measured = Object.entries(builds).map(([name, dir]): [string, BuildSizes] => {
    const manifest = readManifest(dir);
    return [name, { popup: measureFiles(dir, popupFiles(dir, manifest)), background: measureFiles(dir, backgroundFiles(dir, manifest)) }];
  });
  return { budgets: SIZE_BUDGETS, budgeted: checkBudgets(builds), builds: Object.fromEntries(measured) };
}
