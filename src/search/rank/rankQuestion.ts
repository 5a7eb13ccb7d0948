import { boundQuery } from '../boundQuery.ts';
import type { IndexedSentence, SentenceIndex } from '../index/sentenceIndex.ts';
import { questionContext } from './candidateFeatures.ts';
import { answersUnder, leadingSection, underHeadingFirst, withSection } from './headings.ts';
import type { LinearModel } from './model.ts';
import { documentLead } from './documentLead.ts';
import { namedDocument, onlyDocumentName, withoutDocumentName } from './namedDocument.ts';
import { parseQuery, searchTerms, type Query } from './query.ts';
import { placedFirst, withEntries } from './placedFirst.ts';
import { pointersLast } from './pointers.ts';
import { rerank, type RankedSentence, type RankingModels } from './rerank.ts';
import { withoutTextReference } from './textReference.ts';
import { WINDOW_MODEL } from './weights.ts';
import { rankWindows, type Window } from './windows.ts';

/** A question ranked: its terms, MiniSearch's candidates reranked by evidence, the best of them widened into windows. */
export interface QuestionRanking {
  readonly query: Query;
  readonly ranked: RankedSentence[];
  readonly windows: Window[];
  /** The question asks only what the document it names is ("what is pino?"), and the first window is its lead, which says so: never refused. */
  readonly leadAsked?: boolean;
}

export interface RankOptions {
  /** Only this document's sentences (its id); otherwise the document the question names, or all. */
  readonly document?: string | undefined;
  /** The models to rank under; the fitted ones by default (the fit tries its own). */
  readonly ranking?: LinearModel;
  readonly structure?: LinearModel;
  readonly window?: LinearModel;
}

/** The terms a question resolved to, as indexed: what a quoted passage highlights. */
export function askedTerms(query: Query): Set<string> {
  return new Set(query.terms.flatMap((term) => [...term.matches.keys()]));
}

/** Ranks a question's passages: the one path every answer takes, so that what is fitted is what answers. */
export function rankQuestion(index: SentenceIndex, question: string, { document, ranking, structure, window = WINDOW_MODEL }: RankOptions = {}): QuestionRanking {
  const parsed = withoutTextReference(parseQuery(boundQuery(question), index));
  if (parsed.terms.length === 0) return { query: parsed, ranked: [], windows: [] };
  const documentId = document ?? namedDocument(index, parsed);
  if (documentId !== undefined) {
    const nameOnly = onlyDocumentName(index, parsed, documentId);
    if (nameOnly) return whatDocumentIs(index, nameOnly, documentId, { ranking, structure }, window);
  }
  const query = documentId === undefined ? parsed : withoutDocumentName(index, parsed, documentId);
  const found = index.candidates(searchTerms(query), { documentId });
  const leading = leadingSection(index, query, found, documentId);
  const candidates = leading ? withSection(index, found, leading.section) : found;
  const context = questionContext(query, candidates, leading?.section);
  const ranked = rerank(index, context, candidates, { ranking, structure });
  if (!leading || !answersUnder(leading)) return { query, ranked, windows: pointersLast(rankWindows(index, context, ranked, window)) };
  const { section } = leading;
  const answering = underHeadingFirst(ranked, section, (r) => r.entry);
  return { query, ranked: answering, windows: underHeadingFirst(pointersLast(rankWindows(index, context, answering, window)), section, (w) => w.entries[0]!) };
}

/** "What is pino?": the named document's lead first (see `documentLead`), then the rest as ranked. */
function whatDocumentIs(index: SentenceIndex, query: Query, documentId: string, models: RankingModels, window: LinearModel): QuestionRanking {
  const lead = documentLead(index, documentId);
  const leadIds = new Set(lead.map((entry) => entry.id));
  const inLead = (entry: IndexedSentence): boolean => leadIds.has(entry.id);
  const candidates = withEntries(index.candidates(searchTerms(query), { documentId }), lead);
  const context = questionContext(query, candidates, undefined);
  const ranked = placedFirst(rerank(index, context, candidates, models), inLead, (r) => r.entry);
  const windows = placedFirst(rankWindows(index, context, ranked, window), inLead, (w) => w.entries[0]!);
  // "Who wrote pino?", "where is dotenv?" ask for a person or a place, which a lead need not hold: those are weighed.
  return { query, ranked, windows, ...(lead.length > 0 && query.shape.expected === undefined ? { leadAsked: true } : {}) };
}
