import * as z from 'zod/mini';
import { ACCESS_LEVELS, isPermissionKey, type PermissionKey } from '../github/permission-keys';
import { FINE_GRAINED_DESCRIPTION_MAX, FINE_GRAINED_EXPIRES_MAX, FINE_GRAINED_NAME_MAX, type FineGrainedPlan } from './plan';

/**
 * A stored fine-grained plan (the fast path's, in the guide state), checked before the guide trusts it.
 * A file apart from plan.ts: the guide scripts on GitHub's pages use the plan's type, not zod.
 */
const permissionKeySchema = z.pipe(
  z.string().check(z.refine(isPermissionKey)),
  z.transform((key) => key as PermissionKey),
);

/** A login as GitHub allows it: letters, digits, single hyphens, at most 39 characters. */
const loginSchema = z.string().check(z.regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/));

/** A plan's notice is one of our own sentences; the bound only keeps a corrupt write small. */
const NOTICE_MAX = 500;

export const fineGrainedPlanSchema = z.object({
  name: z.string().check(z.maxLength(FINE_GRAINED_NAME_MAX)),
  description: z.string().check(z.maxLength(FINE_GRAINED_DESCRIPTION_MAX)),
  targetName: z.optional(loginSchema),
  expiresIn: z.union([z.int().check(z.gte(1), z.lte(FINE_GRAINED_EXPIRES_MAX)), z.literal('none')]),
  permissions: z.array(z.object({ key: permissionKeySchema, access: z.enum(ACCESS_LEVELS) })).check(z.maxLength(100)),
  notice: z.optional(z.string().check(z.maxLength(NOTICE_MAX))),
});

/** Every parsed plan is a FineGrainedPlan (a compile error otherwise). */
export const asFineGrainedPlan = (plan: z.infer<typeof fineGrainedPlanSchema>): FineGrainedPlan => plan;
