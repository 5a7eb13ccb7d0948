import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/search/rank/query.ts';
import { withoutTextReference } from '../../../src/search/rank/textReference.ts';
import { docentOf } from '../../helpers/seed.ts';

const docent = docentOf(
  '# Harbour news\n\nThe article in the harbour gazette was short. The mayor named in the report resigned.\n\nPresident Ana Ruiz of Portvale opened the new quay, which the mayor had planned.',
);
const termsOf = (question: string): string[] => withoutTextReference(parseQuery(question, docent.search.index)).terms.map((term) => term.surface);

describe('a question pointing at the text it asks of', () => {
  it('drops "mentioned in the article", "according to the text" and "what does the passage say", keeping what it asks about', () => {
    expect(termsOf("Who's the president mentioned in the article?")).toEqual(['president']);
    expect(termsOf('According to the text, who opened the quay?')).toEqual(['opened', 'quay']);
    expect(termsOf('What does the passage say about the quay?')).toEqual(['quay']);
  });

  it('keeps the same words where they are what is asked about, and a question that would be left with nothing', () => {
    expect(termsOf('Which article was short?')).toEqual(['article', 'short']);
    expect(termsOf('What does the article say?')).toEqual(['article', 'say']);
  });

  it('quotes the answer, not a sentence that merely uses the words "article" or "report"', () => {
    const result = docent.ask("Who's the president mentioned in the article?");
    expect(result.kind === 'answer' && result.answer.text).toContain('President Ana Ruiz');
  });
});
