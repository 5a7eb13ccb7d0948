import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lemmasOf, linksIn, parseWordLinks, relatedForms } from '../../../src/search/lexicon/relatedForms.ts';

const committedTable = readFileSync(new URL('../../../src/search/lexicon/relatedForms.txt', import.meta.url), 'utf8');

describe('related forms', () => {
  it('parseWordLinks reads each link both ways and skips comments', () => {
    const table = parseWordLinks('# from WordNet\n#\ndeath\tdeathly die\nmexican\tmexico\n');
    expect(table.get('death')).toEqual(['deathly', 'die']);
    expect(table.get('die')).toEqual(['death']);
    expect(table.get('mexico')).toEqual(['mexican']);
    expect(table.has('#')).toBe(false);
  });

  it('linksIn finds in the text what the map holds, in the same order', () => {
    const text = '# death is a comment\ndeath\tdeathly die\ndie\tdie dice\ndeathly\tdeath\n';
    const table = parseWordLinks(text);
    for (const word of ['death', 'die', 'deathly', 'dice', 'comment', 'eat', 'a', '']) expect(linksIn(text, word)).toEqual(table.get(word) ?? []);
  });

  it('linksIn agrees with the map on the committed table', () => {
    const table = parseWordLinks(committedTable);
    const words = [...table.keys()].filter((_, i) => i % 25 === 0);
    for (const word of [...words, 'be', 'a', 'state', 'mexico', 'zzz']) expect(linksIn(committedTable, word)).toEqual(table.get(word) ?? []);
  });

  it('lemmasOf gives the word and its lemmas as noun, verb and adjective', () => {
    expect(lemmasOf('died')).toEqual(['died', 'die']);
    expect(lemmasOf('Mexicans')).toEqual(['mexicans', 'mexican']);
    expect(lemmasOf('happier')).toEqual(['happier', 'happy']);
  });

  it('relatedForms looks the word up under its lemmas too', () => {
    const table = parseWordLinks('death\tdie\ndecide\tdecision\n');
    expect(relatedForms('died', table)).toEqual(['death']);
    expect(relatedForms('Decisions', table)).toEqual(['decide']);
    expect(relatedForms('lorem', table)).toEqual([]);
  });

  it('the committed WordNet table links other parts of speech and pertainyms of the same form', () => {
    expect(relatedForms('death')).toContain('die');
    expect(relatedForms('invaded')).toContain('invasion');
    expect(relatedForms('Mexico')).toContain('mexican');
    expect(relatedForms('civil')).not.toContain('state');
  });
});
