import type { ReplicaState } from '../state';
import { navItem } from './nav-list';

const GROUP_PAGES = ['/settings/personal-access-tokens', '/settings/tokens', '/settings/tokens/new'];

/**
 * The "Personal access tokens" group as captured (UI reference §4, §11.3, §14 [M]): Primer ViewComponents'
 * nav-list expands and collapses it through the button's data-action; collapsed, PVC's CSS hides the sub-list
 * after [aria-expanded=false] and nav-list marks it data-hidden. A page inside the group always renders it
 * expanded, as GitHub opens the group of the current page; `patGroup` decides it everywhere else.
 */
function tokensGroup(state: ReplicaState, current: string): string {
  const expanded = state.options.patGroup === 'expanded' || GROUP_PAGES.includes(current);
  const options = { current, subItem: true };
  const items = [navItem({ href: '/settings/personal-access-tokens', label: 'Fine-grained tokens', itemId: 'access_tokens' }, options)];
  if (!state.options.missing.includes('tokens-classic')) items.push(navItem({ href: '/settings/tokens', label: 'Tokens (classic)', itemId: 'oauth_tokens' }, options));
  return `<li data-view-component="true" class="ActionListItem ActionListItem--hasSubItem">
  <button id="personal-access-tokens-menu-item" aria-expanded="${expanded}" data-action="click:nav-list#handleItemWithSubItemClick keydown:nav-list#handleItemWithSubItemKeydown" type="button" data-view-component="true" class="ActionListContent ActionListContent--visual16">
    <span class="ActionListItem-visual ActionListItem-visual--leading"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-key"></svg></span>
    <span data-view-component="true" class="ActionListItem-label">Personal access tokens</span>
    <span class="ActionListItem-action ActionListItem-action--trailing"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-chevron-down ActionListItem-collapseIcon"></svg></span>
  </button>
  <ul role="list" aria-labelledby="personal-access-tokens-menu-item"${expanded ? '' : ' data-hidden'} data-view-component="true" class="ActionList ActionList--subGroup">
    ${items.join('\n    ')}
  </ul>
</li>`;
}

export function renderDeveloperSidebar(state: ReplicaState, current: string): string {
  return [
    navItem({ href: '/settings/apps', label: 'GitHub Apps', icon: 'apps' }, { current }),
    navItem({ href: '/settings/developers', label: 'OAuth Apps', icon: 'person' }, { current }),
    tokensGroup(state, current),
  ].join('\n');
}
