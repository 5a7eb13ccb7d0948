import type { Token, TokenFilter } from './token.ts';

/** A phrase of analyzed terms and the single term it is also known by, e.g. `joint special oper command` → `jsoc`. */
export interface AliasRule {
  readonly phrase: readonly string[];
  readonly alias: string;
}

/**
 * Rules as a trie over their phrases' terms: matching costs the length of the phrase, not the number of rules. A
 * node holds a map of next terms only when some phrase goes on, and its aliases only when some phrase ends there:
 * mined from a large corpus, the trie had 42,000 nodes, most of them an empty map or an empty list, which every full
 * collection marked.
 */
interface PhraseNode {
  next?: Map<string, PhraseNode>;
  /** Aliases of the phrases that end here, in the order their rules were given. */
  ends?: { readonly alias: string; readonly order: number }[];
}

function phraseTrie(rules: readonly AliasRule[]): PhraseNode {
  const root: PhraseNode = {};
  rules.forEach((rule, order) => {
    if (rule.phrase.length === 0) return;
    let node = root;
    for (const term of rule.phrase) {
      node.next ??= new Map();
      let child = node.next.get(term);
      if (!child) {
        child = {};
        node.next.set(term, child);
      }
      node = child;
    }
    (node.ends ??= []).push({ alias: rule.alias, order });
  });
  return root;
}

/** The aliases of the phrases starting at `start` in a list of terms, in the order their rules were given. */
export type AliasMatcher = (terms: readonly string[], start: number) => readonly string[];

const NONE: readonly string[] = [];

export function aliasMatcher(rules: readonly AliasRule[]): AliasMatcher {
  const root = phraseTrie(rules);
  return (terms, start) => {
    let found: { alias: string; order: number }[] | undefined;
    for (let node = root.next?.get(terms[start]!), i = start + 1; node; node = i < terms.length ? node.next?.get(terms[i++]!) : undefined) {
      if (node.ends) (found ??= []).push(...node.ends);
    }
    if (!found) return NONE;
    return found.sort((a, b) => a.order - b.order).map((end) => end.alias);
  };
}

/**
 * Adds each rule's alias where its phrase occurs, at the phrase's first position.
 * Applied on both sides, so `JSOC` finds "Joint Special Operations Command" and the other way round.
 */
export function expandAliases(rules: readonly AliasRule[]): TokenFilter {
  const aliasesAt = aliasMatcher(rules);
  return (tokens) => {
    const terms = tokens.map((token) => token.term);
    return tokens.flatMap((token, i) => [token, ...aliasesAt(terms, i).map((alias) => ({ ...token, term: alias, keyword: true }))]);
  };
}
