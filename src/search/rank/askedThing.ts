import { wordNetLemmas } from '../analyzer/lemmatize.ts';
import { asksWith, narrowsWith } from './askingClause.ts';
import { absentTerms, inNoForm, POSSESSIVE, type Query, type QueryTerm } from './query.ts';
import { isManual } from './manualRefusal.ts';
import { mattersInRefusal } from './vagueWords.ts';
import type { Window } from './windows.ts';

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
 * A question that asks which one of a kind, the kind named by the one word between its question word and an auxiliary
 * ("what license is…", "which hook should…"; not "what determines which…", "which open source license…"). A manual
 * names the kinds of thing it documents (a licence, an option, a port), so one it never names it does not say; prose
 * names the one without its kind ("What venue…?": "Levi's Stadium"), so there the rule is not applied.
 */
const WHICH_KIND = /^(?:what|which)\s+\S+\s+(?:is|are|was|were|do|does|did|can|could|should|would|will|must|has|have)\b/iu;

/**
 * The things a question asks about that the documents never name: a name they lack (`absentTerms`, when the caller
 * has them already), or a noun they hold in no form (`namesAThing`). In a how-to or yes/no question, any in the clause
 * that asks ("does it support pagination?", "how do I set up log rotation?"); in a manual, the kind a which-question
 * asks for ("what license is it released under?"). Not a common word that only qualifies the next, which they hold
 * ("placeholder" of "placeholder text": the member's own way of saying it), nor one in an example or a contrast ("…,
 * like a query param", "instead of masking it"), nor one in a part that only describes ("…patterns that we run on
 * the server"); a name they lack is asked about wherever it stands but in an example ("yaml" of "yaml config files",
 * "logstash" of "…lines that we send to logstash").
 */
export function unmentionedThings(query: Query, best: Window | undefined, absent: readonly QueryTerm[] = absentTerms(query)): QueryTerm[] {
  const clause = query.shape.asking;
  const names = new Set(absent);
  const metAt = new Set(query.terms.filter((term) => term.matches.size > 0).map((term) => term.position));
  // A kind a which-question asks for is a noun where it stands, whatever else WordNet knows the word as ("license").
  const unnamed = (term: QueryTerm, asKind: boolean): boolean =>
    names.has(term) || (!metAt.has(term.position + 1) && inNoForm(term) && mattersInRefusal(term) && (asKind || namesAThing(term)));
  // A name is asked about in a part that describes too ("…lines that we send to logstash"); a common noun there is scene.
  const asksAbout = (term: QueryTerm): boolean => (names.has(term) ? narrowsWith(clause, term.position) : asksWith(clause, term.position));
  if (clause.howTo || WHETHER.test(clause.text)) return query.terms.filter((term) => asksAbout(term) && unnamed(term, false));
  if (WHICH_KIND.test(clause.text) && isManual(best)) return query.terms.filter((term) => term.position === clause.first + 1 && unnamed(term, true));
  return [];
}
