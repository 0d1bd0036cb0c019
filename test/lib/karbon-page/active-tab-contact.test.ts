import { describe, expect, it } from 'vitest';
import { activeTabContact, type ActiveTabAccess } from '../../../lib/karbon-page/active-tab-contact';

const ROOTS = ['https://app2.karbonhq.com/'];

function browserWith(url: string | undefined, windowId: number | null = 7): ActiveTabAccess & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    asked,
    windows: { getLastFocused: async () => (windowId === null ? {} : { id: windowId }) },
    tabs: {
      query: async (query) => {
        asked.push(query);
        return url === undefined ? [{}] : [{ url }];
      },
    },
  };
}

describe('activeTabContact', () => {
  it('reads the contact on the active tab of the window the popup belongs to', async () => {
    const api = browserWith('https://app2.karbonhq.com/4mTyp9lLRWTC#/organizations/4kVjbZ8Mx1/details');
    expect(await activeTabContact(api, ROOTS)).toEqual({
      kind: 'organization',
      key: '4kVjbZ8Mx1',
      firm: '4mTyp9lLRWTC',
      tab: 'details',
    });
    expect(api.asked).toEqual([{ active: true, windowId: 7 }]);
  });

  it.each([
    ['a Karbon page that is not a contact', browserWith('https://app2.karbonhq.com/x#/work/abc')],
    ['another site (its URL is not even readable without a host permission)', browserWith(undefined)],
    ['no focused window', browserWith('https://app2.karbonhq.com/#/contacts/abc', null)],
    [
      'a browser that refuses',
      {
        windows: { getLastFocused: () => Promise.reject(new Error('no windows API')) },
        tabs: { query: async () => [] },
      } satisfies ActiveTabAccess,
    ],
  ])('gives nothing for %s', async (_, api) => {
    expect(await activeTabContact(api, ROOTS)).toBeUndefined();
  });
});
