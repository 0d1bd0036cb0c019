import { describe, expect, it } from 'vitest';
import { evaluateWhere, parseWhere, WhereParseError } from './where-filter';

const record: Record<string, string | number | boolean | null> = {
  Name: 'Smith & Co Ltd',
  EmailAddress: 'a@smith.example',
  ContactNumber: 'KB-1',
  ContactStatus: 'ACTIVE',
  ContactID: '2f0d3c1e-aaaa-4bbb-8ccc-0123456789ab',
  UpdatedDateUTC: Date.UTC(2026, 5, 1),
  IsCustomer: false,
  FirstName: null,
};
const known = (f: string) => f in record;
const run = (expr: string) => evaluateWhere(parseWhere(expr, known), (f) => record[f]);

describe('where filter', () => {
  it.each([
    ['Name=="Smith & Co Ltd"', true],
    ['Name == "smith & co ltd"', false],
    ['Name.ToLower()=="smith & co ltd"', true],
    ['Name.ToUpper().StartsWith("SMITH")', true],
    ['Name.EndsWith("Ltd") && ContactNumber=="KB-1"', true],
    ['EmailAddress=="x" OR EmailAddress=="a@smith.example"', true],
    ['EmailAddress=="x" || (ContactStatus=="ACTIVE" AND IsCustomer==false)', true],
    ['NOT (ContactStatus=="ACTIVE")', false],
    ['!Name.Contains("Co")', false],
    ['FirstName==null', true],
    ['FirstName!=null', false],
    ['ContactID==Guid("2F0D3C1E-AAAA-4BBB-8CCC-0123456789AB")', true],
    ['UpdatedDateUTC>=DateTime(2026,01,01)', true],
    ['UpdatedDateUTC<DateTime(2026,01,01)', false],
    ['Name=="a \\"quoted\\" name"', false],
    ['ContactNumber=="KB-1" OR ContactNumber=="KB-2" AND Name=="nope"', true],
  ])('%s -> %s', (expr, expected) => {
    expect(run(expr)).toBe(expected);
  });

  it.each(['Name=="unterminated', 'Name==', 'Colour=="red"', 'Name.Explode()', '(Name=="x"', 'Name=="x" Name=="y"'])(
    'rejects %s',
    (expr) => {
      expect(() => parseWhere(expr, known)).toThrow(WhereParseError);
    },
  );
});
