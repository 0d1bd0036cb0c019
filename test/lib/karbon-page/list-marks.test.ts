// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LinkMark } from '../../../lib/background/link-marks';
import {
  applyMark,
  createListMarks,
  listedContacts,
  onContactList,
  removeMarks,
} from '../../../lib/karbon-page/list-marks';

// Saved from the sandbox's Karbon-style contact list in Chromium (`?markup=standard|alt|bare`, first 10 rows).
function snapshot(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = readFileSync(resolve(import.meta.dirname, `snapshots/${markup}-list.html`), 'utf8');
  return root;
}

const marksOf = (root: ParentNode) =>
  [...root.querySelectorAll('[data-kxs-mark]')].map((m) => [
    m.parentElement?.textContent?.trim(),
    m.getAttribute('aria-label'),
  ]);

describe("the link-state marks in Karbon's contact list", () => {
  it.each(['standard', 'alt', 'bare'])(
    '%s markup: finds every listed record and marks it beside its name',
    async (markup) => {
      const root = snapshot(markup);
      const rows = listedContacts(root);
      expect(rows).toHaveLength(10);
      expect(rows[0]).toMatchObject({ key: '4G2iBlu9kpSk' });
      const asked: string[][] = [];
      const marks = createListMarks(root, async (keys) => {
        asked.push(keys);
        return Object.fromEntries(keys.map((k, i): [string, LinkMark] => [k, i === 0 ? 'linked' : 'none']));
      });
      await marks.update();
      expect(asked).toEqual([rows.map((r) => r.key)]);
      const shown = marksOf(root);
      expect(shown).toHaveLength(10);
      // The mark sits in the name's element, not in the avatar (its initial) nor as a new grid cell.
      expect(shown[0]).toEqual(['Anderson Legal Partners', 'Linked with Xero']);
      expect(shown[1]).toEqual(['Anderson Property Trust', 'Not linked with Xero']);

      // Karbon re-renders nothing new: no second request, no second mark.
      await marks.update();
      expect(asked).toHaveLength(1);
      expect(marksOf(root)).toHaveLength(10);
      removeMarks(root);
      expect(marksOf(root)).toHaveLength(0);
    },
  );

  it('asks again after a change notice and updates the marks in place; a failed answer is asked again later', async () => {
    const root = snapshot('standard');
    let state: LinkMark = 'review';
    let fail = true;
    const marks = createListMarks(root, async (keys) => {
      if (fail) throw new Error('extension reloading');
      return Object.fromEntries(keys.map((k) => [k, state]));
    });
    await marks.update();
    expect(marksOf(root)).toHaveLength(0);
    fail = false;
    await marks.update();
    expect(new Set(marksOf(root).map(([, label]) => label))).toEqual(
      new Set(['Xero match to review in the extension']),
    );
    state = 'conflict';
    marks.forget();
    await marks.update();
    expect(marksOf(root)).toHaveLength(10);
    expect(new Set(marksOf(root).map(([, label]) => label))).toEqual(
      new Set(['Values differ from Xero: a conflict to resolve']),
    );
  });

  it('leaves a list without an answer unmarked (nothing synced yet)', async () => {
    const root = snapshot('alt');
    await createListMarks(root, async () => ({})).update();
    expect(marksOf(root)).toHaveLength(0);
  });

  it('a record name with markup stays text, and the mark never takes its place', () => {
    const root = document.createElement('div');
    root.innerHTML = '<a href="#/contacts/K1"><span>A</span><span class="n"></span></a>';
    root.querySelector('.n')!.textContent = '<img src=x onerror=alert(1)>';
    applyMark(root.querySelector('a')!, 'stopped');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.n')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelector('.n [data-kxs-mark]')?.getAttribute('title')).toBe('Syncing with Xero stopped');
  });

  it.each([
    ['#/contacts', true],
    ['#/contacts/', true],
    ['#/contacts?q=ann&kind=Organization', true],
    ['#/contacts/K1', false],
    ['#/organizations/O1/details', false],
    ['#/work', false],
  ])('%s is the contact list: %s', (hash, expected) => {
    expect(onContactList(hash)).toBe(expected);
  });
});
