import type { ContentScriptContext } from '#imports';
import { guideStateItem, readSettings } from '../storage';
import { mountGuideUi } from '../ui/mount';
import { type FormPlan, defaultFormPlan, formPlanFromParsed, unreadableSettingsPlan } from './form-plan';
import { type Guide, runGuide } from './guide';
import type { GuideState } from './schema';

export interface GuideSession {
  receive(state: GuideState): void;
  stop(): void;
}

/**
 * Mounts the UI and runs the guide under one AbortController tied to the content script's
 * lifetime. Failures are logged, never thrown into the page.
 */
export function startGuideSession(ctx: ContentScriptContext, initial: GuideState): GuideSession {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  let guide: Guide | undefined;
  let latest = initial;
  let remove: (() => void) | undefined;
  let plan: FormPlan = defaultFormPlan(new Date(), import.meta.env.BROWSER);
  Promise.all([mountGuideUi(ctx), loadPlan()])
    .then(([ui, loaded]) => {
      plan = loaded;
      remove = ui.remove;
      if (controller.signal.aborted) return ui.remove();
      guide = runGuide({
        signal: controller.signal,
        ui,
        state: latest,
        plan: () => plan,
        persist: (state) => void guideStateItem.setValue(state).catch(logError),
        log: (message) => console.info(`[PAT Pilot] ${message}`),
      });
    })
    .catch(logError);
  return {
    receive(state) {
      latest = state;
      guide?.receive(state);
    },
    stop() {
      controller.abort();
      remove?.();
    },
  };
}

/** Settings decide the plan; a preset that cannot be used gives the narrowest one, said on the form. */
async function loadPlan(): Promise<FormPlan> {
  try {
    return formPlanFromParsed(await readSettings(), new Date(), import.meta.env.BROWSER);
  } catch (error) {
    logError(error);
    return unreadableSettingsPlan(new Date(), import.meta.env.BROWSER);
  }
}

function logError(error: unknown): void {
  console.warn('[PAT Pilot]', error instanceof Error ? error.message : String(error));
}
