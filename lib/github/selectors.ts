/**
 * Every selector that names GitHub's own markup (its ids, classes and attributes) in one place;
 * plain HTML structure such as `h1` or `:scope > summary` stays where it is used, and
 * tests/unit/conventions.test.ts holds the line between the two. Each alternative says what it targets
 * and when it was seen (see the project's GitHub UI reference for sources). Stable hooks
 * come first: href, Rails form ids/names, ARIA; hashed CSS-module classes only as prefixes.
 */

/** Avatar button that opens the user menu, newest generation first. */
export const USER_MENU_BUTTONS = [
  // 2026 global nav: no aria-label; name comes from an aria-labelledby tooltip.
  '[class*="GlobalNavUserMenu-module__container"] button[aria-haspopup="menu"]',
  // 2024–25 React drawer and late-2023 AppHeader side panel.
  '.AppHeader-user button',
  'button[aria-label*="user navigation" i]',
  'button[aria-label*="user account menu" i]',
  // 2018–2023 <details> menu.
  'summary[aria-label="View profile and more"]',
  // ≤2018 header-nav dropdown.
  'a.js-menu-target[aria-label="View profile and more"]',
].join(', ');

/** Accessible names the avatar button has had; used to reject other menu buttons in the same container. */
export const USER_MENU_NAME = /open user (navigation|account) menu|view profile and more/i;

/** The Settings item; `/settings/profile` in every header generation. */
export const SETTINGS_ITEM = 'a[href="/settings/profile"]';

/** Containers an open user menu renders into (V1–V5); a Settings link elsewhere is not the menu item. */
export const USER_MENU_CONTAINERS = [
  '[role="menu"]', // V2 details-menu, V5 ActionMenu
  '[role="dialog"]', // V3 side panel, V4 drawer in #__primerPortalRoot__
  'details-menu',
  'nav[aria-label="User navigation"]', // V3 list
  '.dropdown-menu', // V1
].join(', ');

/** Developer settings: last item of the settings sidebar (2018 → 2026). */
export const DEVELOPER_SETTINGS_LINK = 'a[href="/settings/apps"]';
export const DEVELOPER_SETTINGS_TEXT = /developer settings/i;
/** 2026 header breadcrumbs also link to /settings/apps ("Developer Settings"); the sidebar is the taught path. */
export const HEADER_AREAS = 'header, nav[aria-label="Breadcrumbs"]';

/** "Personal access tokens" group toggle in the developer settings sidebar (nav-list, 2023 →). */
export const PAT_GROUP_TOGGLE = 'li.ActionListItem--hasSubItem > button[aria-expanded]';
export const PAT_GROUP_TEXT = /personal access tokens/i;

/** "Tokens (classic)" link; the exact href excludes the fine-grained `/settings/personal-access-tokens`. */
export const TOKENS_CLASSIC_LINK = 'a[href="/settings/tokens"]';
export const TOKENS_CLASSIC_TEXT = /tokens \(classic\)/i;

/** The "Generate new token" dropdown on /settings/tokens (details + summary, 2021 → 2025). */
export const GENERATE_MENU_DETAILS = 'details';
export const GENERATE_MENU_TEXT = /^\s*generate new token\s*$/i;
/** Its classic item; also present in the DOM while the dropdown is closed. */
export const CLASSIC_ITEM = 'a[href$="/settings/tokens/new"]';

/** Listed token notes on /settings/tokens (2019 → 2026). */
export const TOKEN_NOTES = '.access-token .token-description';

/** The new-token form and its Rails fields (2019 → 2026). */
export const TOKEN_FORM = 'form#new_oauth_access';
export const TOKEN_FORM_FALLBACK = 'form[action$="/settings/tokens"]';
export const NOTE_INPUT = '#oauth_access_description, input[name="oauth_access[description]"]';
export const SCOPE_CHECKBOX = 'input[type="checkbox"][name="oauth_access[scopes][]"]';
export const EXPIRATION_VALUE = '[name="oauth_access[default_expires_at]"]';

/** The custom expiry date, present once "Custom..." is chosen (POST field name, §6.3). */
export const CUSTOM_EXPIRATION_INPUT = '[name="oauth_access[custom_expires_at]"]';

