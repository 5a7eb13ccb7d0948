import type { Token, TokenFilter } from './token.ts';

/** A phrase of analyzed terms and the single term it is also known by, e.g. `joint special oper command` → `jsoc`. */
export interface AliasRule {
  readonly phrase: readonly string[];
  readonly alias: string;
}

function matchesAt(tokens: readonly Token[], start: number, phrase: readonly string[]): boolean {
  return phrase.every((term, offset) => tokens[start + offset]?.term === term);
}

/**
 * Adds each rule's alias where its phrase occurs, at the phrase's first position.
 * Applied on both sides, so `JSOC` finds "Joint Special Operations Command" and the other way round.
 */
export function expandAliases(rules: readonly AliasRule[]): TokenFilter {
  const byFirstTerm = new Map<string, AliasRule[]>();
  for (const rule of rules) {
    const first = rule.phrase[0];
    if (first === undefined) continue;
    byFirstTerm.set(first, [...(byFirstTerm.get(first) ?? []), rule]);
  }
  return (tokens) =>
    tokens.flatMap((token, i): Token[] => {
      const found = (byFirstTerm.get(token.term) ?? []).filter((rule) => matchesAt(tokens, i, rule.phrase));
      return [token, ...found.map((rule) => ({ ...token, term: rule.alias, keyword: true }))];
    });
}
