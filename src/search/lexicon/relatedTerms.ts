import { LRUCache } from 'lru-cache';
import type { Analyzer } from '../analyzer/analyzer.ts';
import { relatedForms } from './relatedForms.ts';

/** A written word as one analyzer reads it, with its related forms (`relatedForms`) read the same way. */
export interface WordTerms {
  /** The word's analyzed terms, space-separated. */
  readonly terms: string;
  /** The terms of its related forms that analyze to a single term, in the order of the forms. */
  readonly related: readonly string[];
}

/** Words kept per analyzer: questions repeat their words, and analyzing a word's related forms is much of parsing it. */
const REMEMBERED_WORDS = 20_000;
const remembered = new WeakMap<Analyzer, LRUCache<string, WordTerms>>();

function readWord(analyzer: Analyzer, word: string): WordTerms {
  const related: string[] = [];
  for (const form of relatedForms(word)) {
    const terms = analyzer.terms(form);
    if (terms.length === 1) related.push(terms[0]!);
  }
  return { terms: analyzer.terms(word).join(' '), related };
}

/** The word's terms and its related forms' terms under this analyzer, computed once per word. */
export function wordTerms(analyzer: Analyzer, word: string): WordTerms {
  let recent = remembered.get(analyzer);
  if (!recent) {
    recent = new LRUCache<string, WordTerms>({ max: REMEMBERED_WORDS, memoMethod: (unseen) => readWord(analyzer, unseen) });
    remembered.set(analyzer, recent);
  }
  return recent.memo(word);
}
