import { describe, expect, it } from 'vitest';
import { classifyContact } from '../../../lib/classify/classify-contact';
import type { ClassifyInput } from '../../../lib/classify/types';

describe('classifyContact', () => {
  it.each([
    ['rule', 'org', { name: 'Harbourview Constructions Pty Ltd' }],
    ['rule', 'person', { name: 'Jane Smith', firstName: 'Jane', lastName: 'Smith' }],
    ['model', 'person', { name: 'Jane Smith' }],
    ['model', 'person', { name: 'Mrs P. Haddon' }],
    ['rule', 'org', { name: 'Rapid Response Plumbing' }],
    ['rule', 'org', { name: 'Jess Abbott Hair Design' }],
    ['model', 'org', { name: 'Brightside Plumbing' }],
  ] as const)('decided by %s: %s for %j', (decidedBy, kind, input) => {
    const result = classifyContact(input);
    expect(result).toMatchObject({ decidedBy, kind });
    expect(result.confidence).toBeGreaterThanOrEqual(0.5);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('names the words that drove a model decision', () => {
    const result = classifyContact({ name: 'Rapid Response Plumbing' });
    expect(result.reasons[0]).toMatch(/"plumbing"/);
    expect(result.reasons[0]).toContain('business');
  });

  it.each([
    [
      'contact persons',
      { name: 'Quentin Ashby', contactPersons: [{ firstName: 'Ann', lastName: 'Lee' }] },
      /contact person/,
    ],
    [
      'someone else as FirstName/LastName',
      { name: 'Jordan Avery', firstName: 'Craig', lastName: 'Doherty' },
      /primary person/,
    ],
    ['words added to the person', { name: 'Fiona Blake Styling', firstName: 'Fiona', lastName: 'Blake' }, /adds words/],
  ] as [string, ClassifyInput, RegExp][])('%s pushes toward organization and says so', (_signal, input, reason) => {
    const bare = classifyContact({ name: input.name });
    const nudged = classifyContact(input);
    const orgProbability = (r: typeof bare) => (r.kind === 'org' ? r.confidence : 1 - r.confidence);
    expect(orgProbability(nudged)).toBeGreaterThan(orgProbability(bare));
    expect(nudged.reasons.some((r) => reason.test(r))).toBe(true);
  });

  it('holds an unknown first word before a trade that is also a surname, unless the record settles it', () => {
    expect(classifyContact({ name: 'Zorvath Power' }).review).toMatch(/"power" is a surname as well as a trade/);
    expect(classifyContact({ name: 'Zorvath Power', email: 'z.power@gmail.com' }).review ?? '').not.toMatch(
      /surname as well as a trade/,
    );
    expect(classifyContact({ name: 'Rufus Steel' })).toMatchObject({ kind: 'person' });
    expect(classifyContact({ name: 'Rufus Steel' }).review).toBeUndefined();
  });

  it('holds a one-word given name, but not a one-word brand or a one-word name its record settles', () => {
    expect(classifyContact({ name: 'Tahlia' }).review).toMatch(/Only one name/);
    expect(classifyContact({ name: 'Firelight' })).toMatchObject({ kind: 'org' });
    expect(classifyContact({ name: 'Firelight' }).review).toBeUndefined();
    const settled = classifyContact({ name: 'Quorvane', email: 'admin@quorvane.com.au', website: 'quorvane.com.au' });
    expect(settled).toMatchObject({ kind: 'org' });
    expect(settled.review).toBeUndefined();
  });

  it.each([
    ['Wiremu Tipene', 'person'],
    ['Harjit Sandhu', 'person'],
    ['Open Road', 'org'],
    ['Hume Bank', 'org'],
    ['NHS Orkney', 'org'],
  ] as const)('%s is a %s, applied without review', (name, kind) => {
    const result = classifyContact({ name });
    expect(result.kind).toBe(kind);
    expect(result.review).toBeUndefined();
  });

  it.each([
    [
      'a website that spells the name',
      { name: 'Tamsin Quay', website: 'https://www.tamsinquay.com/about' },
      /website tamsinquay\.com spells the name/,
    ],
    ['a shared mailbox', { name: 'Tamsin Quay', email: 'accounts@tq.net.au' }, /shared mailbox \("accounts@"\)/],
  ] as [string, ClassifyInput, RegExp][])('%s leans to an organization and says so', (_signal, input, reason) => {
    const result = classifyContact(input);
    expect(result.reasons.some((r) => reason.test(r))).toBe(true);
    const orgProbability = (r: typeof result) => (r.kind === 'org' ? r.confidence : 1 - r.confidence);
    expect(orgProbability(result)).toBeGreaterThan(orgProbability(classifyContact({ name: input.name })));
  });

  it('is deterministic', () => {
    const input = { name: 'Tallulah Briggs' };
    expect(classifyContact(input)).toEqual(classifyContact(input));
  });
});
