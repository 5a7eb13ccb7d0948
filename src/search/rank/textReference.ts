import { looseWords } from '../analyzer/looseWords.ts';
import type { Query, QueryTerm } from './query.ts';

const TEXT = String.raw`(?:the|this|that)\s+(?:article|text|document|doc|passage|story|piece|report|readme|page)`;
const SAYING = String.raw`(?:mention(?:s|ed)?|name[sd]?|describe[sd]?|discuss(?:es|ed)?|cite[sd]?|quote[sd]?|say|says|said|state[sd]?|report(?:s|ed)?|write|writes|written|refer(?:s|red)?\s+to|talk(?:s|ed)?\s+about|note[sd]?|claim(?:s|ed)?|suggest(?:s|ed)?|tell|tells)`;
/**
 * How a question points at the text it asks of rather than at what it asks about: "mentioned in the article",
 * "according to the text", "what does the passage say".
 */
const TEXT_REFERENCE = new RegExp(String.raw`\b(?:${SAYING}\s+)?(?:in|by|from|according\s+to)\s+${TEXT}\b|\b${TEXT}\s+${SAYING}\b`, 'giu');

/**
 * The question without the words by which it points at the text itself: "the article" and "mentioned" say where
 * to look, not what to find, and a passage that happens to use them is no likelier to answer. Names are kept, and so
 * is a question that would be left with nothing.
 */
export function withoutTextReference(query: Query): Query {
  const referring = new Set([...query.text.matchAll(TEXT_REFERENCE)].flatMap((match) => looseWords(match[0])));
  if (referring.size === 0) return query;
  const pointing = (term: QueryTerm): boolean => !term.salient && looseWords(term.surface).every((word) => referring.has(word));
  const terms = query.terms.filter((term) => !pointing(term));
  if (terms.length === 0 || terms.length === query.terms.length) return query;
  const dropped = new Set(query.terms.filter(pointing).map((term) => term.term));
  return { ...query, terms, analyzed: query.analyzed.filter((term) => !dropped.has(term)) };
}
