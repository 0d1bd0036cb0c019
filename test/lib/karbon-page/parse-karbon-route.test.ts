import { describe, expect, it } from 'vitest';
import { parseKarbonRoute } from '../../../lib/karbon-page/parse-karbon-route';

const REAL = 'https://app2.karbonhq.com/';
const SANDBOX = 'http://127.0.0.1:4010/karbon-app/';

describe('parseKarbonRoute', () => {
  it.each([
    [
      REAL,
      'https://app2.karbonhq.com/4mTyp9lLRWTC#/contacts/3Dx2kTqvbN',
      { kind: 'contact', key: '3Dx2kTqvbN', firm: '4mTyp9lLRWTC' },
    ],
    [
      REAL,
      'https://app2.karbonhq.com/4mTyp9lLRWTC#/organizations/4kVjbZ8Mx1',
      { kind: 'organization', key: '4kVjbZ8Mx1', firm: '4mTyp9lLRWTC' },
    ],
    [REAL, 'https://app2.karbonhq.com/#/contacts/abc123', { kind: 'contact', key: 'abc123' }],
    [
      REAL,
      'https://app2.karbonhq.com/F1#/contacts/abc123/details',
      { kind: 'contact', key: 'abc123', firm: 'F1', tab: 'details' },
    ],
    [
      REAL,
      'https://app2.karbonhq.com/F1#/organizations/abc123/timeline/',
      { kind: 'organization', key: 'abc123', firm: 'F1', tab: 'timeline' },
    ],
    [
      SANDBOX,
      'http://127.0.0.1:4010/karbon-app/demo-firm#/contacts/K1',
      { kind: 'contact', key: 'K1', firm: 'demo-firm' },
    ],
    [
      SANDBOX,
      'http://127.0.0.1:4010/karbon-app/demo-firm#/organizations/O-9',
      { kind: 'organization', key: 'O-9', firm: 'demo-firm' },
    ],
  ])('%s + %s is a contact page', (root, url, expected) => {
    expect(parseKarbonRoute(url, root)).toEqual(expected);
  });

  it.each([
    [REAL, 'https://app2.karbonhq.com/F1#/contacts', 'the contacts list'],
    [REAL, 'https://app2.karbonhq.com/F1#/contacts/', 'an empty key'],
    [REAL, 'https://app2.karbonhq.com/F1#/work/abc', 'a work item'],
    [REAL, 'https://app2.karbonhq.com/F1#/team/abc', 'a team member'],
    [REAL, 'https://app2.karbonhq.com/F1', 'no hash at all'],
    [REAL, 'https://evil.example/F1#/contacts/abc', 'another origin'],
    [REAL, 'not a url', 'garbage'],
    [REAL, 'https://app2.karbonhq.com/F1#/contacts/a/b/c', 'too deep a route'],
    [REAL, 'https://app2.karbonhq.com/F1#/contacts/a%22b', 'a key with odd characters'],
    [SANDBOX, 'http://127.0.0.1:4010/other/F1#/contacts/K1', 'outside the sandbox app root'],
  ])('%s + %s is not a contact page (%s)', (root, url) => {
    expect(parseKarbonRoute(url, root)).toBeUndefined();
  });
});
