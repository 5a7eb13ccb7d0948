import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundQuery, MAX_QUERY_LENGTH } from '../../src/search/boundQuery.ts';
import type { Docent } from '../../src/engine/docent.ts';
import { seedDocent } from '../helpers/seed.ts';

/**
 * Pieces of the inputs the issue names: stop words, punctuation, emoji, right-to-left and zero-width text, control
 * characters, Discord mentions and Markdown, regular-expression metacharacters, and words named like JS internals.
 */
const NASTY = [
  'the', 'of', 'and', 'is', 'what', '?', '!!!', '...', '—', '§', '¶', '🙂', '👨‍👩‍👧', '🇲🇽', 'مرحبا بالعالم', 'שלום', '\u202e', '\u200f',
  '\u200b', '\u200d', '\ufeff', '\u0000', '\u0007', '\u001b[31m', '\r\n', '\t', '\u0085', '<@123456789012345678>', '@everyone', '@here',
  '<@&456>', '<#789>', '**', '__', '~~', '||', '`', '```js\nx\n```', '> ', '# ', '[link](http://x)', '(a+)+$', '.*', '[^]',
  '\\', '$&', '$1', '(?<x>', '\\d{1,99999}', '^$', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'Mexico', 'cartel',
  'Sheinbaum', 'U.S.', 'sovreignty', '3', '-1', '99', '1e309', 'NaN', '', ' ', 'a'.repeat(300),
];

/** Any text: arbitrary code points, graphemes, or runs of the pieces above, up to 6,000 characters. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.constantFrom(...NASTY), { maxLength: 60 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 1500 }).map((parts) => parts.join(' ').slice(0, 6000)),
  fc.string({ unit: 'binary', minLength: 1000, maxLength: 6000 }),
);

/** A hang guard only: a normal question takes milliseconds; this fails on runaway work, not on a slow machine. */
const HANG_MS = 5_000;

function timed<T>(run: () => T): T {
  const start = performance.now();
  const result = run();
  expect(performance.now() - start).toBeLessThan(HANG_MS);
  return result;
}

/** Everything the engine answers, for one text used as every kind of input. */
function everyCall(docent: Docent, input: string) {
  return {
    ask: timed(() => docent.ask(input)),
    quote: timed(() => docent.quote(input, { limit: 25 })),
    find: timed(() => docent.findPassages(input, { limit: 5 })),
    summary: timed(() => docent.summarize({ section: input, length: 'long' })),
    section: timed(() => docent.section(input)),
    contents: timed(() => docent.sections(input)),
    inDocument: timed(() => docent.ask('cartel', { document: input })),
  };
}

describe('the engine, for arbitrary input', () => {
  const docent = seedDocent();

  it('never throws, and answers every kind of call with data', () => {
    fc.assert(
      fc.property(text, (input) => {
        const result = everyCall(docent, input);
        expect(['answer', 'refusal']).toContain(result.ask.kind);
        expect(result.quote.kind).toBe('quote');
        expect(['summary', 'not-found']).toContain(result.summary.kind);
      }),
      { numRuns: 150 },
    );
  });

  it('does bounded work: a long text is answered exactly as its first 500 characters are', () => {
    fc.assert(
      fc.property(text, (input) => {
        const bounded = boundQuery(input);
        expect(bounded.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(input.startsWith(bounded)).toBe(true);
        if (bounded === input) return;
        expect({ ...docent.ask(input), question: '' }).toEqual({ ...docent.ask(bounded), question: '' });
        expect({ ...docent.quote(input), text: '' }).toEqual({ ...docent.quote(bounded), text: '' });
        expect(docent.findPassages(input)).toEqual(docent.findPassages(bounded));
      }),
      { numRuns: 40 },
    );
  });

  it('cuts a long text at a space when it can, and never inside a character', () => {
    expect(boundQuery(`${'word '.repeat(200)}`)).toMatch(/^(?:word )*word$/u);
    const emoji = '🙂'.repeat(400);
    const cut = boundQuery(emoji);
    expect(cut.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(cut).toBe('🙂'.repeat(cut.length / 2));
  });
});
