import type { Access } from '../../../../lib/github/permission-keys';
import { DEFAULT_EXPIRATION, isExpirationValue } from '../expiration';
import type { CreatedFineGrainedToken } from '../options';
import type { ReplicaState } from '../state';
import { findPermission, offeredLevel } from './permission-catalogue';

/** What the fine-grained form holds, rendered from a template URL or re-rendered after a refused POST. */
export type FineGrainedFormValues = Omit<CreatedFineGrainedToken, 'token' | 'permissions'> & {
  /** A preset ("7", "30", "60", "90", "none") or "custom" with `customDate`. */
  expiration: string;
  customDate: string;
  permissions: Record<string, Access>;
};

export const INSTALL_TARGETS = ['none', 'all', 'selected'] as const;
/** The field names the form posts [I: GitHub's names for permissions and repositories were never captured]. */
export const PERMISSION_FIELD = /^user_programmatic_access\[permissions\]\[(\w+)\]$/;
export const permissionField = (key: string) => `user_programmatic_access[permissions][${key}]`;

export interface ResourceOwner {
  login: string;
  type: 'user' | 'organization';
}

export function ownersOf(state: ReplicaState): ResourceOwner[] {
  return [{ login: state.site.login, type: 'user' }, ...state.options.organizations.map((login) => ({ login, type: 'organization' as const }))];
}

const isOrganization = (state: ReplicaState, login: string) => state.options.organizations.includes(login);

/** The user's repositories with the ids the picker posts. */
export function repositoriesOf(state: ReplicaState): Array<{ id: number; name: string }> {
  return state.options.repositories.map((name, index) => ({ id: 3001 + index, name }));
}

export function emptyFineGrainedForm(state: ReplicaState): FineGrainedFormValues {
  return {
    name: '', description: '', targetName: state.site.login, expiration: DEFAULT_EXPIRATION, customDate: '',
    installTarget: 'none', repositories: [], permissions: {},
  };
}

/**
 * The permissions the form can hold for the asked ones: known keys only, organization permissions only for an
 * organization owner, each at a level its menu offers; metadata read-only once any repository permission is there
 * ("Read access required to use other repository permissions.").
 */
function grantable(state: ReplicaState, targetName: string, asked: Array<[string, string]>): Record<string, Access> {
  const permissions: Record<string, Access> = {};
  for (const [key, level] of asked) {
    const permission = findPermission(key);
    if (!permission || (permission.group === 'organization' && !isOrganization(state, targetName))) continue;
    const offered = offeredLevel(permission, level);
    if (offered) permissions[key] = offered;
  }
  if (Object.keys(permissions).some((key) => findPermission(key)?.group === 'repository')) permissions.metadata = 'read';
  return permissions;
}

function isoDayIn(days: number, now: Date): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** `expires_in`: a preset day count as that preset, other days 1–366 as a custom date, `none`; else the default. */
function expiresIn(value: string | null, now: Date): Pick<FineGrainedFormValues, 'expiration' | 'customDate'> {
  if (value === 'none' || (value !== 'custom' && isExpirationValue(value ?? undefined))) return { expiration: value!, customDate: '' };
  const days = /^\d{1,3}$/.test(value ?? '') ? Number(value) : 0;
  if (days >= 1 && days <= 366) return { expiration: 'custom', customDate: isoDayIn(days, now) };
  return { expiration: DEFAULT_EXPIRATION, customDate: '' };
}

/**
 * GitHub's template URL (UI reference §9.2): name, description, target_name, expires_in, <permission>=read|write|admin.
 * Parameters listed in the `fineGrainedIgnoredParams` option are dropped first, as when GitHub broke the feature.
 */
export function prefillFineGrained(state: ReplicaState, url: URL): FineGrainedFormValues {
  const params = new URLSearchParams(url.search);
  for (const ignored of state.options.fineGrainedIgnoredParams) params.delete(ignored);
  const values = emptyFineGrainedForm(state);
  const target = params.get('target_name');
  const targetName = target && ownersOf(state).some((owner) => owner.login === target) ? target : values.targetName;
  return {
    ...values,
    name: (params.get('name') ?? '').slice(0, 40),
    description: (params.get('description') ?? '').slice(0, 1024),
    targetName,
    ...expiresIn(params.get('expires_in'), state.now()),
    permissions: grantable(state, targetName, [...params.entries()]),
  };
}

/** The fields as the form posts them. */
export function readFineGrainedForm(state: ReplicaState, form: URLSearchParams): FineGrainedFormValues {
  const expiration = form.get('user_programmatic_access[default_expires_at]') ?? undefined;
  const target = form.get('target_name') ?? '';
  const targetName = ownersOf(state).some((owner) => owner.login === target) ? target : state.site.login;
  const installTarget = INSTALL_TARGETS.find((value) => value === form.get('install_target')) ?? 'none';
  const ids = form.getAll('repository_ids[]');
  const asked = [...form.entries()].flatMap(([field, level]): Array<[string, string]> => {
    const key = PERMISSION_FIELD.exec(field)?.[1];
    return key ? [[key, level]] : [];
  });
  return {
    name: form.get('user_programmatic_access[name]') ?? '',
    description: form.get('user_programmatic_access[description]') ?? '',
    targetName,
    expiration: isExpirationValue(expiration) ? expiration : DEFAULT_EXPIRATION,
    customDate: form.get('user_programmatic_access[custom_expires_at]') ?? '',
    installTarget,
    repositories: installTarget === 'selected' ? repositoriesOf(state).filter((repo) => ids.includes(String(repo.id))).map((repo) => repo.name) : [],
    permissions: grantable(state, targetName, asked),
  };
}
