import { describe, expect, it } from 'vitest';
import { slashOptions } from '../../src/cli/slashOptions.ts';

describe('slashOptions', () => {
  it('reads options typed as in Discord, each up to the next name', () => {
    expect(slashOptions('section: 3 length: short', ['section', 'length'])).toEqual(new Map([['section', '3'], ['length', 'short']]));
    expect(slashOptions('Question:  Who leads?  document: seed', ['question', 'document'])).toEqual(new Map([['question', 'Who leads?'], ['document', 'seed']]));
  });

  it('leaves plain text alone, and a colon inside a value in it', () => {
    expect(slashOptions('Who leads: the faction?', ['question'])).toBeUndefined();
    expect(slashOptions('3 short', ['section', 'length'])).toBeUndefined();
    expect(slashOptions('question: what does "ratio:2" mean', ['question'])).toEqual(new Map([['question', 'what does "ratio:2" mean']]));
  });

  it('gives nothing for a command without options', () => {
    expect(slashOptions('question: anything', [])).toBeUndefined();
  });
});
