import { browser } from '#imports';
import { fineGrainedPlanFromSettings } from '../fine-grained/plan-from-settings';
import type { FineGrainedPresetChoice } from '../fine-grained/presets';
import { fineGrainedTemplateUrl } from '../fine-grained/template-url';
import type { KindFactId, PurposeId } from '../token-kind-chooser';
import type { TokenKind } from '../token-kinds';
import { readSettings, saveSettings } from '../storage';
import { applyGuideEvent } from './guide-owner';
import { injectIntoOpenTabs } from './guide-script';

/**
 * Fine-grained fast path: GitHub's fine-grained form opens from its template URL, built from the settings and the
 * chosen preset, and the fine-grained guide starts with that plan, so it checks what GitHub really rendered against
 * exactly what the URL asked for (GitHub once ignored these parameters for a while, github-ui.md §9.2). A new tab
 * keeps whatever the user was doing in the current one, as on the classic fast path.
 */
export async function openFineGrainedForm(presetId: FineGrainedPresetChoice, origin: string): Promise<void> {
  const { settings } = await readSettings();
  const fineGrainedPlan = fineGrainedPlanFromSettings(settings, new Date(), import.meta.env.BROWSER, presetId);
  const { state } = await applyGuideEvent({ type: 'start', now: Date.now(), tokenKind: 'fine-grained', fineGrainedPlan, origin });
  await injectIntoOpenTabs(state);
  await browser.tabs.create({ url: fineGrainedTemplateUrl(origin, fineGrainedPlan), active: true });
}

/**
 * The "Which kind?" helper's answer becomes the default kind and the chooser's remembered answers. Only these two
 * fields change; the rest is saved as read (the options page saves its whole form itself).
 */
export async function chooseTokenKind(kind: TokenKind, purpose: PurposeId | null, facts: readonly KindFactId[]): Promise<void> {
  const { settings } = await readSettings();
  const result = await saveSettings({ ...settings, tokenKind: kind, kindChoice: { purpose, facts: [...new Set(facts)] } });
  // Settings read are repaired already and the message was validated: a refusal here is a fault, said in the log.
  if (!result.ok) throw new Error(`settings refused the chosen kind: ${Object.values(result.errors).flat().join('; ')}`);
}

/** The kind "Start guide" makes when the popup names none: the one the user chose as default (classic until then). */
export async function defaultTokenKind(): Promise<TokenKind> {
  return (await readSettings()).settings.tokenKind;
}
