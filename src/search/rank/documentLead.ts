import type { Paragraph } from '../../knowledge/types.ts';
import type { Candidate, IndexedSentence, SentenceIndex } from '../index/sentenceIndex.ts';

// A question that says nothing but a document's name ("what is pino?", "what does dotenv do?") asks what the document
// is about, which its opening paragraph says: a README's first line says what the project is, and rarely repeats the
// name that every later sentence about a detail does.

/** The paragraph a sentence belongs to. */
const paragraphOf = (entry: IndexedSentence): Paragraph | undefined => entry.section.paragraphs[entry.sentence.ref.paragraph - 1];

/** The sentences of the document's first prose paragraph, code blocks before it passed over; none in a document of code. */
export function documentLead(index: SentenceIndex, documentId: string): IndexedSentence[] {
  const { first, end } = index.sentencesOf(documentId);
  const lead: IndexedSentence[] = [];
  for (let id = first; id < end; id++) {
    const entry = index.entry(id);
    const paragraph = paragraphOf(entry);
    if (lead.length > 0 && paragraph !== paragraphOf(lead[0]!)) break;
    if (!paragraph?.code) lead.push(entry);
  }
  return lead;
}

/** The candidates with the lead's sentences among them, those not found added unscored, as a section's are. */
export function withLead(candidates: readonly Candidate[], lead: readonly IndexedSentence[]): Candidate[] {
  const present = new Set(candidates.map((candidate) => candidate.entry.id));
  return [...candidates, ...lead.filter((entry) => !present.has(entry.id)).map((entry) => ({ entry, score: 0 }))];
}

/** The items that start in the lead first, each group in its own order. */
export function leadFirst<T>(items: readonly T[], lead: readonly IndexedSentence[], entryOf: (item: T) => IndexedSentence): T[] {
  const ids = new Set(lead.map((entry) => entry.id));
  const inLead = (item: T): boolean => ids.has(entryOf(item).id);
  return [...items.filter(inLead), ...items.filter((item) => !inLead(item))];
}
