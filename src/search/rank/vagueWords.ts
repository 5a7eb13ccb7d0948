import { lazy } from '../../lazy.ts';
import { Analyzer } from '../analyzer/analyzer.ts';

/**
 * Words a question frames or pads itself with rather than what it asks about: the text it asks of ("what does the
 * article say"), people and things in general, time in general ("last year"), and what a yes/no question asks of
 * something ("does it support…", "can I use…", "is it ok to…"). A refusal does not name them as what the documents lack, and the
 * yes/no rule weighs a question without them.
 */
const TEXT_WORDS = [
  'article', 'document', 'text', 'passage', 'story', 'piece', 'author', 'writer',
  'say', 'tell', 'mention', 'write', 'describe', 'discuss', 'explain', 'talk', 'according',
];
const VAGUE_WORDS = [
  ...TEXT_WORDS,
  'people', 'person', 'thing', 'something', 'anything', 'everything', 'nothing', 'way', 'kind', 'sort', 'lot',
  'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'nobody',
  'time', 'year', 'month', 'week', 'day', 'last', 'next', 'recent', 'recently', 'ago', 'now', 'today',
  'happen', 'going', 'really', 'actually', 'exactly', 'specifically',
  'support', 'allow', 'work', 'use', 'able', 'possible', 'need', 'ok', 'okay',
];

const termsOf = (words: readonly string[]): ReadonlySet<string> => new Set(words.flatMap((word) => new Analyzer().terms(word)));
const vagueTerms = lazy(() => termsOf(VAGUE_WORDS));
const textTerms = lazy(() => termsOf(TEXT_WORDS));

/** Whether a question's term is worth naming as a word the documents lack. */
export function mattersInRefusal(term: { readonly term: string }): boolean {
  return !vagueTerms().has(term.term);
}

/** Whether a question's term only asks of the text ("tell me about…", "what does the document say…"). */
export function asksOfText(term: { readonly term: string }): boolean {
  return textTerms().has(term.term);
}
