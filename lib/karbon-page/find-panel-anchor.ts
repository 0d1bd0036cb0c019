/** Where the panel goes: the element it is placed against, and how. */
export interface PanelPlacement {
  anchor: Element;
  /** `last`: appended inside the anchor; `after`: inserted right after it. */
  position: 'last' | 'after';
}

// Karbon shows its own "Xero Client" block at the bottom of a contact's Details sections (shared/reference/karbon-ui.md
// §5), so on the Details tab the panel is the last section. On the other tabs (Timeline, Work) it sits right under the
// contact's header, so staff see the sync status wherever they are. No public source gives Karbon's contact-page
// selectors; the work-item names are used by analogy, and the app's main area is the last resort.
const DETAILS_SELECTORS = ['.contact-details', '[data-test="contact-details"]'];
const HEADER_SELECTORS = ['.contact-hero-panel', '.work-item-hero-panel'];
const FALLBACK_SELECTORS = ['main > div', 'main'];

/** Finds where the panel belongs on a Karbon contact page, or undefined while the page has not rendered. */
export function findPanelPlacement(root: ParentNode): PanelPlacement | undefined {
  const details = first(root, DETAILS_SELECTORS);
  if (details) return { anchor: details, position: 'last' };
  const header = first(root, HEADER_SELECTORS);
  if (header) return { anchor: header, position: 'after' };
  const fallback = first(root, FALLBACK_SELECTORS);
  return fallback && { anchor: fallback, position: 'last' };
}

function first(root: ParentNode, selectors: string[]): Element | undefined {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}

/** True when `host` already sits where `placement` says. */
export function isPlaced(host: Element, placement: PanelPlacement): boolean {
  return placement.position === 'last'
    ? host.parentElement === placement.anchor
    : host.previousElementSibling === placement.anchor;
}
