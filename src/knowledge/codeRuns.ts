import type { Span } from './sentences.ts';

/** A run of code longer than this is cut between lines: a quote holds at most this much. */
export const MAX_CODE_RUN = 450;

/** String literals and line comments, whose brackets are text: `'('`, `// (here "title")`. */
const STRINGS_AND_COMMENTS = /(["'`])(?:\\.|(?!\1).)*\1|\/\/.*$|#.*$/gu;
/** A line that only comments: `// Boost some fields`, `# .env`, a block comment opened or carried on. */
const COMMENT_LINE = /^\s*(?:\/\/|#|\/\*|\*)/u;

/** Brackets a line opens minus those it closes, outside its strings and comments. */
function bracketBalance(line: string): number {
  const bare = line.replace(STRINGS_AND_COMMENTS, '');
  return (bare.match(/[([{]/gu)?.length ?? 0) - (bare.match(/[)\]}]/gu)?.length ?? 0);
}

/**
 * The "sentences" of a code block: its runs of lines between blank lines (a statement with its comment, one example
 * of several), each cut between lines where longer than `maxLength`. A blank line inside open brackets (between two
 * parts of one function body) or after lines that only comment (which introduce the code below them) ends no run.
 * Spans start at a line's start, indentation included, and end at its last non-space character.
 *
 * @example
 * splitCodeRuns('// a\nf(1)\n\n// b\ng(2)'); // [{ start: 0, end: 9 }, { start: 11, end: 20 }]
 */
export function splitCodeRuns(code: string, maxLength = MAX_CODE_RUN): Span[] {
  const runs: Span[] = [];
  let run: Span | undefined;
  let onlyComments = true;
  let offset = 0;
  let depth = 0;
  for (const line of code.split('\n')) {
    const end = offset + line.trimEnd().length;
    if (line.trim() === '') {
      if (run && depth === 0 && !onlyComments) {
        runs.push(run);
        run = undefined;
      }
    } else {
      if (run && end - run.start > maxLength) {
        runs.push(run);
        run = undefined;
      }
      if (!run) onlyComments = true;
      run = { start: run?.start ?? offset, end };
      onlyComments &&= COMMENT_LINE.test(line);
      depth = Math.max(0, depth + bracketBalance(line));
    }
    offset += line.length + 1;
  }
  if (run) runs.push(run);
  return runs;
}
