import { describe, expect, it } from 'vitest';
import { eastAsianSurname } from '../../../lib/classify/east-asian-names';
import { isEverydayCompound, isEverydayForm, isEverydayWord } from '../../../lib/classify/everyday-words';
import { isGivenName } from '../../../lib/classify/given-names';
import { lexiconSignals } from '../../../lib/classify/lexicon-signals';
import { nameTokens } from '../../../lib/classify/name-tokens';
import { isNameWord } from '../../../lib/classify/name-words';
import { surnameShape } from '../../../lib/classify/surname-shapes';

const signals = (name: string) => lexiconSignals(name, nameTokens(name));
const total = (name: string) => signals(name).reduce((sum, s) => sum + s.logit, 0);

describe('name-word lexicons', () => {
  it.each(['marjorie', 'winifred', 'aroha', 'jane', 'tegan', 'rhiannon', 'huw'])('%s is a given name', (word) => {
    expect(isGivenName(word)).toBe(true);
  });

  it.each(['partington', 'plumbing', 'x'])('%s is not a given name', (word) => {
    expect(isGivenName(word)).toBe(false);
  });

  it.each(['open', 'road', 'thumbs', 'silver'])('%s is an everyday word', (word) => {
    expect(isEverydayWord(word)).toBe(true);
  });

  it.each(['hill', 'king', 'rose', 'steel'])('%s is an everyday word and also a name', (word) => {
    expect(isNameWord(word)).toBe(true);
  });

  it.each(['jungle', 'solid', 'tails'])("%s is an everyday word and nobody's name", (word) => {
    expect(isNameWord(word)).toBe(false);
  });

  it.each([
    ['Haoran Feng', 'feng'],
    ['WONG Mei Ling', 'wong'],
    ['Chun Kit Leung', 'leung'],
    ['Hyun Woo Baek', 'baek'],
  ])('%s reads as an East Asian name (surname %s)', (name, surname) => {
    expect(eastAsianSurname(nameTokens(name))).toBe(surname);
  });

  it.each(['Feng Shui Interiors Australia', 'Harbour Lee', 'Ming'])('%s does not', (name) => {
    expect(eastAsianSurname(nameTokens(name))).toBeUndefined();
  });
});

describe('lexiconSignals', () => {
  it.each([
    ['a given name first', 'Marjorie Partington', /"marjorie" is a common given name/],
    ['a given name after a surname in capitals', 'PATEL Ravi', /"ravi" is a common given name/],
    ['a given name then a word that is also a surname', 'Dermot Steel', /"steel" after a given name is a surname/],
    ['an East Asian name', 'Qiaolian Tang', /East Asian/],
  ])('%s leans to a person: %s', (_case, name, reason) => {
    expect(total(name)).toBeLessThan(0);
    expect(signals(name).some((s) => reason.test(s.reason))).toBe(true);
  });

  it.each([
    ['everyday words only', 'Open Road', /everyday words/],
    ['everyday words and a trade', 'Top Notch Tiling', /everyday words/],
    ['one everyday word, no given name', 'Clean Slate', /everyday word/],
    ['a surname-shaped first word', 'Hallett Barrow', /reads as a surname/],
    ['an everyday word where the surname stands', 'Quantum Jungle', /"jungle" ends the name but is an everyday word/],
  ])('%s leans to an organization: %s', (_case, name, reason) => {
    expect(total(name)).toBeGreaterThan(0);
    expect(signals(name).some((s) => reason.test(s.reason))).toBe(true);
  });

  it('leans less on a given name that is also a word ("Rock Solid")', () => {
    expect(total('Rock Solid')).toBeGreaterThan(total('Lorna Solid'));
  });

  it('says nothing about a name no lexicon knows', () => {
    expect(signals('Zqxv Brktl')).toEqual([]);
  });
});

describe('word forms and surname shapes', () => {
  it.each(['dreamers', 'camper', 'juicy', 'rainy', 'seekers', 'shopper'])(
    '%s is made from an everyday word',
    (word) => {
      expect(isEverydayForm(word)).toBe(true);
    },
  );

  it.each(['partington', 'xq', 'thornley'])('%s is not', (word) => {
    expect(isEverydayForm(word)).toBe(false);
  });

  it.each([
    ['Shaz Petrović', 'petrovic'],
    ['Dorota Kowalski', 'kowalski'],
    ["Tadhg O'Sullivan", "O'Sullivan"],
    ['Ailsa McAllister', 'McAllister'],
  ])('%s has a surname-shaped word (%s)', (name, word) => {
    expect(surnameShape(name, nameTokens(name))).toBe(word);
  });

  it.each(['Grill Seekers', 'Harbour Lights', 'Mcdonald'])('%s has none', (name) => {
    expect(surnameShape(name, nameTokens(name))).toBeUndefined();
  });

  it('an everyday word made by an ending, nobody\'s surname, ends a trading name ("Grill Seekers")', () => {
    expect(signals('Grill Seekers').some((s) => /"seekers" ends the name/.test(s.reason))).toBe(true);
  });

  it('an everyday word nobody is called after a title reads as a trading name ("Mr Shed")', () => {
    expect(signals('Mr Shed Gympie').some((s) => /After the title "mr" stands "shed"/.test(s.reason))).toBe(true);
    expect(signals('Mr Stone').some((s) => /After the title/.test(s.reason))).toBe(false);
  });
});

describe('one-word brands', () => {
  it.each(['firelight', 'pathfinder', 'sawdust', 'headspace'])('%s is two everyday words run together', (word) => {
    expect(isEverydayCompound(word)).toBe(true);
  });

  it.each(['bazza', 'tamsin', 'partington', 'greenwood'])('%s is not', (word) => {
    expect(isEverydayCompound(word)).toBe(false);
  });
});
