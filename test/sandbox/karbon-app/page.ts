// The HTML shell of the Karbon-style page: Main Menu on the left, header with the global "+", and #main-container,
// which app.js re-renders on every hash change (reference karbon-ui.md §1, §8).

const MENU = ['Triage', 'My Week', 'Work', 'Contacts', 'Low Priority', 'Insights', 'Time'];

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

/** The page's structures: the same data as the standard markup, a redesign (alt), or divs only (bare); see client/app.js. */
export const KARBON_MARKUPS = ['standard', 'alt', 'bare'] as const;
export type KarbonMarkup = (typeof KARBON_MARKUPS)[number];

export function pageHtml(
  firmPath: string,
  firmName: string,
  userName: string,
  markup: KarbonMarkup = 'standard',
): string {
  const menu = MENU.map((item) => {
    const id = item.toLowerCase().replace(/\s+/g, '-');
    const href = id === 'contacts' ? '#/contacts' : `#/${id}`;
    return `<li><a href="${href}" data-menu="${id}">${item}</a></li>`;
  }).join('');
  return `<!doctype html>
<html lang="en" class="karbon-app">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Contacts | Karbon</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${firmPath}/assets/app.css">
</head>
<body>
<div id="app-shell" class="app-shell">
  <nav class="main-menu" aria-label="Main Menu">
    <div class="main-menu__brand">${escapeHtml(firmName)}</div>
    <ul class="main-menu__items">${menu}</ul>
    <ul class="main-menu__footer">
      <li><a href="#/settings" data-menu="settings">Settings</a></li>
      <li><a href="#/help" data-menu="help">Help &amp; Feedback</a></li>
      <li><a href="#/profile" data-menu="profile">${escapeHtml(userName)}</a></li>
    </ul>
  </nav>
  <aside class="app-aside"></aside>
  <main class="app-main">
    <header class="app-header">
      <input class="app-header__search" type="search" placeholder="Search Karbon" aria-label="Search Karbon">
      <div class="global-add-wrap">
        <button type="button" class="global-add" aria-label="Add" title="Add">+</button>
        <ul class="global-add__menu" hidden>
          <li><button type="button" data-add="note">Note</button></li>
          <li><button type="button" data-add="contact">Contact</button></li>
          <li><button type="button" data-add="work">Work</button></li>
        </ul>
      </div>
    </header>
    <div id="main-container" data-session="${firmPath}/session" data-markup="${markup}"></div>
  </main>
</div>
<button type="button" class="help-launcher" aria-label="Help &amp; Feedback" title="Help &amp; Feedback">?</button>
<div id="modal-overlays"></div>
<script type="module" src="${firmPath}/assets/app.js"></script>
</body>
</html>
`;
}
