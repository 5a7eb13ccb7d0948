import { describe, expect, it } from 'vitest';
import { otherSpellings } from '../../../src/search/rank/otherSpellings.ts';

describe('the other English spelling of a word', () => {
  it('reads each ending either way round, with what may follow it', () => {
    expect(otherSpellings('behaviour')).toEqual(['behavior']);
    expect(otherSpellings('colors')).toEqual(['colours']);
    expect(otherSpellings('serialisation')).toContain('serialization');
    expect(otherSpellings('analyse')).toEqual(['analyze']);
    expect(otherSpellings('licence')).toEqual(['license']);
    expect(otherSpellings('centre')).toEqual(['center']);
    expect(otherSpellings('catalogue')).toEqual(['catalog']);
    expect(otherSpellings('cancelled')).toContain('canceled');
  });

  it('leaves alone a short word and an ending no rule reads', () => {
    expect(otherSpellings('for')).toEqual([]);
    expect(otherSpellings('tools')).toEqual([]);
    expect(otherSpellings('label')).toEqual([]);
  });
});
