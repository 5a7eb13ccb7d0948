import { wordNetLemmas } from '../analyzer/lemmatize.ts';
import { asksWith } from './askingClause.ts';
import { absentTerms, inNoForm, POSSESSIVE, type Query, type QueryTerm } from './query.ts';
import { mattersInRefusal } from './vagueWords.ts';

// What a member asks how to do, or whether docent's documents do: a thing ("log rotation", "pagination"), which a
// document that never names it does not cover.

/**
 * What a member asks of documentation, in the present, besides how to do something (`AskingClause.howTo`): whether it
 * can be done ("does it support…", "can I…", "is there…"). A question in the past ("did…", "how did…") asks what
 * happened, which a text tells in words of its own.
 */
const WHETHER = /^(?:do|does|can|could|is|are|will|would|should|must)\b(?!['’]t)/iu;

/**
 * Whether a common word names a thing: WordNet knows it, and each of its forms, only as a noun ("pagination",
 * "synonyms"). A word that is also a verb or an adjective ("drop", "hits", "slower", "blocking", "token") is as often
 * the member's own way of saying what the documents say otherwise.
 */
function namesAThing(term: QueryTerm): boolean {
  const parts = wordNetLemmas().partsOfSpeech(term.surface.replace(POSSESSIVE, '').toLowerCase());
  return parts.size === 1 && parts.has('n');
}

/**
 * The things a how-to or yes/no question asks about that the documents never name: a name they lack
 * (`absentTerms`, when the caller has them already), or a noun they hold in no form (`namesAThing`), in the clause that asks ("does it support
 * pagination?", "how do I set up log rotation?"). Not a word that only qualifies the next, which they hold ("yaml" of
 * "yaml config files"), nor one in an example or a contrast ("…, like a query param", "instead of masking it").
 */
export function unmentionedThings(query: Query, absent: readonly QueryTerm[] = absentTerms(query)): QueryTerm[] {
  const clause = query.shape.asking;
  if (!clause.howTo && !WHETHER.test(clause.text)) return [];
  const names = new Set(absent);
  const metAt = new Set(query.terms.filter((term) => term.matches.size > 0).map((term) => term.position));
  return query.terms.filter((term) => {
    if (!asksWith(clause, term.position) || metAt.has(term.position + 1)) return false;
    return names.has(term) || (inNoForm(term) && mattersInRefusal(term) && namesAThing(term));
  });
}
