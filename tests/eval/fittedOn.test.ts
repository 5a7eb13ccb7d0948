import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/knowledge/parse.ts';
import { fittedOnLine, questionsFittedOn } from '../../src/eval/fittedOn.ts';
import { FITTED_ARTICLES } from '../../src/search/rank/weights.ts';

describe('which questions the weights were fitted on', () => {
  const fitted = buildDocument('squad-1', FITTED_ARTICLES[0] ?? '', 'a.txt', [{ title: '', paragraphs: ['Some text.'] }]);
  const unseen = buildDocument('squad-2', 'An article no fit has read', 'b.txt', [{ title: '', paragraphs: ['Other text.'] }]);
  const questions = [
    { id: 'a', question: 'q?', answers: [], unanswerable: false, documentId: 'squad-1' },
    { id: 'b', question: 'q?', answers: [], unanswerable: false, documentId: 'squad-2' },
    { id: 'c', question: 'q?', answers: [], unanswerable: false },
  ];

  it('counts the questions about an article the fit read, and says so beside the set', () => {
    expect(FITTED_ARTICLES.length).toBeGreaterThan(0);
    expect(questionsFittedOn([fitted, unseen], questions)).toBe(1);
    expect(fittedOnLine([fitted, unseen], questions)).toMatch(/fitted on 1 of these 3 questions/);
    expect(fittedOnLine([unseen], questions)).toBe('The weights were fitted on none of these questions.');
  });
});
