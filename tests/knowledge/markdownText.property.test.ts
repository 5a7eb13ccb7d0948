import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Docent } from '../../src/engine/docent.ts';
import { parseDocument } from '../../src/knowledge/parse.ts';
import { sentencesOf } from '../../src/knowledge/types.ts';

/** A piece of Markdown and the text a reader sees for it. */
interface Piece {
  readonly source: string;
  readonly shown: string;
  /** Link text, which alone makes a line of links: not a sentence to quote. */
  readonly link?: boolean;
}

const word = fc.constantFrom('Alpha', 'beta', 'U.S.', 'García', 'gamma.', 'delta!', '“quoted.”', 'Title', 'AT&T', 'x');
const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((list) => list.join(' '));
const plain = (text: string): Piece => ({ source: text, shown: text });

const inline: fc.Arbitrary<Piece> = fc.oneof(
  words(4).map(plain),
  fc.tuple(words(3), fc.constantFrom('https://example.com/a', 'notes.md', '#part')).map(([text, url]) => ({ source: `[${text}](${url})`, shown: text, link: true })),
  words(3).map((text) => ({ source: `*${text}*`, shown: text })),
  words(3).map((text) => ({ source: `**${text}**`, shown: text })),
  words(2).map((text) => ({ source: `\`${text}\``, shown: text })),
);
/** Inline pieces, separated by spaces or soft line breaks, which the reader sees as spaces: wrapped lines are joined. */
const line = fc.array(fc.tuple(inline, fc.constantFrom(' ', '\n')), { minLength: 1, maxLength: 8 }).map((pieces) => ({
  source: pieces.map(([piece, gap]) => piece.source + gap).join('').trim(),
  shown: pieces.map(([piece]) => `${piece.shown} `).join('').trim(),
  linksOnly: pieces.every(([piece]) => piece.link),
  links: pieces.filter(([piece]) => piece.link).length,
}));
const shownOf = (piece: { shown: string; linksOnly: boolean }): string[] => (piece.linksOnly ? [] : [piece.shown]);

/** A block of the document: its Markdown and the paragraphs a reader sees in it. */
interface Part {
  readonly source: string;
  readonly paragraphs: readonly string[];
  readonly heading?: number;
  /** Lines of links alone, shown only as the one line of a section below the title, and only when it is one link. */
  readonly linkLines?: readonly { readonly shown: string; readonly links: number }[];
}

const paragraph = line.map((piece): Part => ({ source: piece.source, paragraphs: shownOf(piece), ...(piece.linksOnly ? { linkLines: [piece] } : {}) }));
const heading = fc.tuple(fc.integer({ min: 1, max: 3 }), words(5)).map(([depth, text]): Part => ({ source: `${'#'.repeat(depth)} ${text}`, paragraphs: [], heading: depth }));

/**
 * The paragraphs a reader sees: a section under a heading below the title, of nothing but one line of one link, is
 * about that link ("## License", "[MIT](LICENSE)").
 */
function seenParagraphs(parts: readonly Part[]): string[] {
  const seen: string[] = [];
  let section: { topical: boolean; blocks: number; linkLines: NonNullable<Part['linkLines']>[number][] } = { topical: false, blocks: 0, linkLines: [] };
  const end = (): void => {
    const [only] = section.linkLines;
    if (section.topical && section.blocks === 0 && section.linkLines.length === 1 && only?.links === 1) seen.push(only.shown);
  };
  for (const part of parts) {
    if (part.heading !== undefined) {
      end();
      section = { topical: part.heading > 1, blocks: 0, linkLines: [] };
      continue;
    }
    section.linkLines.push(...(part.linkLines ?? []));
    seen.push(...part.paragraphs);
    section.blocks += part.paragraphs.length;
  }
  end();
  return seen;
}
const list = fc.array(line.filter((piece) => !piece.source.includes('\n')), { minLength: 1, maxLength: 4 }).map(
  (items): Part => ({
    source: items.map((item) => `- ${item.source}`).join('\n'),
    paragraphs: items.flatMap(shownOf),
    // A list item of links alone is never the one link a section is about.
    linkLines: items.filter((item) => item.linksOnly).map((item) => ({ shown: item.shown, links: 0 })),
  }),
);
const table = fc.tuple(fc.array(words(2), { minLength: 2, maxLength: 3 }), fc.array(fc.array(words(3), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 3 })).map(
  ([header, rows]): Part => ({
    source: [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.slice(0, header.length).join(' | ')} |`)].join('\n'),
    paragraphs: rows.map((row) => header.map((_, i) => row[i]).join(' · ')),
  }),
);
/** A code block is quoted as written, markup and all. */
const code = words(6).map((text): Part => ({ source: `\`\`\`js\n| not | a table |\n[not](a-link) ${text}\n\`\`\``, paragraphs: [`| not | a table |\n[not](a-link) ${text}`] }));

const markdownFile = fc
  .tuple(fc.array(fc.oneof(paragraph, heading, list, table, code), { minLength: 1, maxLength: 10 }), fc.boolean(), fc.constantFrom('\n', '\r\n'))
  .map(([parts, frontMatter, newline]) => ({
    text: `${frontMatter ? '---\ntitle: Field notes\ntags: [a, b]\n---\n' : ''}${parts.map((part) => part.source).join('\n\n')}\n`.replace(/\n/gu, newline),
    paragraphs: seenParagraphs(parts),
  }));

/** Markup a quote must never show: link syntax, emphasis and code markers, table pipes, fences, front matter. */
const MARKUP = /\]\(|\*\*|`|\||^-{3}|title:|\r/mu;

describe('quotes from Markdown show the text as displayed, and code as written', () => {
  it('for any mix of paragraphs, links, emphasis, code, lists, tables, code blocks and front matter', () => {
    fc.assert(
      fc.property(markdownFile, ({ text, paragraphs }) => {
        const document = parseDocument({ name: 'notes.md', text });
        const seen = (quote: string) => expect(paragraphs.some((shown) => shown.includes(quote)), `"${quote}" in ${JSON.stringify(paragraphs)}`).toBe(true);
        expect(document.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))).toEqual(paragraphs);
        const codeSentences = new Set(document.sections.flatMap((section) => section.paragraphs.filter((p) => p.code).flatMap((p) => p.sentences)));
        for (const sentence of sentencesOf(document)) {
          seen(sentence.text);
          if (codeSentences.has(sentence)) expect(text.replace(/\r\n/gu, '\n')).toContain(sentence.text);
          else expect(sentence.text).not.toMatch(MARKUP);
        }
        if (paragraphs.length === 0) return;
        const docent = new Docent([document]);
        for (const passage of docent.quote('alpha beta gamma', { limit: 5 }).matches) seen(passage.text);
        const answer = docent.ask('What is alpha beta?');
        if (answer.kind === 'answer') seen(answer.answer.text);
      }),
      { numRuns: 150 },
    );
  });
});
