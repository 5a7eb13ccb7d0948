import type { IndexedSentence } from '../index/sentenceIndex.ts';
import { cosine, type TermVector } from './similarity.ts';

/** Places in a section with a prior of their own; later sentences share the last one. */
const OWN_PLACES = 6;

/**
 * What the summariser knows of a sentence, in the order of the learned weights (after the intercept): its place in
 * its section (one flag per place, news leads with its point), its centrality, its likeness to the section's first
 * sentence (what the section is about), a smooth lead prior, and flags for lengths that say too little or too much.
 */
export const SUMMARY_FEATURES: readonly string[] = [
  ...Array.from({ length: OWN_PLACES }, (_, place) => `place ${place + 1}`),
  `place ${OWN_PLACES + 1} or later`,
  'centrality',
  'likeness to the section lead',
  'lead prior 1/√place',
  'under 6 words',
  '6 to 11 words',
  '25 to 34 words',
  '35 words or more',
];

/**
 * Each sentence's summed cosine similarity with every other, in one pass: the sum of cosines with all sentences is
 * the dot product with the sum of their unit vectors, so books cost O(n), not O(n²).
 */
function centralities(vectors: readonly TermVector[]): number[] {
  const direction = new Map<string, number>();
  for (const vector of vectors) {
    if (vector.norm === 0) continue;
    for (const [term, weight] of vector.weights) direction.set(term, (direction.get(term) ?? 0) + weight / vector.norm);
  }
  return vectors.map((vector) => {
    if (vector.norm === 0) return 0;
    let dot = 0;
    for (const [term, weight] of vector.weights) dot += (weight / vector.norm) * (direction.get(term) ?? 0);
    return dot - 1;
  });
}

/** Where each sentence stands in its section, from 0, and its cosine with the section's first sentence. */
function placesInSection(entries: readonly IndexedSentence[], vectors: readonly TermVector[]): { place: number; leadLikeness: number }[] {
  const seen = new Map<unknown, { count: number; lead: TermVector }>();
  return entries.map((entry, i) => {
    const section = seen.get(entry.section);
    if (!section) {
      seen.set(entry.section, { count: 1, lead: vectors[i]! });
      return { place: 0, leadLikeness: 1 };
    }
    return { place: section.count++, leadLikeness: cosine(vectors[i]!, section.lead) };
  });
}

/** The features of every sentence (SUMMARY_FEATURES), from the sentences and their TF-IDF vectors. */
export function sentenceFeatures(entries: readonly IndexedSentence[], vectors: readonly TermVector[]): number[][] {
  const centrality = centralities(vectors);
  const topCentrality = Math.max(...centrality, Number.MIN_VALUE);
  const places = placesInSection(entries, vectors);
  return entries.map((entry, i) => {
    const { place, leadLikeness } = places[i]!;
    const words = entry.tokenCount;
    return [
      ...Array.from({ length: OWN_PLACES + 1 }, (_, own) => (Math.min(place, OWN_PLACES) === own ? 1 : 0)),
      (centrality[i] ?? 0) / topCentrality,
      leadLikeness,
      (1 + place) ** -0.5,
      words < 6 ? 1 : 0,
      words >= 6 && words < 12 ? 1 : 0,
      words >= 25 && words < 35 ? 1 : 0,
      words >= 35 ? 1 : 0,
    ];
  });
}
