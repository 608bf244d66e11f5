import { parsePrefillUrl, type PrefillExpiration } from '../github/prefill-url';
import { originOf } from '../github/urls';
import { findScope, SCOPE_NAMES, type Risk } from '../github/scopes';

/**
 * Review of a new-token form another app opened with its own prefill link (github-ui.md §9.1): what the link
 * set, what the form now shows, and how that compares with the user's preset. Pure: it reads no page and draws
 * nothing; the caller passes what the form shows, so the review is of the form as it is, not as the link hoped.
 */

/** What GitHub's form shows, as lib/github/token-form.ts reads it. */
export interface ShownForm {
  readonly ticked: readonly string[];
  readonly note: string;
  /** "7" | "30" | "60" | "90" | "custom" | "none", or "" when the form has no expiration control. */
  readonly expiration: string;
  readonly customDate?: string;
}

/** The user's preset scopes and the expiration their settings ask for, in the form's terms (a FormPlan). */
export interface ReviewPreset {
  readonly scopes: readonly string[];
  readonly expiration: string;
  readonly customDate?: string;
}

/** Why a scope deserves a second look, beyond its risk level. */
export type ScopeFlag = 'deletes' | 'administers' | 'wholeAccount';

export interface ReviewedScope {
  readonly name: string;
  /** Undefined for a scope PAT Pilot's catalogue does not know (a newer GitHub scope, or GHES's site_admin). */
  readonly risk: Risk | undefined;
  readonly explanation: string | undefined;
  readonly flags: readonly ScopeFlag[];
  readonly beyondPreset: boolean;
  /** The link's `scopes` asked for it (rather than the user ticking it after arriving). */
  readonly fromLink: boolean;
}

export interface PrefillReview {
  /** What the link's query set; undefined when the page is not the classic new-token form. */
  readonly link: {
    readonly note: string | undefined;
    readonly expiration: PrefillExpiration | undefined;
    readonly unknownScopes: readonly string[];
  } | undefined;
  readonly note: string;
  readonly expiration: string;
  readonly customDate: string | undefined;
  /** "No expiration" is chosen: the token would never expire. */
  readonly noExpiration: boolean;
  readonly expirationMatchesSettings: boolean;
  /** Every ticked scope in GitHub's order; children a ticked parent already includes are folded into it. */
  readonly scopes: readonly ReviewedScope[];
  /** Ticked scopes the preset does not hold: what "untick beyond the preset" would untick. */
  readonly beyondPreset: readonly string[];
  /** Preset scopes the form does not tick (the link asked for less). */
  readonly missingFromPreset: readonly string[];
  /** True only when nothing beyond the preset is ticked and nothing of it is missing. */
  readonly matchesPreset: boolean;
}

const parentOf = (name: string) => findScope(name)?.parent ?? undefined;

/** Names in GitHub's on-screen order, unknown ones after them as given. */
function inFormOrder(names: readonly string[]): string[] {
  const known = SCOPE_NAMES.filter((name) => names.includes(name));
  return [...known, ...names.filter((name) => !findScope(name))];
}

export function scopeFlags(name: string): ScopeFlag[] {
  const scope = findScope(name);
  const flags: ScopeFlag[] = [];
  if (scope?.risk === 'destructive' || /^delete[_:]/.test(name)) flags.push('deletes');
  // Every admin:* scope, the admin-level scopes inside those families (runners, SCIM), and GHES's site_admin.
  const adminFamily = name.startsWith('admin:') || (scope?.risk === 'admin' && !!scope.parent?.startsWith('admin:'));
  if (adminFamily || name === 'site_admin') flags.push('administers');
  if (name === 'user' || name === 'site_admin') flags.push('wholeAccount');
  return flags;
}

function sameExpiration(form: ShownForm, preset: ReviewPreset): boolean {
  if (form.expiration !== preset.expiration) return false;
  return preset.expiration !== 'custom' || form.customDate === preset.customDate;
}

export function reviewPrefill(url: string, form: ShownForm, preset: ReviewPreset): PrefillReview {
  // The review runs only on github.com and the hosts the user added: the link is read on the page's own host.
  const parsed = parsePrefillUrl(url, originOf(url));
  const linkScopes: readonly string[] = parsed?.scopes ?? [];
  const ticked = new Set(form.ticked.filter((name) => name !== ''));
  const inPreset = (name: string | undefined) => name !== undefined && preset.scopes.includes(name);
  // A child box ticked along with its parent is the parent's doing, not a choice of its own.
  const shown = inFormOrder([...ticked]).filter((name) => !ticked.has(parentOf(name) ?? ''));
  const scopes = shown.map((name): ReviewedScope => {
    const scope = findScope(name);
    return {
      name,
      risk: scope?.risk,
      explanation: scope?.explanation,
      flags: scopeFlags(name),
      // A child of a preset scope grants less than the preset, so it is not beyond it.
      beyondPreset: !inPreset(name) && !inPreset(parentOf(name)),
      fromLink: linkScopes.includes(name),
    };
  });
  const beyondPreset = scopes.filter((scope) => scope.beyondPreset).map((scope) => scope.name);
  const missingFromPreset = preset.scopes.filter((name) => !ticked.has(name) && !ticked.has(parentOf(name) ?? ''));
  return {
    link: parsed && { note: parsed.note, expiration: parsed.expiration, unknownScopes: parsed.unknownScopes },
    note: form.note,
    expiration: form.expiration,
    customDate: form.expiration === 'custom' ? form.customDate : undefined,
    noExpiration: form.expiration === 'none',
    expirationMatchesSettings: sameExpiration(form, preset),
    scopes,
    beyondPreset,
    missingFromPreset,
    matchesPreset: beyondPreset.length === 0 && missingFromPreset.length === 0,
  };
}
