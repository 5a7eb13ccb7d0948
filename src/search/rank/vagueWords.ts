import { lazy } from '../../lazy.ts';
import { Analyzer } from '../analyzer/analyzer.ts';

/**
 * Words a question frames or pads itself with rather than what it asks about: the text it asks of ("what does the
 * article say"), people and things in general, time in general ("last year"), and what a yes/no question asks of
 * something ("does it support…", "can I use…", "is it ok to…"). A refusal does not name them as what the documents lack, and the
 * yes/no rule weighs a question without them.
 */
const VAGUE_WORDS = [
  'article', 'document', 'text', 'passage', 'story', 'piece', 'author', 'writer',
  'say', 'tell', 'mention', 'write', 'describe', 'discuss', 'explain', 'talk', 'according',
  'people', 'person', 'thing', 'something', 'anything', 'way', 'kind', 'sort', 'lot',
  'time', 'year', 'month', 'week', 'day', 'last', 'next', 'recent', 'recently', 'ago', 'now', 'today',
  'happen', 'going', 'really', 'actually', 'exactly', 'specifically',
  'support', 'allow', 'work', 'use', 'able', 'possible', 'need', 'ok', 'okay',
];

const vagueTerms = lazy((): ReadonlySet<string> => new Set(VAGUE_WORDS.flatMap((word) => new Analyzer().terms(word))));

/** Whether a question's term is worth naming as a word the documents lack. */
export function mattersInRefusal(term: { readonly term: string }): boolean {
  return !vagueTerms().has(term.term);
}
