import { isEnglishWord } from '../search/analyzer/dictionary.ts';
import { tokenize } from '../search/analyzer/tokenize.ts';
import { isYesNoQuestion } from '../search/rank/answerType.ts';
import type { EvalQuestion } from './datasets.ts';
import { groupTable, scoreGroups } from './groupScores.ts';
import type { Response } from './metrics.ts';

export const CATEGORIES = ['keyword', 'typo', 'yes-no', 'who', 'when', 'where', 'how many', 'why', 'what/which', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

const WH: readonly [Category, RegExp][] = [
  ['how many', /\bhow (?:many|much)\b/iu],
  ['who', /\bwho(?:m|se)?\b/iu],
  ['when', /\bwhen\b|\bwhat year\b/iu],
  ['where', /\bwhere\b/iu],
  ['why', /\bwhy\b|\bhow come\b/iu],
  ['what/which', /\b(?:what|which)\b/iu],
];

/** A lower-case word of four letters or more that is neither English nor a number: most likely a typo. */
function hasTypo(question: string): boolean {
  return tokenize(question).some(
    (token) => /^\p{Ll}{4,}$/u.test(token.surface) && !isEnglishWord(token.surface) && !isEnglishWord(token.surface.replace(/['’]s$/u, '')),
  );
}

/** The kind of question, for per-category results: keyword queries, then typos, then the shape of the question. */
export function categorize(question: string): Category {
  if (!/\?\s*$/u.test(question) && !/^\s*(?:who|what|when|where|why|how|which|whom|whose)\b/iu.test(question)) return 'keyword';
  if (hasTypo(question)) return 'typo';
  if (isYesNoQuestion(question)) return 'yes-no';
  const found = WH.map(([category, pattern]) => ({ category, at: pattern.exec(question)?.index ?? Infinity })).sort((a, b) => a.at - b.at)[0];
  return found && found.at < Infinity ? found.category : 'other';
}

/** hit@1 per category for docent and the baseline, and how many unanswerable questions of each were refused. */
export function categoryTable(questions: readonly EvalQuestion[], docent: ReadonlyMap<string, Response>, baseline: ReadonlyMap<string, Response>): string {
  const groups = CATEGORIES.map((category) => [category, questions.filter((question) => categorize(question.question) === category)] as const);
  return groupTable('category', scoreGroups(new Map(groups.filter(([, inCategory]) => inCategory.length > 0)), docent, baseline));
}
