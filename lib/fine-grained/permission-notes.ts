import { i18n } from '#i18n';
import type { FormPermission } from '../github/fine-grained-form';
import type { PermissionGroup } from '../github/permission-keys';
import { explainGrant, PERMISSIONS, type PermissionInfo } from '../github/permissions';
import { accessWords } from './differences';

/**
 * The catalogue's entry for a permission the form shows by its label. Labels repeat across tabs
 * ("Administration" for repositories and organizations): the tab's group decides, else the first.
 */
export function permissionByLabel(label: string, group?: PermissionGroup): PermissionInfo | undefined {
  const named = PERMISSIONS.filter((info) => info.label.toLowerCase() === label.toLowerCase());
  return named.find((info) => info.group === group) ?? named[0];
}

/**
 * One line per permission on the form, explained by the catalogue (read vs read and write), with a warning
 * for the flagged ones (administration, secrets, workflows, …); a label the catalogue lacks gets its access only.
 */
export function explainFormPermissions(permissions: FormPermission[]): string[] {
  return permissions.map(({ label, access }) => {
    const info = permissionByLabel(label);
    if (!info) return i18n.t('fgAssist.permission', { permission: label, access: accessWords(access) });
    const explanation = explainGrant({ key: info.key, access });
    return info.flagged ? i18n.t('fgAssist.flagged', { explanation, reason: info.flagReason }) : explanation;
  });
}
