import { Docent } from '../engine/docent.ts';
import { textWithLead } from '../engine/passage.ts';
import type { Document } from '../knowledge/types.ts';
import { PlainMiniSearch } from './baseline.ts';
import type { EvalQuestion } from './datasets.ts';
import type { Response } from './metrics.ts';

/** Answers one evaluation question; the harness times it. */
export type AnswerSystem = (question: EvalQuestion) => Omit<Response, 'id' | 'ms'>;

/** docent's own answer: the primary quote, then supporting passages (or the related ones of a refusal). */
export function docentSystem(documents: readonly Document[]): AnswerSystem {
  const docent = new Docent(documents);
  // As the bot does once ready: the timed questions then meet a serving engine, not one still building on first use.
  docent.warmUp();
  return (question) => {
    const result = docent.ask(question.question);
    if (result.kind === 'refusal') {
      return { answer: null, passages: result.related.map(textWithLead), refused: true };
    }
    const passages = [result.answer, ...result.supporting].map(textWithLead);
    return { answer: textWithLead(result.answer), passages, refused: false };
  };
}

/** The baseline never refuses while any word matches: its answer is the top sentence. */
export function baselineSystem(documents: readonly Document[]): AnswerSystem {
  const search = new PlainMiniSearch(documents);
  return (question) => {
    const passages = search.top(question.question, 4);
    return { answer: passages[0] ?? null, passages, refused: passages.length === 0 };
  };
}

/** One system per document ("per-article"), or one over all of them. */
export function scoped(
  documents: readonly Document[],
  scope: 'per-article' | 'all',
  make: (documents: readonly Document[]) => AnswerSystem,
): AnswerSystem {
  if (scope === 'all') return make(documents);
  const systems = new Map(documents.map((document) => [document.id, make([document])]));
  return (question) => {
    const system = systems.get(question.documentId ?? '') ?? [...systems.values()][0];
    if (!system) throw new Error('No documents to answer from');
    return system(question);
  };
}
