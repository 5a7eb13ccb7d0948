import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../src/search/analyzer/analyzer.ts';
import { versionForms } from '../../../src/search/analyzer/versions.ts';

describe('versions', () => {
  it('gives a release its shorter forms without its v, so that "7.0" and "version 7" meet "v7.0.0"', () => {
    expect(versionForms('v7.0.0')).toEqual(['v7.0.0', '7.0.0', '7.0', '7']);
    expect(versionForms('20.10.0')).toEqual(['20.10.0', '20.10', '20']);
    expect(versionForms('v2')).toEqual(['v2', '2']);
  });

  it('leaves a decimal or a plain number alone', () => {
    expect(versionForms('1.5')).toEqual([]);
    expect(versionForms('2008')).toEqual([]);
    expect(versionForms('1.2.3.4')).toEqual([]);
  });

  it('runs in the chain on both sides of the index, in any case', () => {
    const analyzer = new Analyzer();
    expect(analyzer.terms('Fixed in V7.0.2')).toEqual(['fix', 'v7.0.2', '7.0.2', '7.0', '7']);
    expect(analyzer.terms('what changed in 7.0?')).toContain('7.0');
  });
});
