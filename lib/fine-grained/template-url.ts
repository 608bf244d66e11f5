import type { FineGrainedPlan } from './plan';

/**
 * GitHub's template URL for a new fine-grained token (github-ui.md §9.2, §17): name, description, resource
 * owner, expiration and one `<permission>=<access>` pair per grant. `metadata: read` is what GitHub grants
 * with any repository permission anyway, so it is only sent when the plan lists it. Repository selection has
 * no parameter; the guide asks for it on the form.
 */
export const FINE_GRAINED_NEW_PATH = '/settings/personal-access-tokens/new';

export function fineGrainedTemplateUrl(origin: string, plan: FineGrainedPlan): string {
  const params = new URLSearchParams({ name: plan.name, description: plan.description });
  if (plan.targetName) params.set('target_name', plan.targetName);
  params.set('expires_in', String(plan.expiresIn));
  for (const { key, access } of plan.permissions) params.set(key, access);
  return `${origin.replace(/\/+$/, '')}${FINE_GRAINED_NEW_PATH}?${params.toString()}`;
}
