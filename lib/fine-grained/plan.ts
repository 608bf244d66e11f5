import type { PermissionGrant } from '../github/permission-keys';

/**
 * What a fine-grained token should be, in the template URL's own terms (github-ui.md §9.2, §17):
 * the fast path builds its URL from this, and the guide checks the form against it on arrival.
 * Repository selection cannot be prefilled: the guide recommends "Only select repositories" instead.
 */
export interface FineGrainedPlan {
  /** Token name, at most 40 characters (GitHub's limit). */
  name: string;
  /** At most 1024 characters. */
  description: string;
  /** The resource owner's login (user or organization); absent: the signed-in user, GitHub's default. */
  targetName?: string;
  /** Days from today, 1–366, or "none" (no expiration). */
  expiresIn: number | 'none';
  /** In catalogue order; `metadata: read` is implied by GitHub and need not be listed. */
  permissions: PermissionGrant[];
  /** Said on the form whenever this plan is used: the saved preset could not be, and what was used instead. */
  notice?: string;
}

export const FINE_GRAINED_NAME_MAX = 40;
export const FINE_GRAINED_DESCRIPTION_MAX = 1024;
export const FINE_GRAINED_EXPIRES_MAX = 366;
