import { describe, expect, it } from 'vitest';
import { nameTokens } from '../../../lib/classify/name-tokens';
import { RULES } from '../../../lib/classify/rules';
import type { ClassifyInput } from '../../../lib/classify/types';

function firstVerdict(input: ClassifyInput) {
  const tokens = nameTokens(input.name);
  for (const rule of RULES) {
    const verdict = rule(input, tokens);
    if (verdict) return verdict;
  }
  return undefined;
}

describe('decisive rules', () => {
  it.each([
    ['legal form Pty Ltd', 'Harbour Plumbing Pty Ltd', 'Pty'],
    ['legal form with periods', 'Harbour Plumbing Pty. Limited', 'Pty'],
    ['legal form LLC', 'Copperleaf Analytics LLC', 'LLC'],
    ['legal form Inc.', 'Lantern Media Inc.', 'Inc'],
    ['trailing Co', 'Yarra Valley Cider Co.', 'Co'],
    ['& Co', 'Patel & Co', 'Co'],
    ['trust', 'Marsden Family Trust', 'a trust'],
    ['trustee for', 'The Trustee for Whitaker Family', 'a trust'],
    ['ATF', 'Okafor Holdings ATF Okafor Family', 'a trust'],
    ['super fund', 'Lindqvist Superannuation Fund', 'a super fund'],
    ['fund', 'Morrow Retirement Fund', 'a fund'],
    ['SMSF', 'Kaye SMSF', 'a super fund'],
    ['partnership', 'Kiely Farming Partnership', 'a partnership'],
    ['partners', 'Carrington Lowe Partners', 'a partnership'],
    ['estate', 'Estate of Harold Jamieson', 'an estate'],
    ['club', 'Hunters Hill Rowing Club', 'a club'],
    ['church', "St Andrew's Presbyterian Church", 'a church'],
    ['school', 'Mt Albert Grammar School', 'a school'],
    ['council', 'Tauranga City Council', 'a council'],
    ['t/as', 'Paul Brennan t/as Brennan Joinery', 't/as'],
    ['T/A', 'Lucy Harper T/A Harper Events', 't/as'],
    ['trading as', 'Gavin Strachan trading as Strachan Drainage', 't/as'],
    ['ABN', 'Coastline Trading 12 004 044 937', 'registration number'],
    ['couple with titles', 'Mr & Mrs Hargreave', 'two people'],
    ['couple with given names', 'Rhys and Bethan Pritchard', 'two people'],
    ['couple with initials', 'G & P Antonopoulos', 'two people'],
    ['firm joined by &', 'Hartley & Vance', 'partnership or firm'],
    ['two given names and a business word', 'Tom & Jerry Plumbing', '"plumbing" names a business: a firm'],
    ['a bank', 'Tamarind Bank', 'names a bank'],
    ['bank of', 'Bank of Wellington', 'names a bank'],
    ['NHS body', 'NHS Orkney', 'public body'],
    ["a council's short name", 'Cardinia City', 'public body'],
    ['N.A. after a comma', 'Harbourline Savings, NA', 'legal form "NA"'],
    ['a foreign legal form in capitals', 'Lindgren Verktyg AB', 'legal form "AB"'],
    ['a foreign legal form after a comma', 'Stavanger Trading, As', 'legal form "As"'],
  ])('%s: %j is an organization', (_rule, name, reasonPart) => {
    const verdict = firstVerdict({ name });
    expect(verdict?.kind).toBe('org');
    expect(verdict?.reason).toContain(reasonPart);
  });

  it.each([
    ['first last', { name: 'Jane Smith', firstName: 'Jane', lastName: 'Smith' }],
    ['last, first', { name: 'Smith, Jane', firstName: 'Jane', lastName: 'Smith' }],
    ['title and initial', { name: 'Dr J. Smith', firstName: 'Jane', lastName: 'Smith' }],
    ['middle name', { name: 'Jane Mary Smith', firstName: 'Jane', lastName: 'Smith' }],
    ['a name that reads like a business', { name: 'Sandy Beach', firstName: 'Sandy', lastName: 'Beach' }],
    ['diacritics and case', { name: 'ZOË LEFÈVRE', firstName: 'Zoë', lastName: 'Lefèvre' }],
  ])("%s: the contact's own first and last name is a person", (_rule, input) => {
    const verdict = firstVerdict(input);
    expect(verdict?.kind).toBe('person');
    expect(verdict?.reason).toContain('own first and last name');
  });

  it.each([
    ['a trading name around the person', { name: 'Sandy Beach Ice Creams', firstName: 'Sandy', lastName: 'Beach' }],
    ['a plain name without FirstName/LastName', { name: 'Jane Smith' }],
    ['a trading name', { name: 'Blackbutt Arborists' }],
    ['"and" inside a word', { name: 'Andrew Sanderson' }],
    ['a short number', { name: 'Kestrel 360' }],
    ['"Tas" (Tasmania) is not "t/as"', { name: 'Rosalie Tas' }],
    ['a given name then the surname Bank', { name: 'Tracey Bank' }],
    ['a given name "Na" is no legal form (N.A.)', { name: 'PARK Na' }],
    ['"Ab" and "As" as names', { name: 'Lim Ab' }],
    ['a hyphenated given name before a surname that is also a word', { name: 'Ha-eun Park' }],
  ])('%s: no rule decides %j (the model does)', (_rule, input) => {
    expect(firstVerdict(input)).toBeUndefined();
  });

  it('checks organization rules before the person rule', () => {
    const verdict = firstVerdict({ name: 'Jane Smith Pty Ltd', firstName: 'Jane', lastName: 'Smith' });
    expect(verdict?.kind).toBe('org');
  });
});
