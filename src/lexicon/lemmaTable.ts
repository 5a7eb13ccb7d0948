import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** wink-lexicon's WordNet data as wink-lemmatizer reads it: words to their index, each index's senses, and the exceptions. */
interface WinkLexicon {
  readonly words: Readonly<Record<string, number>>;
  readonly senses: readonly (readonly number[])[];
  readonly exceptions: { readonly n: Readonly<Record<string, string>>; readonly v: Readonly<Record<string, string>>; readonly a: Readonly<Record<string, string>> };
}

function readWinkLexicon(): WinkLexicon {
  const part = <T>(file: string): T => require(`wink-lexicon/src/${file}.js`) as T;
  return {
    words: part('wn-words'),
    senses: part('wn-word-senses'),
    exceptions: { n: part('wn-noun-exceptions'), v: part('wn-verb-exceptions'), a: part('wn-adjective-exceptions') },
  };
}

/** The parts of speech a word has in WordNet, by its senses' lexicographer files, as wink-lemmatizer tells them apart. */
function partsOfSpeech(senses: readonly number[]): string {
  const has = (test: (sense: number) => boolean): boolean => senses.some(test);
  return [has((sense) => sense > 2 && sense < 29) ? 'n' : '', has((sense) => sense > 28 && sense < 44) ? 'v' : '', has((sense) => sense < 2) ? 'a' : ''].join('');
}

/**
 * The lines of docent's lemma table, sorted as `sort` sorts strings: a word, a tab, its parts of speech in WordNet
 * (`n`, `v`, `a`), then a tab and `n=`, `v=` or `a=` and the lemma for each of WordNet's exceptions it is.
 */
export function lemmaTableLines(lexicon: WinkLexicon = readWinkLexicon()): string[] {
  const entries = new Map<string, { pos: string; exceptions: string[] }>();
  const entry = (word: string): { pos: string; exceptions: string[] } => {
    let found = entries.get(word);
    if (!found) entries.set(word, (found = { pos: '', exceptions: [] }));
    return found;
  };
  for (const [word, index] of Object.entries(lexicon.words)) entry(word).pos = partsOfSpeech(lexicon.senses[index] ?? []);
  for (const kind of ['n', 'v', 'a'] as const) {
    for (const [word, lemma] of Object.entries(lexicon.exceptions[kind])) if (lemma !== '') entry(word).exceptions.push(`${kind}=${lemma}`);
  }
  // A word of none of the three parts of speech and in no exception list (an adverb) changes no lemma.
  const telling = [...entries].filter(([, { pos, exceptions }]) => pos !== '' || exceptions.length > 0);
  return telling
    .map(([word]) => word)
    .sort()
    .map((word) => {
      const { pos, exceptions } = entries.get(word)!;
      return [word, pos, ...exceptions].join('\t');
    });
}
