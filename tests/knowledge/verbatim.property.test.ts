import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Docent } from '../../src/engine/docent.ts';
import { parseDocument } from '../../src/knowledge/parse.ts';
import { sentencesOf } from '../../src/knowledge/types.ts';

const word = fc.constantFrom('Alpha', 'beta', 'U.S.', 'García', 'gamma.', 'delta!', '“quoted.”', 'x', '#', '-', 'Title');
const line = fc.tuple(fc.array(word, { minLength: 1, maxLength: 25 }), fc.constantFrom('', ' ', '  ', '\t', '\u00A0')).map(([words, tail]) => words.join(' ') + tail);
const file = fc.tuple(fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n')), { minLength: 1, maxLength: 20 }), fc.boolean()).map(
  ([lines, bom]) => (bom ? '\uFEFF' : '') + lines.map(([text, end]) => text + end).join(''),
);

describe('quotes from plain text are exact slices of the file', () => {
  it('for any file: CRLF, trailing spaces and tabs, blank lines, a byte-order mark', () => {
    fc.assert(
      fc.property(file, (text) => {
        const document = parseDocument({ name: 'notes.txt', text });
        for (const sentence of sentencesOf(document)) expect(text).toContain(sentence.text);
        const docent = new Docent([document]);
        for (const passage of docent.quote('alpha beta gamma', { limit: 5 }).matches) expect(text).toContain(passage.text);
        const answer = docent.ask('What is alpha beta?');
        if (answer.kind === 'answer') expect(text).toContain(answer.answer.text);
      }),
      { numRuns: 100 },
    );
  });
});
