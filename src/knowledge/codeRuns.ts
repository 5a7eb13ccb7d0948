import type { Span } from './sentences.ts';

/** A run of code longer than this is cut between lines: a quote holds at most this much. */
export const MAX_CODE_RUN = 450;

/**
 * The "sentences" of a code block: its runs of lines between blank lines (a statement with its comment, one example
 * of several), each cut between lines where longer than `maxLength`. Spans start at a line's start, indentation
 * included, and end at its last non-space character.
 *
 * @example
 * splitCodeRuns('// a\nf(1)\n\n// b\ng(2)'); // [{ start: 0, end: 9 }, { start: 11, end: 20 }]
 */
export function splitCodeRuns(code: string, maxLength = MAX_CODE_RUN): Span[] {
  const runs: Span[] = [];
  let run: Span | undefined;
  let offset = 0;
  for (const line of code.split('\n')) {
    const end = offset + line.trimEnd().length;
    if (line.trim() === '') {
      if (run) runs.push(run);
      run = undefined;
    } else if (run && end - run.start <= maxLength) {
      run = { start: run.start, end };
    } else {
      if (run) runs.push(run);
      run = { start: offset, end };
    }
    offset += line.length + 1;
  }
  if (run) runs.push(run);
  return runs;
}
