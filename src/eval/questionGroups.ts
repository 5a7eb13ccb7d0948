import type { EvalQuestion } from './datasets.ts';

/** Questions under each of their keys, keys in alphabetical order; a question with no key is in no group. */
function groupBy(questions: readonly EvalQuestion[], keysOf: (question: EvalQuestion) => readonly string[]): Map<string, EvalQuestion[]> {
  const groups = new Map<string, EvalQuestion[]>();
  for (const question of questions) {
    for (const key of keysOf(question)) groups.set(key, [...(groups.get(key) ?? []), question]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** Questions by tag; a question with several tags counts under each. */
export const byTag = (questions: readonly EvalQuestion[]): Map<string, EvalQuestion[]> => groupBy(questions, (question) => question.tags ?? []);

/** Questions by the document the set says they are about. */
export const byDocumentFile = (questions: readonly EvalQuestion[]): Map<string, EvalQuestion[]> =>
  groupBy(questions, (question) => (question.documentFile === undefined ? [] : [question.documentFile]));
