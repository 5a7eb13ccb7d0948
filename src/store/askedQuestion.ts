import type { AskResult } from '../engine/ask.ts';
import { passageReferences } from '../present/reference.ts';
import type { AnswerRecord } from './feedbackStore.ts';

/** What the store keeps of an answer to a question: its reference, or the words the documents lack. */
export function answerRecord(result: AskResult, question: string): AnswerRecord {
  if (result.kind === 'refusal') return { text: question, outcome: 'refusal', missing: result.missing };
  return { text: question, outcome: 'answer', reference: passageReferences([result.answer])[0] ?? '', missing: [] };
}
