/** What may follow an ending that the two Englishes spell differently: "behaviours", "serialised", "cancelled". */
const NOUN = ['', 's'];
const VERB = ['e', 'es', 'ed', 'ing', 'er', 'ers', 'able', 'ation', 'ations'];
const DOUBLED = ['ed', 'ing', 'er', 'ers'];

/**
 * The endings British and American English spell differently, each pair read either way round, with what may follow
 * them: "behaviour" and "behavior", "serialise" and "serialize", "licence" and "license", "cancelled" and "canceled".
 * A member writes one; a document, the other.
 */
const ENDINGS: readonly (readonly [string, string, readonly string[]])[] = [
  ['our', 'or', [...NOUN, 'ed', 'ing', 'ite', 'ites', 'able', 'ful', 'less']],
  ['is', 'iz', VERB],
  ['ys', 'yz', VERB],
  ['tre', 'ter', NOUN],
  ['ogue', 'og', NOUN],
  ['ence', 'ense', NOUN],
  ['ll', 'l', DOUBLED],
];

/** A word's stem before an ending must be this long: "for" is not "four". */
const MIN_STEM = 3;

/** The word's spellings in the other English, if it has any: "behaviour" → behavior; "color" → colour. */
export function otherSpellings(word: string): string[] {
  const spellings = new Set<string>();
  for (const [british, american, suffixes] of ENDINGS) {
    for (const [from, to] of [[british, american], [american, british]] as const) {
      for (const suffix of suffixes) {
        const ending = from + suffix;
        if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) spellings.add(word.slice(0, -ending.length) + to + suffix);
      }
    }
  }
  spellings.delete(word);
  return [...spellings];
}
