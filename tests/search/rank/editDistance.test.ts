import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, hasDigit, letterSignature, mayBeWithin } from '../../../src/search/rank/editDistance.ts';

describe('editDistance', () => {
  it('counts substitutions, drops, additions and swaps of neighbours as one edit each', () => {
    expect(editDistance('cartel', 'cartel', 2)).toBe(0);
    expect(editDistance('cartel', 'cartol', 2)).toBe(1);
    expect(editDistance('cartel', 'crtel', 2)).toBe(1);
    expect(editDistance('cartel', 'carstel', 2)).toBe(1);
    expect(editDistance('the', 'teh', 2)).toBe(1);
    expect(editDistance('negotiable', 'negociabel', 2)).toBe(2);
  });

  it('gives up past the bound', () => {
    expect(editDistance('sovereignty', 'society', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });
});

describe('letter signatures', () => {
  const word = fc.stringMatching(/^[a-z0-9]{1,12}$/u);
  const edit = fc.tuple(fc.nat(), fc.constantFrom('substitute', 'drop', 'add', 'swap'), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'));

  it('never rule out two words one or two edits apart', () => {
    fc.assert(
      fc.property(word, fc.array(edit, { minLength: 1, maxLength: 2 }), (original, edits) => {
        let typed = original;
        for (const [at, kind, letter] of edits) {
          const i = at % Math.max(1, typed.length);
          if (kind === 'substitute') typed = typed.slice(0, i) + letter + typed.slice(i + 1);
          else if (kind === 'drop') typed = typed.slice(0, i) + typed.slice(i + 1);
          else if (kind === 'add') typed = typed.slice(0, i) + letter + typed.slice(i);
          else typed = typed.slice(0, i) + (typed[i + 1] ?? '') + (typed[i] ?? '') + typed.slice(i + 2);
        }
        expect(mayBeWithin(letterSignature(original), letterSignature(typed), edits.length)).toBe(true);
      }),
    );
  });

  it('rule out words far apart, and mark digits', () => {
    expect(mayBeWithin(letterSignature('cartel'), letterSignature('snowy'), 1)).toBe(false);
    expect(hasDigit(letterSignature('1998'))).toBe(true);
    expect(hasDigit(letterSignature('mexico'))).toBe(false);
  });
});
