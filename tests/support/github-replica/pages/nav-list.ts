/** Primer nav-list rows for the two settings sidebars (UI reference §3, §4, §11.2, §11.3). */
export interface NavLink {
  href: string;
  label: string;
  icon?: string;
  /** data-item-id, by which nav-list finds the current item (the developer sidebar's group rows [M]). */
  itemId?: string;
}

export interface NavOptions {
  current: string;
  /** data-turbo-frame="settings-frame", as on the personal settings sidebar. */
  frame?: boolean;
  subItem?: boolean;
}

export function navItem(link: NavLink, options: NavOptions): string {
  const current = link.href === options.current;
  const itemClass = ['ActionListItem', options.subItem && 'ActionListItem--subItem', current && 'ActionListItem--navActive']
    .filter(Boolean).join(' ');
  const attributes = [
    options.frame ? ' data-turbo-frame="settings-frame"' : '',
    current ? ' aria-current="page"' : '',
  ].join('');
  const visual = link.icon
    ? `<span class="ActionListItem-visual ActionListItem-visual--leading"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-${link.icon}"></svg></span>`
    : '';
  const itemId = link.itemId ? ` data-item-id="${link.itemId}"` : '';
  return `<li${itemId} data-view-component="true" class="${itemClass}"><a class="ActionListContent ActionListContent--visual16" href="${link.href}"${attributes} data-view-component="true">${visual}<span data-view-component="true" class="ActionListItem-label">${link.label}</span></a></li>`;
}

export const DIVIDER = '<li role="presentation" aria-hidden="true" data-view-component="true" class="ActionList-sectionDivider"></li>';

/** A titled group of the personal settings sidebar ("Access", "Integrations", …); the title sits in
 *  .ActionList-sectionDivider, where Primer ViewComponents' CSS sets it small and muted [I]. */
export function navGroup(title: string, links: NavLink[], options: NavOptions): string {
  const id = `group-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return `${DIVIDER}
<li class="ActionListItem"><nav-list-group><div class="ActionList-sectionDivider"><h2 id="${id}" class="ActionList-sectionDivider-title">${title}</h2></div>
<ul role="list" aria-labelledby="${id}" data-view-component="true" class="ActionListWrap--subGroup ActionListWrap">
${links.map((link) => navItem(link, options)).join('\n')}
</ul></nav-list-group></li>`;
}
