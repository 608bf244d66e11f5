import { KIND_FACT_IDS, PURPOSE_IDS, recommendKind, type KindChoice } from '@/lib/token-kind-chooser';
import { kindFactLabel, kindReasonText, purposeLabel } from '@/lib/token-kind-text';
import type { KindRecommendation } from './KindChooser';

/** The chooser's questions in the user's language. */
export const purposeOptions = () => PURPOSE_IDS.map((id) => ({ id, label: purposeLabel(id) }));
export const factOptions = () => KIND_FACT_IDS.map((id) => ({ id, label: kindFactLabel(id) }));

/** The recommendation with its reason as one line of text. */
export function recommendationFor(answers: KindChoice): KindRecommendation {
  const { kind, reason } = recommendKind(answers);
  return { kind, reason: kindReasonText(reason) };
}
