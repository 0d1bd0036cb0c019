import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactNameKey, normalizedNameKey, personNameKey } from '../../../lib/match/normalize-name';

describe('exactNameKey: only case, surrounding/repeated whitespace and Unicode composition are ignored', () => {
  it.each([
    ['case', 'ACME PTY LTD', 'Acme Pty Ltd'],
    ['surrounding whitespace', '  Acme Pty Ltd\t', 'Acme Pty Ltd'],
    ['repeated whitespace', 'Acme   Pty \n Ltd', 'Acme Pty Ltd'],
    ['non-breaking space', 'Acme\u00a0Pty Ltd', 'Acme Pty Ltd'],
    ['composed vs decomposed accent (NFC)', 'Zoe\u0308 Lee', 'Zo\u00eb Lee'],
  ])('%s: %j equals %j', (_rule, a, b) => {
    expect(exactNameKey(a)).toBe(exactNameKey(b));
  });

  it.each([
    ['punctuation', 'Acme Pty. Ltd.', 'Acme Pty Ltd'],
    ['diacritics', 'Zoë Lee', 'Zoe Lee'],
    ['legal suffix spelling', 'Acme Limited', 'Acme Ltd'],
    ['ampersand', 'Smith & Jones', 'Smith and Jones'],
    ['title', 'Dr Jane Smith', 'Jane Smith'],
    ['word split', 'Smith-Jones', 'Smith Jones'],
  ])('%s is not exact: %j differs from %j', (_rule, a, b) => {
    expect(exactNameKey(a)).not.toBe(exactNameKey(b));
    expect(normalizedNameKey(a)).toBe(normalizedNameKey(b));
  });
});

describe('normalizedNameKey rules', () => {
  it.each([
    ['case and spaces', '  ACME   Pty Ltd ', 'acme pty ltd'],
    ['periods join', 'Acme Pty. Ltd.', 'acme pty ltd'],
    ['apostrophes join', "O'Brien Plumbing", 'obrien plumbing'],
    ['curly apostrophe', 'O’Brien Plumbing', 'obrien plumbing'],
    ['hyphen separates', 'Smith-Jones Legal', 'smith jones legal'],
    ['comma and parentheses separate', 'Smith, Jones (Legal)', 'smith jones legal'],
    ['diacritics', 'Zoë Müller Café', 'zoe muller cafe'],
    ['letters without decomposition', 'Straße Øre Łódź', 'strasse ore lodz'],
    ['ligature', 'ﬁne Wines', 'fine wines'],
    ['Pty Ltd', 'Acme Pty Ltd', 'acme pty ltd'],
    ['Pty. Limited', 'Acme Pty. Limited', 'acme pty ltd'],
    ['Proprietary Limited', 'Acme Proprietary Limited', 'acme pty ltd'],
    ['P/L', 'Acme P/L', 'acme pty ltd'],
    ['P / L', 'Acme P / L', 'acme pty ltd'],
    ['Limited', 'Acme Limited', 'acme ltd'],
    ['Incorporated', 'Acme Incorporated', 'acme inc'],
    ['Inc.', 'Acme Inc.', 'acme inc'],
    ['L.L.C.', 'Acme L.L.C.', 'acme llc'],
    ['Limited Liability Company', 'Acme Limited Liability Company', 'acme llc'],
    ['Limited Liability Partnership', 'Acme Limited Liability Partnership', 'acme llp'],
    ['Public Limited Company', 'Acme Public Limited Company', 'acme plc'],
    ['Company', 'Smith and Company', 'smith and co'],
    ['Co.', 'Smith & Co.', 'smith and co'],
    ['Corporation', 'Acme Corporation', 'acme corp'],
    ['ampersand', 'Smith & Jones', 'smith and jones'],
    ['ampersand without spaces', 'Smith&Jones', 'smith and jones'],
    ['initials merge', 'A.B.C. Holdings', 'abc holdings'],
    ['spaced initials merge', 'A B C Holdings', 'abc holdings'],
    ['leading The', 'The Smith Group', 'smith group'],
    ['leading title', 'Dr Jane Smith', 'jane smith'],
    ['several leading titles', 'Prof. Dr. Jane Smith', 'jane smith'],
    ['title kept before "and"', 'Mr & Mrs Smith', 'mr and mrs smith'],
    ['lone title kept', 'Dr', 'dr'],
    ['Trustee for X Trust', 'The Trustee for the Smith Family Trust', 'smith family trust'],
    ['Trustee for X (no Trust word)', 'The Trustee for Smith Family', 'smith family trust'],
    ['Trustees for X', 'Trustees for Smith Family Trust', 'smith family trust'],
    ['Trustee for The (nothing else)', 'Trustee for The', 'trust'],
    ['Trustee for X Fund keeps Fund', 'The Trustee for Smith Superannuation Fund', 'smith super fund'],
    ['Superannuation', 'Smith Superannuation Fund', 'smith super fund'],
    ['as trustee for', 'Smith Pty Ltd as trustee for Smith Trust', 'smith pty ltd atf smith trust'],
    ['ATF', 'Smith Pty Ltd ATF Smith Trust', 'smith pty ltd atf smith trust'],
    ['non-Latin letters kept', '李伟 & 王芳', '李伟 and 王芳'],
    ['punctuation only', '...', ''],
    ['empty', '', ''],
  ])('%s: %j -> %j', (_rule, name, key) => {
    expect(normalizedNameKey(name)).toBe(key);
  });

  it.each([
    ['Pty Ltd family', ['Acme Pty Ltd', 'ACME PTY. LIMITED', 'Acme Proprietary Limited', 'Acme P/L']],
    ['Trust family', ['The Trustee for the Smith Family Trust', 'Smith Family Trust', 'The Trustee for Smith Family']],
    ['& and', ['Smith & Co', 'Smith and Company', 'Smith & Co.']],
    ['LLC', ['Acme LLC', 'Acme L.L.C.', 'Acme Limited Liability Company']],
  ])('%s all normalize to one key', (_family, names) => {
    expect(new Set(names.map(normalizedNameKey)).size).toBe(1);
  });

  it('is idempotent', () => {
    const nameLike = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc
        .array(
          fc.constantFrom('The', 'Trustee', 'for', 'Mr', '&', 'Pty.', 'Limited', 'P/L', 'A', 'B.', "O'", 'Zoë', '-'),
          { maxLength: 8 },
        )
        .map((words) => words.join(' ')),
    );
    fc.assert(
      fc.property(nameLike, (name) => {
        const key = normalizedNameKey(name);
        expect(normalizedNameKey(key)).toBe(key);
      }),
      { numRuns: 2000 },
    );
  });

  it('equal exact keys always give equal normalized keys', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(' ', '  ', '\t'), (name, space) => {
        const variant = `${space}${name.toUpperCase()}${space}`;
        if (exactNameKey(variant) === exactNameKey(name)) {
          expect(normalizedNameKey(variant)).toBe(normalizedNameKey(name));
        }
      }),
    );
  });
});

describe('personNameKey', () => {
  it.each([
    ['Jane', 'Smith', 'jane smith'],
    [' Zoë ', "O'Brien", 'zoe obrien'],
    ['Jane', '', ''],
    [undefined, 'Smith', ''],
  ])('%j + %j -> %j', (first, last, key) => {
    expect(personNameKey(first, last)).toBe(key);
  });
});
