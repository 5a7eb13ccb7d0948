import { describe, expect, it } from 'vitest';
import { RulesByAlias } from '../../../src/search/analyzer/rulesByAlias.ts';

describe('RulesByAlias', () => {
  const rules = [
    { phrase: ['joint', 'special', 'oper', 'command'], alias: 'jsoc' },
    { phrase: ['world', 'war'], alias: 'ww' },
    { phrase: ['joint', 'spec', 'op', 'command'], alias: 'jsoc' },
  ];

  it('gives the positions of every rule of an alias, in the order the rules were given', () => {
    const byAlias = new RulesByAlias(rules);
    expect(byAlias.of('jsoc')).toEqual([0, 2]);
    expect(byAlias.of('ww')).toEqual([1]);
  });

  it('gives none for an alias no rule has', () => {
    expect(new RulesByAlias(rules).of('nato')).toEqual([]);
  });
});
