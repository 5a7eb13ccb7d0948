import { describe, expect, it } from 'vitest';
import { acronymOf, capitalisedNames, mineAcronyms, namesByInitials } from '../../../src/search/aliases/mineAcronyms.ts';

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

  it('keeps a Roman numeral whole in the initials: World War II is WWII', () => {
    expect(acronymOf('World War II')).toBe('WWII');
  });

  it('files every run of two or more capitalised words, and the runs within it, under its initials', () => {
    const names = namesByInitials(['After World War II the European Union met in New York.']);
    expect(names.get('wwii')).toEqual([['world', 'war', 'ii']]);
    expect(names.get('ww')).toEqual([['world', 'war']]);
    expect(names.get('eu')).toEqual([['european', 'union']]);
    expect(names.get('ny')).toEqual([['new', 'york']]);
  });
});
