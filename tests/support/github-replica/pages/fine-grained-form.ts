import { FINE_GRAINED_PERMISSIONS } from '../fine-grained/permission-catalogue';
import { ownersOf, permissionField, repositoriesOf, type FineGrainedFormValues } from '../fine-grained/form-values';
import type { ReplicaState } from '../state';
import { escapeHtml, renderFixture } from '../templates';
import { renderDeveloperPage } from './developer';
import { actionMenuItems, renderActionMenu } from './action-menu';
import { renderExpiration } from './expiration-widgets';
import { FINE_GRAINED_LIST_PATH } from './fine-grained-list';
import type { Route } from './layout';

// Title and metas [I], following the list page's.
const NEW_ROUTE: Route = { pattern: '/settings/personal-access-tokens/new(.:format)', controller: 'settings/user_programmatic_access', action: 'new' };
const CREATE_ROUTE: Route = { pattern: '/settings/personal-access-tokens(.:format)', controller: 'settings/user_programmatic_access', action: 'create' };
export const FIELD = 'user_programmatic_access';

function ownerField(state: ReplicaState, values: FineGrainedFormValues): string {
  const choices = ownersOf(state).map((owner) => ({
    value: owner.login, label: owner.login, checked: owner.login === values.targetName, attributes: ` data-owner-type="${owner.type}"`,
  }));
  const menu = renderActionMenu({
    menu: 'resource-owner-select-panel', variant: 'single', label: escapeHtml(values.targetName),
    items: actionMenuItems('single', 'resource-owner', choices),
    inputs: `<input type="hidden" name="target_name" value="${escapeHtml(values.targetName)}" autocomplete="off">`,
    menuAttributes: ' data-dynamic-label', buttonAttributes: ' aria-describedby="resource-owner-label resource-owner-note"',
  });
  return renderFixture('pages/fine-grained-owner.html', { menu }).trimEnd();
}

function repositoryAccess(state: ReplicaState, values: FineGrainedFormValues): string {
  const repositories = repositoriesOf(state);
  const picked = repositories.filter((repo) => values.repositories.includes(repo.name));
  const choices = repositories.map((repo) => ({ value: String(repo.id), label: `${state.site.login}/${repo.name}`, checked: picked.includes(repo) }));
  // action-menu learns the field's name from the first input, then keeps one per checked item.
  const inputs = picked.length > 0
    ? picked.map((repo) => `<input type="hidden" name="repository_ids[]" value="${repo.id}" autocomplete="off">`).join('')
    : '<input type="hidden" name="repository_ids[]" value="" autocomplete="off" disabled>';
  const check = (target: FineGrainedFormValues['installTarget']) => (values.installTarget === target ? ' checked' : '');
  return renderFixture('pages/fine-grained-repository-access.html', {
    noneChecked: check('none'), allChecked: check('all'), selectedChecked: check('selected'),
    pickerHidden: values.installTarget === 'selected' ? '' : ' hidden',
    menu: renderActionMenu({ menu: 'repository-menu-list', variant: 'multiple', label: 'Select repositories', items: actionMenuItems('multiple', 'repository', choices), inputs }),
    selectedNote: selectedNote(picked.length),
  }).trimEnd();
}

/** Also written by behaviour/fine-grained-form.js when the selection changes. */
function selectedNote(count: number): string {
  return count === 0 ? 'No repositories selected.' : `Selected ${count} ${count === 1 ? 'repository' : 'repositories'}.`;
}

/** The picker's props (react/permission-picker.jsx), as JSON safe inside <script>. */
function permissionProps(state: ReplicaState, values: FineGrainedFormValues): string {
  const owner = ownersOf(state).find((candidate) => candidate.login === values.targetName);
  const props = {
    permissions: FINE_GRAINED_PERMISSIONS,
    initial: values.permissions,
    ownerType: owner?.type ?? 'user',
    fieldName: permissionField('KEY'),
  };
  return JSON.stringify({ props }).replace(/</g, '\\u003c');
}

function formContent(state: ReplicaState, values: FineGrainedFormValues): string {
  return renderFixture('pages/fine-grained-form.html', {
    name: escapeHtml(values.name),
    description: escapeHtml(values.description),
    owner: ownerField(state, values),
    expiration: renderExpiration(state.options.expiration, values, state.now(), FIELD).trimEnd(),
    repositoryAccess: repositoryAccess(state, values),
    permissionProps: permissionProps(state, values),
  });
}

/** The new-token form; with `flash`, a refused POST re-rendered at /settings/personal-access-tokens (as §11.6). */
export function fineGrainedFormPage(state: ReplicaState, values: FineGrainedFormValues, flash?: string): string {
  return renderDeveloperPage(state, {
    title: 'New Fine-grained Personal Access Token',
    route: flash ? CREATE_ROUTE : NEW_ROUTE,
    content: formContent(state, values),
    current: FINE_GRAINED_LIST_PATH,
    flash,
    reactBundles: ['permission-picker'],
  });
}
