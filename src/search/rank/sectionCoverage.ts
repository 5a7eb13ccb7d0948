import type { Section } from '../../knowledge/types.ts';
import type { SentenceIndex } from '../index/sentenceIndex.ts';
import { matchStrength, weightedCoverage } from './features.ts';
import type { Query } from './query.ts';

// A manual answers a question under the section that covers it, in its heading and its sentences together, though no
// one sentence says all of it: "are wildcard paths slower than listing the keys?" under an "Overhead" heading, whose
// sentences between them say paths, wildcards and keys.

/** How much of the question a section says, in its heading and all its sentences together. */
export type SectionCoverage = (section: Section) => number;

/** Measures sections' coverage of one question, each section once however many of its sentences are candidates. */
export function sectionCoverageFor(index: SentenceIndex, query: Query): SectionCoverage {
  const measured = new Map<Section, number>();
  return (section) => {
    let coverage = measured.get(section);
    if (coverage === undefined) {
      const entries = index.sectionEntries(section);
      const terms = new Set(entries[0]?.titleTerms);
      for (const entry of entries) for (const term of entry.terms) terms.add(term);
      coverage = weightedCoverage(query, (term) => matchStrength(term, terms));
      measured.set(section, coverage);
    }
    return coverage;
  };
}
