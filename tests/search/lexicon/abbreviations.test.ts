import { describe, expect, it } from 'vitest';
import { shortAndLongForms } from '../../../src/search/lexicon/abbreviations.ts';
import { parseWordLinks } from '../../../src/search/lexicon/relatedForms.ts';

describe('abbreviations', () => {
  it('links an abbreviation and its word both ways; one in capitals only as written', () => {
    const table = parseWordLinks('EL\televation\nTV\ttelevision\ntv\ttelevision\n');
    expect(shortAndLongForms('TV', table)).toEqual(['television']);
    expect(shortAndLongForms('Television', table)).toEqual(['TV', 'tv']);
    expect(shortAndLongForms('EL', table)).toEqual(['elevation']);
    expect(shortAndLongForms('El', table)).toEqual([]);
  });

  it('the committed WordNet table holds abbreviations of words and units', () => {
    expect(shortAndLongForms('TV')).toContain('television');
    expect(shortAndLongForms('km')).toContain('kilometre');
    expect(shortAndLongForms('headquarters')).toContain('HQ');
  });
});
