import { i18n } from '#i18n';
import { findTokenForm } from '../github/find';
import type { PresetChoice } from '../presets';
import { assistForm, extraScopes } from './form-assistant';
import type { FormEdits } from './form-edits';
import { IDLE_GUIDE } from './state';
import { describeOffer } from './build-view';
import type { GuideSnapshot } from './snapshot';

/** What the offer card shows; components/ApplyOffer.tsx draws it. */
export interface OfferView {
  preset: PresetChoice;
  scopes: string[];
  /** Said every time: the saved preset could not be used, and which scopes were used instead. */
  notice: string | undefined;
  /** Ticked on the form beyond the preset, read again at every drawing (a prefill link may have ticked more). */
  extra: string[];
  /** After applying: what was changed, in words. */
  result: string[] | undefined;
}

export interface PresetOffer {
  view(): OfferView;
  /** Brings the form to the preset, keeping what the user already chose on it (`edits`). */
  apply(): void;
}

/** The new-token form reached without a guide: the preset is offered, and applied only when the user accepts. */
export function createPresetOffer({ plan, presetId }: GuideSnapshot, edits: FormEdits): PresetOffer {
  let result: string[] | undefined;
  return {
    view() {
      const form = findTokenForm(document);
      return { preset: presetId, scopes: plan.scopes, notice: plan.notice, extra: form ? extraScopes(form, plan) : [], result };
    },
    apply() {
      const form = findTokenForm(document);
      result = form ? describeOffer(assistForm(form, edits.applyTo(IDLE_GUIDE), plan)) : [i18n.t('offer.formGone')];
    },
  };
}
