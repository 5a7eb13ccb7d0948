import { describe, expect, it } from 'vitest';
import { displayedText } from '../../src/eval/displayed.ts';

describe('Markdown as displayed', () => {
  it('drops code ticks, link targets, link brackets and emphasis markers of the docs-qa gold strings', () => {
    expect(displayedText('Default: `utf8`')).toBe('Default: utf8');
    expect(displayedText('Use [dotenvx](https://github.com/dotenvx/dotenvx) for variable expansion.')).toBe('Use dotenvx for variable expansion.');
    expect(displayedText('paths are **case sensitive**')).toBe('paths are case sensitive');
    expect(displayedText('Remove it, [remove git history]')).toBe('Remove it, remove git history');
  });

  it('shows a link as its text whatever its target', () => {
    expect(displayedText('Remove it, [remove git history](https://docs.github.com/x) and then')).toBe('Remove it, remove git history and then');
    expect(displayedText('see [the guide][guide] or ![a logo](logo.png "Logo")')).toBe('see the guide or a logo');
  });

  it('drops single and underscore emphasis but not stars and underscores that are not emphasis', () => {
    expect(displayedText('*really* and __strongly__ and _gently_')).toBe('really and strongly and gently');
    expect(displayedText('a * b * c, snake_case_name, redact: [\'*.password\', \'a[*].b\']')).toBe("a * b * c, snake_case_name, redact: ['*.password', 'a[*].b']");
  });

  it('keeps code spans and index expressions as written', () => {
    expect(displayedText('wrap `**x**` and `[y](z)` in ``a ` b``')).toBe('wrap **x** and [y](z) in a ` b');
    expect(displayedText("return doc && doc[key], path[\"with-hyphen\"]")).toBe('return doc && doc[key], path["with-hyphen"]');
  });

  it('reduces a code line and its gold string alike', () => {
    expect(displayedText("    censor: '**GDPR COMPLIANT**'")).toBe("    censor: 'GDPR COMPLIANT'");
  });

  it('leaves plain prose unchanged', () => {
    const prose = 'Omar García Harfuch, the security secretary, met officials in Washington on 3 March (2025); costs rose 2%.';
    expect(displayedText(prose)).toBe(prose);
  });
});
