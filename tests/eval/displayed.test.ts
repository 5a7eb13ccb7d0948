import { describe, expect, it } from 'vitest';
import { displayedText } from '../../src/eval/displayed.ts';

const PROSE = 'Omar García Harfuch, the security secretary, met officials in Washington on 3 March (2025); costs rose 2%.';

// [what it shows, Markdown, as displayed]; the first four are docs-qa gold strings.
const CASES: readonly (readonly [string, string, string])[] = [
  ['code ticks', 'Default: `utf8`', 'Default: utf8'],
  ['a link target', 'Use [dotenvx](https://github.com/dotenvx/dotenvx) for variable expansion.', 'Use dotenvx for variable expansion.'],
  ['strong emphasis', 'paths are **case sensitive**', 'paths are case sensitive'],
  ['link brackets', 'Remove it, [remove git history]', 'Remove it, remove git history'],
  ['a link in its sentence', 'Remove it, [remove git history](https://docs.github.com/x) and then', 'Remove it, remove git history and then'],
  ['a reference link and an image', 'see [the guide][guide] or ![a logo](logo.png "Logo")', 'see the guide or a logo'],
  ['single and underscore emphasis', '*really* and __strongly__ and _gently_', 'really and strongly and gently'],
  ['stars and underscores that are not emphasis', "a * b * c, snake_case_name, redact: ['*.password', 'a[*].b']", "a * b * c, snake_case_name, redact: ['*.password', 'a[*].b']"],
  ['code spans kept as written', 'wrap `**x**` and `[y](z)` in ``a ` b``', 'wrap **x** and [y](z) in a ` b'],
  ['index expressions', 'return doc && doc[key], path["with-hyphen"]', 'return doc && doc[key], path["with-hyphen"]'],
  ['a code line, reduced as its gold string is', "    censor: '**GDPR COMPLIANT**'", "    censor: 'GDPR COMPLIANT'"],
  ['plain prose, unchanged', PROSE, PROSE],
];

describe('Markdown as displayed', () => {
  it.each(CASES)('%s', (_what, markdown, displayed) => {
    expect(displayedText(markdown)).toBe(displayed);
  });
});
