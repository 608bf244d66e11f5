import { i18n } from '#i18n';
import type { KindFactId, KindReasonId, PurposeId } from './token-kind-chooser';

/** Where the chooser's texts are in the message files (ids with "-" are not valid keys there). */
const PURPOSE_KEY = {
  https: 'https',
  actions: 'actions',
  'read-packages': 'readPackages',
  'publish-packages': 'publishPackages',
  cli: 'cli',
  app: 'app',
  api: 'api',
} as const satisfies Record<PurposeId, string>;

const FACT_KEY = {
  'several-orgs': 'severalOrgs',
  'others-public-repos': 'othersPublicRepos',
  'outside-collaborator': 'outsideCollaborator',
} as const satisfies Record<KindFactId, string>;

const REASON_KEY = {
  'github-recommends': 'githubRecommends',
  'fine-grained-fits': 'fineGrainedFits',
  packages: 'packages',
  cli: 'cli',
  app: 'app',
  ...FACT_KEY,
} as const satisfies Record<KindReasonId, string>;

export function purposeLabel(purpose: PurposeId): string {
  return i18n.t(`kindChooser.purpose.${PURPOSE_KEY[purpose]}`);
}

export function kindFactLabel(fact: KindFactId): string {
  return i18n.t(`kindChooser.fact.${FACT_KEY[fact]}`);
}

/** One line of why a kind is recommended. */
export function kindReasonText(reason: KindReasonId): string {
  return i18n.t(`kindChooser.reason.${REASON_KEY[reason]}`);
}