/**
 * 2025–26 Primer action-menu: opener button and its radio items. The form assistant clicks the items, so
 * they are matched as `type="button"` only: a button without a type, or any submit control, submits the form.
 */
export const EXPIRATION_MENU_OPENER = '.js-new-default-token-expiration-select button[aria-haspopup]';
export const EXPIRATION_MENU_ITEM = '.js-new-default-token-expiration-item button[type="button"][data-value]';
/** ≈2021–24 native select. */
export const EXPIRATION_SELECT = 'select.js-default-token-expiration-select, select[name="oauth_access[default_expires_at]"]';
export const EXPIRATION_CONTAINER = '#token-expiration, .js-new-default-token-expiration-select';
export const SUBMIT_TEXT = /^\s*generate token\s*$/i;

/** Validation flash when GitHub re-renders the form (2024 → 2026). */
export const FLASH_ERROR = '.flash-error, .flash.flash-error';

/** Result page: the token shown once and GitHub's copy button (2019 → 2026). */
export const NEW_TOKEN = '#new-oauth-token';
export const COPY_BUTTON = 'clipboard-copy[for="new-oauth-token"], clipboard-copy[aria-label="Copy token"]';

/** Sudo "Confirm access" page; `sudo-credential-options` alone also appears on the login 2FA page. */
export const SUDO_CONTAINER = '#sudo';
export const SUDO_HEADING = /confirm access/i;


/** /settings/emails: the control that (re)sends a verification mail; markup inferred, matched by text. */
export const VERIFY_EMAIL_CONTROLS = 'button, a, input[type="submit"]';
export const VERIFY_EMAIL_TEXT = /resend verification|verify (e-?mail|address)/i;

/** GitHub's refusal when the primary address is unverified (wording inferred). */
export const UNVERIFIED_ERROR_TEXT = /verif(y|ied).*e-?mail|e-?mail.*verif/i;

/**
 * After the token (github-ui.md §15, §16). The SSO and regenerate markup was never captured: match controls by
 * accessible name inside a token row or form, never by the classes a replica happens to use.
 */
/** A token row on /settings/tokens: `div#access-token-<id>.access-token[data-id]` (2019 → 2026). */
export const TOKEN_ROW = '.access-token[data-id]';
/** Inside a token row: its link to the token's own page `/settings/tokens/<id>` (the note, 2024); row-scoped only. */
export const TOKEN_PAGE_LINK = '.token-description[href], a[href^="/settings/tokens/"]';
/** Row controls that may open the SSO menu or act in it: a summary, button or link. */
export const SSO_CONTROLS = 'summary, button, a[href]';
/** "Configure SSO" in a token row (docs); "Enable SSO" before 2021. */
export const SSO_MENU_TEXT = /^\s*(configure|enable) sso\s*$/i;
/** The list the open "Configure SSO" menu shows (a details-menu or a Primer menu, both role="menu"). */
export const SSO_MENU_LIST = '[role="menu"]';
/** Per organization in that menu, under "Single sign-on organizations"; "Deauthorize" once authorized. */
export const SSO_AUTHORIZE_TEXT = /^\s*authorize\s*$/i;
export const SSO_DEAUTHORIZE_TEXT = /^\s*deauthorize\s*$/i;
/** GitHub's SSO page for an organization, as the X-GitHub-SSO header names it: `/orgs/<org>/sso?authorization_request=…`. */
export const SSO_PAGE_PATH = /^\/orgs\/[^/]+\/sso$/;
/** "Regenerate token": a control on the token's page, the submit of the regenerate form (2024 → 2026). */
export const REGENERATE_TEXT = /^\s*regenerate token\s*$/i;
/** The regenerate form posts to `/settings/tokens/<id>/regenerate`; its id was never seen. */
export const REGENERATE_FORM = 'form[action*="/settings/tokens/"][action$="/regenerate"]';
/** Controls that may read "Regenerate token" on a token's page: a link (2024) or a button. */
export const REGENERATE_CONTROLS = 'a[href], button';
/** The token's note as the regenerate form shows it (read-only; markup [I]). */
export const REGENERATE_NOTE = '.token-description';

/*
 * Fine-grained personal access tokens (github-ui.md §17, §14, §6): ids and names where automation of the live
 * site saw them (2025–26), accessible names where the markup was never captured.
 */

