import type { ReplicaState } from '../state';
import { renderFixture } from '../templates';
import { renderDocument, type Route } from './layout';
import { renderSettingsSidebar } from './settings-sidebar';

// Titles and route metas of these pages are [I]; only the token pages' were captured (UI reference §1.1).
const PROFILE_ROUTE: Route = { pattern: '/settings/profile(.:format)', controller: 'settings/profiles', action: 'show' };
const EMAILS_ROUTE: Route = { pattern: '/settings/emails(.:format)', controller: 'settings/emails', action: 'index' };
const emailOf = (state: ReplicaState) => `${state.site.login}@example.com`;

function settingsPage(state: ReplicaState, path: string, title: string, route: Route, content: string, flash?: string): string {
  const main = renderFixture('pages/settings-layout.html', {
    login: state.site.login,
    items: renderSettingsSidebar(state, path),
    content,
  });
  return renderDocument(state, { title, route, area: 'settings', main, flash });
}

export function profilePage(state: ReplicaState): string {
  return settingsPage(state, '/settings/profile', 'Your Profile', PROFILE_ROUTE, renderFixture('pages/profile.html', { login: state.site.login }));
}

export function emailsPage(state: ReplicaState, flash?: string): string {
  const verified = state.options.emailVerified;
  const content = renderFixture('pages/emails.html', { login: state.site.login, email: emailOf(state) }, { verified, unverified: !verified });
  return settingsPage(state, '/settings/emails', 'Email settings', EMAILS_ROUTE, content, flash);
}

export function resendNotice(state: ReplicaState): string {
  return `We sent a verification email to ${emailOf(state)}. Please follow the instructions in it.`;
}
