import type { ReplicaState } from '../state';
import { DIVIDER, navGroup, navItem, type NavLink } from './nav-list';

/** The personal settings sidebar of 2024–26 [I: items]; "Developer settings" is last, after a divider [M-copy]. */
const TOP: NavLink[] = [
  { href: '/settings/profile', label: 'Public profile', icon: 'person' },
  { href: '/settings/admin', label: 'Account', icon: 'gear' },
  { href: '/settings/appearance', label: 'Appearance', icon: 'paintbrush' },
  { href: '/settings/accessibility', label: 'Accessibility', icon: 'accessibility' },
  { href: '/settings/notifications', label: 'Notifications', icon: 'bell' },
];

const GROUPS: Array<[string, NavLink[]]> = [
  ['Access', [
    { href: '/settings/billing', label: 'Billing and licensing', icon: 'credit-card' },
    { href: '/settings/emails', label: 'Emails', icon: 'mail' },
    { href: '/settings/security', label: 'Password and authentication', icon: 'shield-lock' },
    { href: '/settings/sessions', label: 'Sessions', icon: 'broadcast' },
    { href: '/settings/keys', label: 'SSH and GPG keys', icon: 'key' },
    { href: '/settings/organizations', label: 'Organizations', icon: 'organization' },
    { href: '/settings/enterprises', label: 'Enterprises', icon: 'globe' },
    { href: '/settings/blocked_users', label: 'Moderation', icon: 'report' },
  ]],
  ['Code, planning, and automation', [
    { href: '/settings/repositories', label: 'Repositories', icon: 'repo' },
    { href: '/settings/codespaces', label: 'Codespaces', icon: 'codespaces' },
    { href: '/settings/packages', label: 'Packages', icon: 'package' },
    { href: '/settings/copilot', label: 'Copilot', icon: 'copilot' },
    { href: '/settings/pages', label: 'Pages', icon: 'browser' },
    { href: '/settings/replies', label: 'Saved replies', icon: 'reply' },
  ]],
  ['Security', [{ href: '/settings/security_analysis', label: 'Code security', icon: 'shield' }]],
  ['Integrations', [
    { href: '/settings/installations', label: 'Applications', icon: 'apps' },
    { href: '/settings/reminders', label: 'Scheduled reminders', icon: 'clock' },
  ]],
  ['Archives', [
    { href: '/settings/security-log', label: 'Security log', icon: 'log' },
    { href: '/settings/sponsors-log', label: 'Sponsorship log', icon: 'log' },
  ]],
];

const DEVELOPER: NavLink = { href: '/settings/apps', label: 'Developer settings', icon: 'code' };

export function renderSettingsSidebar(state: ReplicaState, current: string): string {
  const options = { current, frame: true };
  const rows = [
    ...TOP.map((link) => navItem(link, options)),
    ...GROUPS.map(([title, links]) => navGroup(title, links, options)),
  ];
  if (!state.options.missing.includes('developer-settings')) rows.push(DIVIDER, navItem(DEVELOPER, options));
  return rows.join('\n');
}
