import { type FineGrainedPresetId, DEFAULT_FINE_GRAINED_PRESET_ID } from './fine-grained/presets';
import { DEFAULT_PRESET_ID, type PresetId } from './presets';
import type { TokenKind } from './token-kinds';

/**
 * The "Which kind?" helper: what the token is for and the few facts that decide between a classic and a
 * fine-grained token (github-ui.md §17). GitHub recommends fine-grained tokens; classic is recommended
 * only for what fine-grained tokens cannot do. Texts are in locales/*.yml under `kindChooser`.
 */

/** `api`: scripts that read and write issues and pull requests through the REST API. */
export const PURPOSE_IDS = ['https', 'actions', 'read-packages', 'publish-packages', 'cli', 'app', 'api'] as const;
export type PurposeId = (typeof PURPOSE_IDS)[number];

/** Facts that only a classic token can serve; packages are decided by the purpose. */
export const KIND_FACT_IDS = ['several-orgs', 'others-public-repos', 'outside-collaborator'] as const;
export type KindFactId = (typeof KIND_FACT_IDS)[number];

export const KIND_REASON_IDS = [
  'github-recommends',
  'fine-grained-fits',
  'packages',
  'cli',
  'app',
  ...KIND_FACT_IDS,
] as const;
export type KindReasonId = (typeof KIND_REASON_IDS)[number];

export interface KindChoice {
  purpose: PurposeId | null;
  facts: KindFactId[];
}

export interface KindRecommendation {
  kind: TokenKind;
  reason: KindReasonId;
}

/** Purposes only a classic token serves, and why. */
const CLASSIC_PURPOSES: Partial<Record<PurposeId, KindReasonId>> = {
  // Fine-grained tokens have no Packages permission.
  'read-packages': 'packages',
  'publish-packages': 'packages',
  // gh works across every owner and organization the user belongs to; a fine-grained token reaches one owner.
  cli: 'cli',
  // Apps that ask for a token name classic scopes.
  app: 'app',
};

export function recommendKind({ purpose, facts }: KindChoice): KindRecommendation {
  const classicReason = purpose ? CLASSIC_PURPOSES[purpose] : undefined;
  if (classicReason) return { kind: 'classic', reason: classicReason };
  const fact = KIND_FACT_IDS.find((id) => facts.includes(id));
  if (fact) return { kind: 'classic', reason: fact };
  return { kind: 'fine-grained', reason: purpose ? 'fine-grained-fits' : 'github-recommends' };
}

const FINE_GRAINED_PRESET_FOR: Partial<Record<PurposeId, FineGrainedPresetId>> = {
  https: 'https',
  actions: 'actions',
  api: 'issues-prs',
};

/** The fine-grained preset for a purpose; the default (Git over HTTPS) where none fits better. */
export function fineGrainedPresetFor(purpose: PurposeId | null): FineGrainedPresetId {
  return (purpose && FINE_GRAINED_PRESET_FOR[purpose]) || DEFAULT_FINE_GRAINED_PRESET_ID;
}

/**
 * The classic preset (lib/presets.ts) for a purpose. The CLI, apps and API scripts get "repo" alone,
 * the narrowest preset that covers repositories, issues and pull requests.
 */
const CLASSIC_PRESET_FOR: Record<PurposeId, PresetId> = {
  https: 'https',
  actions: 'actions',
  'read-packages': 'read-packages',
  'publish-packages': 'publish-packages',
  cli: 'https',
  app: 'https',
  api: 'https',
};

export function classicPresetFor(purpose: PurposeId | null): PresetId {
  return purpose ? CLASSIC_PRESET_FOR[purpose] : DEFAULT_PRESET_ID;
}

export function isPurposeId(value: unknown): value is PurposeId {
  return (PURPOSE_IDS as readonly unknown[]).includes(value);
}

export function isKindFactId(value: unknown): value is KindFactId {
  return (KIND_FACT_IDS as readonly unknown[]).includes(value);
}
