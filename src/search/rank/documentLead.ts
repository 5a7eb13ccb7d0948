import type { Paragraph } from '../../knowledge/types.ts';
import type { IndexedSentence, SentenceIndex } from '../index/sentenceIndex.ts';

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
