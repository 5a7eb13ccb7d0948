import { sentencesOf, type Document } from '../knowledge/types.ts';
import { Analyzer } from './analyzer/analyzer.ts';
import type { AliasRule } from './analyzer/aliases.ts';
import { mineAcronyms } from './aliases/mineAcronyms.ts';
import { SentenceIndex } from './index/sentenceIndex.ts';

/**
 * Each group of names in the documents' aliases files becomes one concept term that every name of the group adds
 * where it occurs, so that any name finds the others.
 */
export function userAliases(documents: readonly Document[], plain = new Analyzer()): AliasRule[] {
  const groups = documents.flatMap((document) => document.aliases ?? []);
  return groups.flatMap((names, group) =>
    names.map((name) => ({ phrase: plain.terms(name), alias: `≡${group}` })).filter((rule) => rule.phrase.length > 0),
  );
}

/** Mines the documents' own aliases, adds the users', then indexes every sentence with the analyzer that knows them. */
export function buildIndex(documents: readonly Document[]): SentenceIndex {
  const texts = documents.flatMap((document) => sentencesOf(document).map((sentence) => sentence.text));
  return SentenceIndex.build(documents, new Analyzer([...mineAcronyms(texts), ...userAliases(documents)]));
}
