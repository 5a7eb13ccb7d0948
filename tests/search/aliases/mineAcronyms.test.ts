import { describe, expect, it } from 'vitest';
import { acronymOf, capitalisedNames, mineAcronyms } from '../../../src/search/aliases/mineAcronyms.ts';

describe('acronym mining', () => {
  it('finds capitalised names, allowing connectors inside', () => {
    expect(capitalisedNames('an officer of the Joint Special Operations Command and the Department of Homeland Security.')).toEqual([
      'Joint Special Operations Command',
      'Department of Homeland Security',
    ]);
  });

  it('takes the initials of the capitalised words', () => {
    expect(acronymOf('Department of Homeland Security')).toBe('DHS');
  });

  it('makes alias rules of names of three words or more, as analyzed terms', () => {
    const rules = mineAcronyms(['The Joint Special Operations Command met the Sinaloa Cartel.']);
    expect(rules).toEqual([{ phrase: ['joint', 'special', 'oper', 'command'], alias: 'jsoc' }]);
  });
});
