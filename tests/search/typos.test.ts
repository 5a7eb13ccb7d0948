import { describe, expect, it } from 'vitest';
import { editsAllowed, editsAllowedInPhrase, keepsNumber, typoStrength } from '../../src/search/typos.ts';

describe('the typo policy', () => {
  it('allows no edit in a short question word, one up to 7 letters, two from 8', () => {
    expect([4, 5, 7, 8].map(editsAllowed)).toEqual([0, 1, 1, 2]);
  });

  it('takes no near release or decimal for a release or a decimal', () => {
    expect(keepsNumber('7.1.0', '7.0.0')).toBe(false);
    expect(keepsNumber('v7.1.0', '9.1.0')).toBe(false);
    expect(keepsNumber('1.25', '1.23')).toBe(false);
    expect(keepsNumber('7.1.0', 'v7.1.0')).toBe(true);
    expect(keepsNumber('presdient', 'president')).toBe(true);
  });

  it('takes no name with another number, or none, for a numbered name', () => {
    expect(keepsNumber('http2', 'http')).toBe(false);
    expect(keepsNumber('es6', 'es5')).toBe(false);
    expect(keepsNumber('sah256', 'sha256')).toBe(true);
    // A decade is no name: its near spellings are left to the edits.
    expect(keepsNumber('1970s', '1980s')).toBe(true);
  });

  it('allows one edit from 3 letters in a remembered phrase, whose other words show what was meant', () => {
    expect([2, 3, 7, 8].map(editsAllowedInPhrase)).toEqual([0, 1, 1, 2]);
  });

  it('counts a near miss for less than the word itself, and less the further it is', () => {
    expect(typoStrength(0)).toBe(1);
    expect(typoStrength(1)).toBeLessThan(1);
    expect(typoStrength(2)).toBeLessThan(typoStrength(1));
    expect(typoStrength(3)).toBe(0);
  });
});
