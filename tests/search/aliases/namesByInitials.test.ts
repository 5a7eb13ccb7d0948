import { describe, expect, it } from 'vitest';
import { NamesByInitials } from '../../../src/search/aliases/namesByInitials.ts';

describe('NamesByInitials', () => {
  const entries: [string, string[][]][] = [
    ['ww', [['world', 'war'], ['wild', 'west']]],
    ['eu', [['european', 'union']]],
  ];

  it('gives the names filed under some initials, in order, and none for initials no name has', () => {
    const names = NamesByInitials.of(entries);
    expect(names.get('ww')).toEqual([['world', 'war'], ['wild', 'west']]);
    expect(names.get('eu')).toEqual([['european', 'union']]);
    expect(names.get('nato')).toEqual([]);
  });

  it('gives back every entry as it was given, for storing', () => {
    expect([...NamesByInitials.of(entries).entries()]).toEqual(entries);
  });
});
