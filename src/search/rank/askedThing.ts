import { wordsOf } from '../analyzer/tokenize.ts';
import { wordNetLemmas } from '../analyzer/lemmatize.ts';
import { askingClause } from './askingClause.ts';
import { absentTerms, inNoForm, type Query, type QueryTerm } from './query.ts';
import { mattersInRefusal } from './vagueWords.ts';

// What a member asks how to do, or whether docent's documents do: a thing ("log rotation", "highlighting"), which a
// document that never names it does not cover.

/**
 * What a member asks of documentation, in the present: how to do something ("how do I…", "how to…") or whether it can
 * be done ("does it support…", "can I…", "is there…"). A question in the past ("did…", "how did…") asks what happened,
 * which a text tells in words of its own.
 */
const HOW_TO_OR_WHETHER = /^(?:how\s+(?:(?:do|can|could|should|would|must)\s+(?:i|we|you|one)|to)|do|does|can|could|is|are|will|would|should|must)\b(?!['’]t)/iu;
/** An -ing form after one of these, or in a question that opens with one, is a verb ("is thinking", "Is Mexico thinking…"), not the name of an activity ("support highlighting"). */
const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
const ING = /ing$/u;
const POSSESSIVE = /['’]s$/iu;

/**
 * Whether a common word names a thing: WordNet knows it only as a noun ("pagination", "synonyms"), or it is an -ing
 * form that is a noun of its own ("highlighting") and no form of "be" makes a verb. A word that is also a verb or an
 * adjective ("drop", "hits", "slower") is as often the member's own way of saying what the documents say otherwise.
 */
function namesAThing(word: string, progressive: boolean): boolean {
  const parts = wordNetLemmas().partsOfSpeech(word);
  if (!parts.has('n')) return false;
  if (parts.size === 1) return true;
  return !progressive && ING.test(word) && wordNetLemmas().noun(word) === word;
}

/**
 * The things a how-to or yes/no question asks about that the documents never name: a name they lack
 * (`absentTerms`), or a noun they hold in no form (`namesAThing`), in the clause that asks ("does it support
 * highlighting?", "how do I set up log rotation?"). Not a word that only qualifies the next, which they hold ("yaml" of
 * "yaml config files"), nor one in an example or a contrast ("…, like a query param", "instead of masking it").
 */
export function unmentionedThings(query: Query): QueryTerm[] {
  const clause = askingClause(query.text);
  if (!HOW_TO_OR_WHETHER.test(clause.text)) return [];
  const words = wordsOf(query.text).map((word) => word.toLowerCase());
  const names = new Set(absentTerms(query));
  const metAt = new Set(query.terms.filter((term) => term.matches.size > 0).map((term) => term.position));
  return query.terms.filter((term) => {
    if (term.position < clause.first || term.position >= clause.asideAt || metAt.has(term.position + 1)) return false;
    if (names.has(term)) return true;
    const progressive = BE.has(words[clause.first] ?? '') || BE.has(words[term.position - 1] ?? '');
    return inNoForm(term) && mattersInRefusal(term) && namesAThing(term.surface.replace(POSSESSIVE, '').toLowerCase(), progressive);
  });
}
