import { describe, expect, it } from 'vitest';
import type { EvalQuestion } from '../../src/eval/datasets.ts';
import { groupTable, scoreGroups } from '../../src/eval/groupScores.ts';
import type { Response } from '../../src/eval/metrics.ts';
import { byDocumentFile, byTag } from '../../src/eval/questionGroups.ts';

const questions: EvalQuestion[] = [
  { id: 'd1', question: 'q', answers: ['Default: `utf8`'], unanswerable: false, documentFile: 'dotenv.md', tags: ['option', 'typo'] },
  { id: 'd2', question: 'q', answers: ['remove: true'], unanswerable: false, documentFile: 'pino.md', tags: ['code', 'option'] },
  { id: 'd3', question: 'q', answers: [], unanswerable: true, documentFile: 'pino.md', tags: ['how-to'] },
  { id: 'd4', question: 'q', answers: ['x'], unanswerable: false },
];

const response = (id: string, answer: string | null): Response => ({ id, answer, passages: answer ? [answer] : [], refused: answer === null, ms: 1 });
const docent = new Map([
  ['d1', response('d1', 'Default: utf8')],
  ['d2', response('d2', 'censor: "[Redacted]"')],
  ['d3', response('d3', null)],
]);
const baseline = new Map([
  ['d1', response('d1', 'Encoding')],
  ['d2', response('d2', '  remove: true')],
  ['d3', response('d3', 'log rotation')],
]);

describe('per-tag and per-document results', () => {
  it('counts a question under each of its tags, tags in alphabetical order, untagged questions nowhere', () => {
    expect([...byTag(questions)].map(([tag, tagged]) => [tag, tagged.map((question) => question.id)])).toEqual([
      ['code', ['d2']],
      ['how-to', ['d3']],
      ['option', ['d1', 'd2']],
      ['typo', ['d1']],
    ]);
    expect([...byDocumentFile(questions).keys()]).toEqual(['dotenv.md', 'pino.md']);
  });

  it('scores hit@1 of docent and the baseline and docent refusals per group', () => {
    expect(scoreGroups(byTag(questions), docent, baseline)).toEqual([
      { group: 'code', answerable: 1, docentHit1: 0, baselineHit1: 1, unanswerable: 0, docentRefused: null },
      { group: 'how-to', answerable: 0, docentHit1: null, baselineHit1: null, unanswerable: 1, docentRefused: 1 },
      { group: 'option', answerable: 2, docentHit1: 0.5, baselineHit1: 0.5, unanswerable: 0, docentRefused: null },
      { group: 'typo', answerable: 1, docentHit1: 1, baselineHit1: 0, unanswerable: 0, docentRefused: null },
    ]);
  });

  it('prints the groups in the layout of the category table', () => {
    expect(groupTable('document', scoreGroups(byDocumentFile(questions), docent, baseline))).toBe(
      [
        'document   answerable  docent hit@1  baseline hit@1  unanswerable  docent refused',
        'dotenv.md           1         1.000           0.000             0               -',
        'pino.md             1         0.000           1.000             1               1',
      ].join('\n'),
    );
  });

  it('gives no group to a set without tags or documents', () => {
    const seed = questions.filter((question) => question.id === 'd4');
    expect(byTag(seed).size).toBe(0);
    expect(byDocumentFile(seed).size).toBe(0);
  });
});
