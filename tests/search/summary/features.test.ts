import { describe, expect, it } from 'vitest';
import { SUMMARY_FEATURES, sentenceFeatures } from '../../../src/search/summary/features.ts';
import { termVector } from '../../../src/search/summary/similarity.ts';
import { docentOf } from '../../helpers/seed.ts';

function featuresOf(text: string): { name: string; values: number[] }[] {
  const { entries, stats } = docentOf(text).search.index;
  const rows = sentenceFeatures(entries, entries.map((entry) => termVector(entry.terms, stats)));
  return SUMMARY_FEATURES.map((name, f) => ({ name, values: rows.map((row) => row[f]!) }));
}

describe('summary sentence features', () => {
  const text = 'Cats hunt mice in old barns. Farmers keep cats in barns to hunt mice. The weather was mild. Cats sleep.';
  const features = Object.fromEntries(featuresOf(text).map(({ name, values }) => [name, values]));

  it('gives one value per named feature for every sentence', () => {
    expect(Object.keys(features)).toHaveLength(SUMMARY_FEATURES.length);
    for (const values of Object.values(features)) expect(values).toHaveLength(4);
  });

  it("flags each sentence's place in its section, once", () => {
    expect(features['place 1']).toEqual([1, 0, 0, 0]);
    expect(features['place 2']).toEqual([0, 1, 0, 0]);
    expect(features['place 4']).toEqual([0, 0, 0, 1]);
  });

  it("scores likeness to the section's first sentence: full for itself, more for a sentence on its subject", () => {
    const likeness = features['likeness to the section lead']!;
    expect(likeness[0]).toBe(1);
    expect(likeness[1]).toBeGreaterThan(likeness[2]!);
  });

  it('flags a sentence of few content words', () => {
    expect(features['under 6 words']![3]).toBe(1);
    expect(features['35 words or more']).toEqual([0, 0, 0, 0]);
  });
});
