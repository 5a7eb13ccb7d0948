import { sentencesOf, type Document } from '../knowledge/types.ts';
import { Analyzer } from './analyzer/analyzer.ts';
import { mineAcronyms } from './aliases/mineAcronyms.ts';
import { SentenceIndex } from './index/sentenceIndex.ts';

/** Mines the documents' own aliases, then indexes every sentence with the analyzer that knows them. */
export function buildIndex(documents: readonly Document[]): SentenceIndex {
  const texts = documents.flatMap((document) => sentencesOf(document).map((sentence) => sentence.text));
  return new SentenceIndex(documents, new Analyzer(mineAcronyms(texts)));
}
