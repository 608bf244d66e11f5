import { i18n } from '#i18n';
import type { Access, PermissionGrant } from '../github/permission-keys';
import type { FormPermission } from '../github/fine-grained-form';
import type { FineGrainedPlan } from './plan';
import { accessLabel, permissionLabel } from '../github/permissions';

/** What the fine-grained form holds, read on arrival (lib/github/fine-grained-form.ts). */
export interface FineGrainedFormFacts {
  name: string;
  description: string;
  /** '' while GitHub's default owner (the signed-in user) stands. */
  owner: string;
  /** As the form posts it: a day count, "custom" or "none"; '' when the form shows none. */
  expiration: string;
  permissions: FormPermission[];
}

/** A permission's label on GitHub's form (the catalogue's, lib/github/permissions.ts). */
export type LabelOf = (key: PermissionGrant['key']) => string;

/** The access as GitHub's "Access" menu names it (the catalogue's words, as the popup and options say them). */
export const accessWords = (access: Access): string => accessLabel(access);

/**
 * Each way the form differs from the plan, in plain words: the template URL may have been ignored in part
 * (github-ui.md §9.2), and nothing differing is fixed silently. `metadata: read` is implied by GitHub.
 */
export function describeDifferences(form: FineGrainedFormFacts, plan: FineGrainedPlan, labelOf: LabelOf = permissionLabel): string[] {
  const differences: string[] = [];
  if (form.name !== plan.name) differences.push(i18n.t('fgAssist.name', { actual: form.name, planned: plan.name }));
  if (form.description !== plan.description) differences.push(i18n.t('fgAssist.description'));
  const owner = (login: string | undefined) => login || i18n.t('fgAssist.yourAccount');
  if (plan.targetName && form.owner && form.owner !== plan.targetName) {
    differences.push(i18n.t('fgAssist.owner', { actual: owner(form.owner), planned: owner(plan.targetName) }));
  }
  const planned = String(plan.expiresIn);
  if (form.expiration && form.expiration !== planned) {
    differences.push(i18n.t('fgAssist.expiration', { actual: expirationWords(form.expiration), planned: expirationWords(planned) }));
  }
  return [...differences, ...permissionDifferences(form.permissions, plan.permissions, labelOf)];
}

function permissionDifferences(onForm: FormPermission[], planned: PermissionGrant[], labelOf: LabelOf): string[] {
  const shown = new Map(onForm.map((row) => [row.label.toLowerCase(), row]));
  const plannedLabels = new Set<string>();
  const differences: string[] = [];
  for (const grant of planned) {
    const label = labelOf(grant.key);
    plannedLabels.add(label.toLowerCase());
    const row = shown.get(label.toLowerCase());
    if (!row && grant.key !== 'metadata') differences.push(i18n.t('fgAssist.missing', { permission: label, access: accessWords(grant.access) }));
    else if (row && row.access !== grant.access) {
      differences.push(i18n.t('fgAssist.access', { permission: label, actual: accessWords(row.access), planned: accessWords(grant.access) }));
    }
  }
  for (const row of onForm) {
    if (!plannedLabels.has(row.label.toLowerCase()) && row.label.toLowerCase() !== 'metadata') {
      differences.push(i18n.t('fgAssist.extra', { permission: row.label, access: accessWords(row.access) }));
    }
  }
  return differences;
}

function expirationWords(value: string): string {
  return value === 'none' ? i18n.t('fgAssist.none') : /^\d+$/.test(value) ? i18n.t('fgAssist.days', { days: value }) : value;
}
