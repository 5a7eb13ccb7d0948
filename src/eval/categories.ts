import { isEnglishWord } from '../search/analyzer/dictionary.ts';
import { tokenize } from '../search/analyzer/tokenize.ts';
import type { EvalQuestion } from './datasets.ts';
import { containsAnswer } from './judge.ts';
import type { Response } from './metrics.ts';
import { formatTable } from './table.ts';

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
  if (/^\s*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b/iu.test(question)) return 'yes-no';
  const found = WH.map(([category, pattern]) => ({ category, at: pattern.exec(question)?.index ?? Infinity })).sort((a, b) => a.at - b.at)[0];
  return found && found.at < Infinity ? found.category : 'other';
}

/** hit@1 per category for docent and the baseline, and how many unanswerable questions of each were refused. */
export function categoryTable(questions: readonly EvalQuestion[], docent: ReadonlyMap<string, Response>, baseline: ReadonlyMap<string, Response>): string {
  const rows: (string | number)[][] = [['category', 'answerable', 'docent hit@1', 'baseline hit@1', 'unanswerable', 'docent refused']];
  for (const category of CATEGORIES) {
    const inCategory = questions.filter((question) => categorize(question.question) === category);
    if (inCategory.length === 0) continue;
    const answerable = inCategory.filter((question) => !question.unanswerable);
    const hitRate = (responses: ReadonlyMap<string, Response>): string => {
      const hits = answerable.filter((question) => {
        const response = responses.get(question.id);
        return response && !response.refused && containsAnswer(response.answer, question.answers);
      }).length;
      return answerable.length === 0 ? '-' : (hits / answerable.length).toFixed(3);
    };
    const unanswerable = inCategory.filter((question) => question.unanswerable);
    const refused = unanswerable.filter((question) => docent.get(question.id)?.refused).length;
    rows.push([category, answerable.length, hitRate(docent), hitRate(baseline), unanswerable.length, unanswerable.length === 0 ? '-' : refused]);
  }
  return formatTable(rows);
}
