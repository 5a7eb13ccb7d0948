import { performance } from 'node:perf_hooks';
import type { Docent } from '../../engine/docent.ts';
import { looseForm } from '../../engine/find.ts';
import { quoteSuggestions } from '../../present/quoteSuggestions.ts';
import { percentile } from '../metrics.ts';
import { fragmentsOf, type Fragment } from './fragments.ts';
import { randomInt, seededRandom } from './random.ts';
import { VARIANTS } from './variants.ts';

export interface VariantScore {
  readonly name: string;
  readonly fragments: number;
  /** Fragments this variant actually altered (few fragments hold accents, for example). */
  readonly changed: number;
  /** Fragments whose first quote holds the original fragment. */
  readonly right: number;
  /** `right` as a share of `fragments`. */
  readonly top1: number;
}

export interface Latency {
  readonly p50: number;
  readonly p99: number;
}

/** A fragment variant whose first quote was not a sentence holding the fragment. */
export interface QuoteMiss {
  readonly variant: string;
  readonly query: string;
  readonly expected: string;
  readonly got: string | undefined;
}

export interface QuoteEvaluation {
  readonly sentences: number;
  readonly fragments: number;
  readonly variants: readonly VariantScore[];
  /** Milliseconds per `quote` call on each variant. */
  readonly quoteMs: Latency;
  /** Milliseconds per autocomplete (search and excerpts) on a random-length prefix of each variant, as if typing. */
  readonly autocompleteMs: Latency;
  readonly misses: readonly QuoteMiss[];
}

/** Right when the first quote holds the fragment: a fragment that several sentences share may name any of them. */
function holds(text: string | undefined, fragment: Fragment): boolean {
  return text !== undefined && ` ${looseForm(text)} `.includes(` ${looseForm(fragment.text)} `);
}

function timed<T>(times: number[], run: () => T): T {
  const start = performance.now();
  const result = run();
  times.push(performance.now() - start);
  return result;
}

/**
 * Untimed calls first (cycling through the fragments of a small corpus), so that latency is the bot's steady state
 * rather than the JIT compiler's warm-up and the collection of what loading left behind.
 */
const WARM_UP = 500;

const latencyOf = (times: readonly number[]): Latency => ({
  p50: Number(percentile(times, 0.5).toFixed(2)),
  p99: Number(percentile(times, 0.99).toFixed(2)),
});

/**
 * Takes a fragment from every sentence of the engine's knowledge, misremembers it in every variant, and checks
 * that `quote` puts a sentence holding the fragment first; times `quote` and autocomplete along the way.
 */
export function evaluateQuote(docent: Docent, seed: number): QuoteEvaluation {
  const random = seededRandom(seed);
  const typing = seededRandom(seed ^ 0x5bd1e995);
  const sentences = docent.search.index.entries.map((entry) => ({ id: entry.id, text: entry.sentence.text }));
  const fragments = fragmentsOf(sentences, random);
  for (let n = 0; n < Math.min(WARM_UP, fragments.length * 20); n++) {
    const fragment = fragments[n % fragments.length]!;
    quoteSuggestions(docent, docent.quote(fragment.text).matches[0]?.text ?? fragment.text);
  }
  const quoteTimes: number[] = [];
  const autocompleteTimes: number[] = [];
  const misses: QuoteMiss[] = [];
  const counts = VARIANTS.map(() => ({ changed: 0, right: 0 }));
  for (const fragment of fragments) {
    VARIANTS.forEach((variant, v) => {
      const query = variant.make(fragment.text, random);
      const first = timed(quoteTimes, () => docent.quote(query)).matches[0]?.text;
      timed(autocompleteTimes, () => quoteSuggestions(docent, query.slice(0, randomInt(typing, 1, query.length))));
      const count = counts[v]!;
      if (query !== fragment.text) count.changed++;
      if (holds(first, fragment)) count.right++;
      else misses.push({ variant: variant.name, query, expected: fragment.sentence, got: first });
    });
  }
  return {
    sentences: sentences.length,
    fragments: fragments.length,
    variants: VARIANTS.map((variant, v) => ({
      name: variant.name,
      fragments: fragments.length,
      changed: counts[v]!.changed,
      right: counts[v]!.right,
      top1: fragments.length === 0 ? 0 : Number((counts[v]!.right / fragments.length).toFixed(4)),
    })),
    quoteMs: latencyOf(quoteTimes),
    autocompleteMs: latencyOf(autocompleteTimes),
    misses,
  };
}
