import { existsSync } from 'node:fs';
import path from 'node:path';
import { kB, SIZE_BUDGETS, type BudgetedScript } from './budget';
import { FINE_GRAINED_GUIDE_SCRIPT, GUIDE_SCRIPT, PRESET_OFFER_SCRIPT, manifestScriptFiles, measureFiles, onDemandScriptFiles, readManifest, type SizeFigure } from './sizes';

/** One budgeted script of one build: its size, or why it could not be measured. */
export interface Verdict {
  build: string;
  script: BudgetedScript;
  limit: number;
  size?: SizeFigure;
  ok: boolean;
  message: string;
}

/** The files each budgeted script consists of in a build; an empty list means the build has none. */
export function budgetedFiles(dir: string): Record<BudgetedScript, string[]> {
  return {
    stub: manifestScriptFiles(readManifest(dir)),
    guide: onDemandScriptFiles(dir, GUIDE_SCRIPT),
    fineGrainedGuide: onDemandScriptFiles(dir, FINE_GRAINED_GUIDE_SCRIPT),
    presetOffer: onDemandScriptFiles(dir, PRESET_OFFER_SCRIPT),
  };
}

/** Every budget in every build (name → output directory); a missing build or file fails its check. */
export function checkBudgets(builds: Record<string, string>): Verdict[] {
  return Object.entries(builds).flatMap(([build, dir]) => {
    const scripts = Object.keys(SIZE_BUDGETS) as BudgetedScript[];
    if (!existsSync(path.join(dir, 'manifest.json'))) {
      return scripts.map((script) => failed(build, script, `${build} is missing (no ${path.join(dir, 'manifest.json')}); run \`npm run build\` first`));
    }
    const files = budgetedFiles(dir);
    return scripts.map((script) => verdict(build, dir, script, files[script]));
  });
}

function verdict(build: string, dir: string, script: BudgetedScript, files: string[]): Verdict {
  const budget: { label: string; gzip: number; onlyWhenBuilt?: boolean } = SIZE_BUDGETS[script];
  const { label, gzip: limit } = budget;
  if (budget.onlyWhenBuilt && !files.some((file) => existsSync(path.join(dir, file)))) {
    return { build, script, limit, ok: true, message: `${build}: no ${label} in this build` };
  }
  if (files.length === 0) return failed(build, script, `${build}: no ${label} in the build`);
  const absent = files.filter((file) => !existsSync(path.join(dir, file)));
  if (absent.length > 0) return failed(build, script, `${build}: ${label} is missing: ${absent.join(', ')}`);
  const size = measureFiles(dir, files);
  const ok = size.gzip <= limit;
  const state = ok ? 'ok' : `OVER BUDGET by ${kB(size.gzip - limit)}`;
  return {
    build, script, limit, size, ok,
    message: `${build}: ${label} ${kB(size.minified)} minified, ${kB(size.gzip)} gzip -9 (budget ${kB(limit)}: ${state}) [${files.join(', ')}]`,
  };
}

function failed(build: string, script: BudgetedScript, message: string): Verdict {
  return { build, script, limit: SIZE_BUDGETS[script].gzip, ok: false, message };
}
