// Karbon shows its own "Xero Client" block at the bottom of a contact's Details sections (shared/reference/karbon-ui.md
// §5), so the panel goes there. No public source gives Karbon's contact-page selectors; these are tried in order and
// the app's main area is the fallback, so the panel still shows if Karbon renames its containers.
const ANCHOR_SELECTORS = ['.contact-details', '[data-test="contact-details"]', 'main > div', 'main'];

/** The element the panel is appended to on a Karbon contact page, or undefined while the page has not rendered. */
export function findPanelAnchor(root: ParentNode): Element | undefined {
  for (const selector of ANCHOR_SELECTORS) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}
