import { describe, expect, it } from 'vitest';
import { classifyContact } from '../../../lib/classify/classify-contact';
import { isSurnameFirst, personNameParts } from '../../../lib/classify/person-name-order';
import { setAsideNotes } from '../../../lib/classify/set-aside-notes';

describe("Karbon's First and Last name, the right way round", () => {
  it.each([
    ['ZHANG Wei', 'Wei', 'Zhang'],
    ['NGUYEN Thanh Hai', 'Thanh Hai', 'Nguyen'],
    ['Smith, Jane', 'Jane', 'Smith'],
    ['Gallagher, Sean P', 'Sean P', 'Gallagher'],
    ['JANE SMITH', 'Jane', 'Smith'],
    ["MARGARET O'LEARY", 'Margaret', "O'Leary"],
    ['Pieter van den Berg', 'Pieter', 'van den Berg'],
    ['Ahmad bin Ismail', 'Ahmad', 'bin Ismail'],
    ['HEMI TE RANGI', 'Hemi', 'Te Rangi'],
    ['Dr Priya Raman', 'Dr Priya', 'Raman'],
    ['Jane Mary Smith', 'Jane Mary', 'Smith'],
  ])('%s -> %s / %s', (name, first, last) => {
    expect(personNameParts(name)).toEqual({ first, last });
  });

  it.each([
    ['ZHANG Wei', true],
    ['Smith, Jane', true],
    ['BT Business', false],
    ['JANE SMITH', false],
    ['Jane Smith', false],
  ])('%s is written surname first: %s', (name, expected) => {
    expect(isSurnameFirst(name)).toBe(expected);
  });
});

describe('notes in brackets or after a dash', () => {
  it.each([
    ['Jacinta Howe (personal)', 'Jacinta Howe', ['personal']],
    ['Brendan Muir - do not use', 'Brendan Muir', ['do not use']],
    ['Oliver Tanaka (Ollie)', 'Oliver Tanaka', ['Ollie']],
    ['Kim Lau [inactive]', 'Kim Lau', ['inactive']],
    ['Robyn Tully *archived*', 'Robyn Tully', ['archived']],
    ['Marcus Whitby – private', 'Marcus Whitby', ['private']],
    ['Mary-Jane Hollis', 'Mary-Jane Hollis', []],
  ])('%s -> %s', (raw, name, notes) => {
    expect(setAsideNotes(raw)).toEqual({ name, notes });
  });

  it('keeps them out of the Karbon name and out of the decision, and says so', () => {
    const result = classifyContact({ name: 'Sharon Pettit (personal) - old account' });
    expect(result).toMatchObject({ kind: 'person', karbonName: 'Sharon Pettit' });
    expect(result.personName).toEqual({ first: 'Sharon', last: 'Pettit' });
    expect(result.reasons.at(-1)).toContain('"personal", "old account"');
    expect(classifyContact({ name: 'Harbour Joinery (old account)' })).toMatchObject({
      kind: 'org',
      karbonName: 'Harbour Joinery',
    });
  });
});
