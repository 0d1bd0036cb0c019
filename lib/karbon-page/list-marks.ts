import type { LinkMark } from '../background/link-marks';

// A link to one contact's page: `#/contacts/<key>` or `#/organizations/<key>` (a redesign may move it to data-href).
const RECORD_HREF = /#\/(?:contacts|organizations)\/([A-Za-z0-9_-]{1,64})\/?$/;
const LINKS =
  'a[href*="#/contacts/"],a[href*="#/organizations/"],[data-href*="#/contacts/"],[data-href*="#/organizations/"]';
const MARK = 'data-kxs-mark';
// Karbon's list page: `#/contacts`, with or without a query (the view and the search).
const LIST_HASH = /^#\/contacts\/?(?:\?.*)?$/;

const LOOKS: Record<LinkMark, [string, string]> = {
  linked: ['Linked with Xero', 'background:#1a7f37'],
  review: ['Xero match to review in the extension', 'background:#bf8700'],
  conflict: ['Values differ from Xero: a conflict to resolve', 'background:#cf222e'],
  stopped: ['Syncing with Xero stopped', 'background:#8c959f'],
  none: ['Not linked with Xero', 'border:1.5px solid #8c959f'],
};

/** True when the page's hash shows Karbon's contact list. */
export const onContactList = (hash: string): boolean => LIST_HASH.test(hash);

/** The contact list's rows under `root`: the element carrying each record link, with the record's Karbon key. */
export function listedContacts(root: ParentNode): { row: Element; key: string }[] {
  return [...root.querySelectorAll(LINKS)].flatMap((row) => {
    const key = RECORD_HREF.exec(row.getAttribute('href') ?? row.getAttribute('data-href') ?? '')?.[1];
    return key ? [{ row, key }] : [];
  });
}

// The row's name: its first element with text of its own longer than an avatar's initial, else the row itself.
function nameOf(row: Element): Element {
  for (const el of row.querySelectorAll('*')) {
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '');
    if (own.join('').trim().length > 1) return el;
  }
  return row;
}

/** Puts (or updates) the small mark before a row's name: a dot coloured by state, named for screen readers. */
export function applyMark(row: Element, mark: LinkMark): void {
  let el = row.querySelector(`[${MARK}]`);
  if (el?.getAttribute(MARK) === mark) return;
  if (!el) {
    el = row.ownerDocument.createElement('span');
    nameOf(row).prepend(el);
  }
  const [words, look] = LOOKS[mark];
  el.setAttribute(MARK, mark);
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', words);
  el.setAttribute('title', words);
  el.setAttribute(
    'style',
    `display:inline-block;box-sizing:border-box;width:8px;height:8px;border-radius:50%;margin-right:6px;vertical-align:middle;${look}`,
  );
}

/** Removes every mark under `root` (the extension was reloaded or left the list). */
export function removeMarks(root: ParentNode): void {
  for (const el of root.querySelectorAll(`[${MARK}]`)) el.remove();
}

/**
 * Marks the listed contacts with what the background's database knows: one request for the keys not asked yet, and
 * again for all of them after a change notice. Rows Karbon re-renders are marked again from what is known.
 */
export function createListMarks(root: ParentNode, ask: (keys: string[]) => Promise<Record<string, LinkMark>>) {
  const known = new Map<string, LinkMark>();
  const asked = new Set<string>();
  let asking = false;

  async function update(): Promise<void> {
    const rows = listedContacts(root);
    for (const { row, key } of rows) {
      const mark = known.get(key);
      if (mark) applyMark(row, mark);
    }
    const missing = [...new Set(rows.map((r) => r.key))].filter((k) => !asked.has(k)).slice(0, 500);
    if (asking || missing.length === 0) return;
    asking = true;
    for (const key of missing) asked.add(key);
    try {
      const marks = await ask(missing);
      for (const key of missing) {
        const mark = marks[key];
        if (mark) known.set(key, mark);
      }
    } catch {
      // No answer (the extension is reloading): the marks are a hint, and the next change asks again.
      for (const key of missing) asked.delete(key);
      return;
    } finally {
      asking = false;
    }
    await update();
  }

  return {
    update,
    /** Forgets what is known (a change notice), so the next update asks again. */
    forget(): void {
      asked.clear();
    },
  };
}