/** The sidebar's "Fine-grained tokens" item (2024: the beta link; newer: its own page). */
export const FG_TOKENS_LINK = 'a[href$="/settings/personal-access-tokens"], a[href$="/settings/tokens?type=beta"]';
export const FG_TOKENS_TEXT = /fine-grained tokens/i;
/** The fine-grained list (and its older beta address). */
export const FG_LIST_PATH = /^\/settings\/personal-access-tokens\/?$/;
export const FG_BETA_LIST_SEARCH = /[?&]type=beta(&|$)/;
/** "Generate new token" on the fine-grained list, and the classic list's menu item "Fine-grained, repo-scoped". */
export const FG_NEW_TOKEN_LINK = 'a[href$="/settings/personal-access-tokens/new"]';
/** The new-token form and its fields. */
export const FG_FORM = 'form#new_user_programmatic_access';
export const FG_FORM_FALLBACK = 'form[action$="/settings/personal-access-tokens"]';
export const FG_NAME_INPUT = '#user_programmatic_access_name, input[name="user_programmatic_access[name]"]';
export const FG_DESCRIPTION_INPUT = '#user_programmatic_access_description, textarea[name="user_programmatic_access[description]"]';
export const FG_OWNER_BUTTON = '#resource-owner-select-panel-button';
export const FG_OWNER_VALUE = 'input[name="target_name"]';
/** The expiration: the classic form's action-menu (EXPIRATION_MENU_*) with the form's own field names. */
export const FG_EXPIRATION_VALUE = '[name="user_programmatic_access[default_expires_at]"]';
export const FG_CUSTOM_EXPIRATION_INPUT = '#user_programmatic_access_custom_expires_at, [name="user_programmatic_access[custom_expires_at]"]';
/** Repository access radios: none (public, read-only), all, selected (with its picker). */
export const FG_REPOSITORY_ACCESS = 'input[type="radio"][name="install_target"]';
export const FG_REPOSITORY_ACCESS_SELECTED = '#install_target_selected';
export const FG_REPOSITORY_PICKER = '#repository-menu-list-button';
/** Repositories picked in the picker: the ids the form posts. */
export const FG_SELECTED_REPOSITORIES = 'input[name="repository_ids[]"]';
/** The permission picker (2025-08 redesign): tabs, its "Add permissions" buttons, each added row's "Access:" button. */
export const FG_PERMISSION_TABS = '[role="tab"]';
export const FG_ADD_PERMISSIONS_TEXT = /^\s*add permissions\s*$/i;
export const FG_ACCESS_BUTTON_TEXT = /^\s*access:/i;
export const FG_BUTTONS = 'button';
/** An added permission's row: the nearest list item around its "Access:" button. */
export const FG_PERMISSION_ROW = 'li, [role="listitem"], tr';
/** The label inside an added permission's row (the picker's markup was never captured: any label-like element). */
export const FG_PERMISSION_LABEL = 'strong, b, label, h3, h4, h5, h6';
/** A row's controls and their menus: the row's label is its text without them. */
export const FG_ROW_CONTROLS = 'button, [role="menu"], [popover]';
/** "Generate token": the form's (opens the overlay) and the overlay's own, at the end of <body>, not role=dialog. */
export const FG_GENERATE_TEXT = /^\s*generate token\s*$/i;
export const FG_OVERLAY_TEXT = /new personal access token/i;
/** The result: the new token (an input's value, never read) and GitHub's copy button for it. */
export const FG_NEW_TOKEN = '#new-access-token';
export const FG_COPY_BUTTON = 'clipboard-copy[for="new-access-token"], button[aria-label*="copy" i], clipboard-copy[aria-label*="copy" i]';
export const FG_TOKEN_LINK = 'a[href*="/settings/personal-access-tokens/"]';
export const FG_TOKEN_PATH = /\/settings\/personal-access-tokens\/(\d{1,20})\/?$/;
/**
 * A fine-grained token's regenerate form posts to `/settings/personal-access-tokens/<id>/regenerate` (github-ui.md
 * §17, the classic REGENERATE_FORM's counterpart); its markup beyond that is inferred.
 */
export const FG_REGENERATE_FORM = 'form[action*="/settings/personal-access-tokens/"][action$="/regenerate"]';
