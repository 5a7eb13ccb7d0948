import { describe, expect, it } from 'vitest';
import { splitCodeRuns } from '../../src/knowledge/codeRuns.ts';
import { parseDocument } from '../../src/knowledge/parse.ts';
import type { Document } from '../../src/knowledge/types.ts';

const parse = (text: string): Document => parseDocument({ name: 'guide.md', text });
const outline = (document: Document): string[] => document.sections.map((section) => section.title);
const paragraphs = (document: Document): string[] => document.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text));

describe('Markdown structure as a reader sees it', () => {
  it('titles the document by its one top heading, never by its badges', () => {
    const document = parse(
      '# harbour [![NPM version](https://img.shields.io/npm/v/harbour.svg)](https://npm.im/harbour) [![downloads](https://img.shields.io/npm/dw/h)](https://npm.im/h)\n\n' +
        '[![CI](https://ci.example/badge.svg)](https://ci.example)\n\n<!-- generated: do not edit -->\n\nHarbour loads tide tables.\n',
    );
    expect(document.title).toBe('harbour');
    expect(paragraphs(document)).toEqual(['Harbour loads tide tables.']);
  });

  it('reads an HTML heading as a heading: a centred logo titles the document by its image text', () => {
    const document = parse(
      '<h1 align="center">\n\t<br>\n\t<img width="320" src="media/logo.svg" alt="Harbour">\n\t<br>\n</h1>\n\n> Tide tables done right\n\n## Info\n\nRead on.\n\n' +
        '<h2 id="api">The <code>tide()</code> call</h2>\n\nIt returns a table.\n',
    );
    expect(document.title).toBe('Harbour');
    expect(parse('<h1><img src="logo.png" alt="tide-kit logo"></h1>\n\nTides.\n').title).toBe('tide-kit');
    expect(outline(document)).toEqual(['Harbour', 'Info', 'The tide() call']);
    expect(paragraphs(document)).toEqual(['Tide tables done right', 'Read on.', 'It returns a table.']);
  });

  it('reads a logo, its heading and its tagline wrapped in one HTML paragraph as a title and a paragraph', () => {
    const document = parse('<p align="center">\n  <img src="logo.svg" alt="Quay logo" />\n  <h1 align="center">Quay</h1>\n  <p align="center">\n    Berths planned\n    <br/>\n    by <a href="https://x.example">@harbour</a>\n  </p>\n</p>\n\n## Usage\n\nPlan.\n');
    expect(document.title).toBe('Quay');
    expect(paragraphs(document)).toEqual(['Berths planned by @harbour', 'Plan.']);
  });

  it('reads an HTML paragraph as a paragraph, and one of nothing but links (badges) not at all', () => {
    const document = parse(
      '# harbour\n\n<p align="center">\nTide tables for small &amp; large <em>harbours</em>, as <a href="https://tides.example">the office</a> prints them.\n</p>\n\n' +
        '<p align="center">\n  <a href="https://ci.example"><img src="badge.svg" alt="CI"></a>\n  <a href="https://docs.example">Docs</a>\n</p>\n\n<p>Tides<br>and berths</p>\n\nRead on.\n',
    );
    expect(paragraphs(document)).toEqual(['Tide tables for small & large harbours, as the office prints them.', 'Tides and berths', 'Read on.']);
  });

  it('reads a row of links that shows the page being read unlinked (a language switcher) as no sentence, but keeps a sentence with a bold word', () => {
    const document = parse(
      '# harbour\n\n**English** | [Español](README.es.md) | [Français](README.fr.md)\n\nEnglish · [Español](README.es.md) · [Français](README.fr.md)\n\n' +
        'Tide tables for small harbours.\n\n- **Small.** No dependencies, see [Size](https://size.example).\n\n**Deprecated: use tidekit instead** | [Docs](d) | [API](a)\n',
    );
    expect(paragraphs(document)).toEqual(['Tide tables for small harbours.', 'Small. No dependencies, see Size.', 'Deprecated: use tidekit instead | Docs | API']);
  });

  it('reads a section of nothing but one link as about that link, but a line of links among other text, or above every heading, as no sentence', () => {
    const document = parse('[Docs](https://docs.example)\n\n# harbour\n\nTide tables.\n\n[Changelog](https://changes.example)\n\n## License\n\n[MIT](LICENSE)\n\n## Links\n\n- [Home](https://home.example)\n');
    expect(paragraphs(document)).toEqual(['Tide tables.', 'MIT']);
    expect(outline(document)).toEqual(['harbour', 'License']);
    // Links that only point elsewhere: above every heading, under the title, after a <details> part, or beside a list of links.
    expect(paragraphs(parse('Tagline.\n\n[Website](w)\n\n# harbour\n\nText.\n'))).toEqual(['Tagline.', 'Text.']);
    expect(paragraphs(parse('# harbour\n\n[Website](w)\n\n## Install\n\nRun it.\n'))).toEqual(['Run it.']);
    expect(paragraphs(parse('## Install\n\nRun it.\n\n<details><summary>More</summary>\n\nHidden.\n\n</details>\n\n[Read more](r)\n'))).toEqual(['Run it.', 'Hidden.']);
    expect(paragraphs(parse('# harbour\n\nText.\n\n## Links\n\n[Website](w)\n\n- [Home](h)\n- [Docs](d)\n'))).toEqual(['Text.']);
  });

  it('titles a Markdown document with no top heading by its file name, not by its first section', () => {
    const document = parseDocument({ name: 'discord.js.md', text: '<div align="center"><img src="logo.svg" alt="discord.js"></div>\n\n## About\n\nA Node.js module.\n\n## Installation\n\nInstall it.\n' });
    expect(document.title).toBe('discord.js');
    expect(outline(document)).toEqual(['About', 'Installation']);
  });

  it('gives every heading level a section path, and no section repeats the document title', () => {
    const document = parse('# Tides\n\nIntro text.\n\n## Usage\n\nUse it.\n\n### Advanced\n\nMore.\n\n#### Multiline values\n\nWrap them.\n\n## FAQ\n\nAsk.\n');
    expect(outline(document)).toEqual(['Tides', 'Usage', 'Usage › Advanced', 'Usage › Advanced › Multiline values', 'FAQ']);
  });

  it('keeps the words of the addresses its links point to, which no sentence quotes', () => {
    const document = parse('# harbour\n\nRead the [tide guide](https://docs.tideforge.example/tables-guide) first.\n\n[![CI](https://ci.example/badge.svg)](https://ci.example)\n');
    expect(paragraphs(document)).toEqual(['Read the tide guide first.']);
    expect(document.linked).toEqual(expect.arrayContaining(['docs', 'tideforge', 'example', 'tables', 'guide', 'ci']));
    expect(parseDocument({ name: 'guide.txt', text: 'See https://tideforge.example for tables.\n' }).linked).toBeUndefined();
  });

  it('keeps several top-level headings as sections of their own', () => {
    const document = parse('# Part one\n\nFirst.\n\n# Part two\n\nSecond.\n');
    expect(outline(document)).toEqual(['Part one', 'Part two']);
  });

  it('makes a <details> part a sub-section titled by its summary, so an FAQ answer keeps its question', () => {
    const document = parse(
      '# env\n\n## FAQ\n\n<details><summary>Should I commit my `.env` file?</summary><br/>\n\nNo.\n\nUnless you encrypt it.\n\n</details>\n' +
        '<details><summary>What about <b>expansion</b>?</summary>\n\nUse a plugin.\n\n</details>\n\nAfter the questions.\n',
    );
    expect(outline(document)).toEqual(['FAQ › Should I commit my .env file?', 'FAQ › What about expansion?', 'FAQ']);
    expect(document.sections[0]?.paragraphs.map((paragraph) => paragraph.text)).toEqual(['No.', 'Unless you encrypt it.']);
    expect(paragraphs(document).at(-1)).toBe('After the questions.');
  });

  it('keeps fenced and indented code verbatim with its language, and its lead-in sentence', () => {
    const document = parse(
      '# Tool\n\nInstall it. Create a `.env` file:\n\n```ini\n# .env\nKEY="a*b_c"\n```\n\nOr indent:\n\n    plain --code\n    second line\n\n```\nno language\n```\n',
    );
    const [lead, env, other, indented, bare] = document.sections[0]!.paragraphs;
    expect(lead?.code).toBeUndefined();
    expect(env?.text).toBe('# .env\nKEY="a*b_c"');
    expect(env?.code).toEqual({ language: 'ini', lead: 'Create a .env file:' });
    expect(other?.text).toBe('Or indent:');
    expect(indented?.text).toBe('plain --code\nsecond line');
    expect(indented?.code).toEqual({ language: '', lead: 'Or indent:' });
    expect(bare?.code).toEqual({ language: '' });
  });

  it('reads each table row as a passage of its cells, and each list item, nested or not, as its own', () => {
    const document = parse(
      '# T\n\n| Option | Default | Meaning |\n|---|---|---|\n| `path` | `.env` | where to read |\n| debug | false | log more |\n\n' +
        '- first item\n  wrapped here\n  - nested item\n- [ ] task item\n',
    );
    expect(paragraphs(document)).toEqual(['path · .env · where to read', 'debug · false · log more', 'first item wrapped here', 'nested item', 'task item']);
  });

  it('quotes a GitHub alert as GitHub shows it, without its [!NOTE] marker, and a plain block quote whole', () => {
    const document = parse(
      '# T\n\n> [!NOTE]\n> If you upgrade, read the guide.\n\n> [!warning]\n>\n> Never commit secrets.\n\n> [!TIP] on the same line is not an alert.\n\n> Quoted [!NOTE] stays.\n',
    );
    expect(paragraphs(document)).toEqual(['If you upgrade, read the guide.', 'Never commit secrets.', '[!TIP] on the same line is not an alert.', 'Quoted [!NOTE] stays.']);
  });

  it('drops front matter, keeping its title', () => {
    const document = parse('---\ntitle: Field notes\ntags: [a]\n---\n## Day one\n\nRain.\n');
    expect(document.title).toBe('Field notes');
    expect(outline(document)).toEqual(['Day one']);
  });
});

describe('splitCodeRuns', () => {
  it('makes each run of lines between blank lines one passage, indentation kept', () => {
    const code = '// first\nf(1)\n\n  // second\n  g(2)\n';
    expect(splitCodeRuns(code).map(({ start, end }) => code.slice(start, end))).toEqual(['// first\nf(1)', '  // second\n  g(2)']);
  });

  it('keeps a function body whole across its blank lines, and a comment with the code it introduces', () => {
    const code = "// Index nested fields:\n\nlet index = make({\n  extract: (doc) => {\n    if (doc.a) return '('\n\n    return doc.b\n  },\n})\n\n# next\nrun()";
    const runs = splitCodeRuns(code).map(({ start, end }) => code.slice(start, end));
    expect(runs).toEqual([code.slice(0, code.indexOf('\n\n# next')), '# next\nrun()']);
  });

  it('cuts a long run between lines', () => {
    const code = Array.from({ length: 30 }, (_, i) => `line(${i}) // ${'x'.repeat(20)}`).join('\n');
    const runs = splitCodeRuns(code, 100);
    expect(runs.length).toBeGreaterThan(5);
    for (const { start, end } of runs) {
      expect(end - start).toBeLessThanOrEqual(100);
      expect(code[start - 1] ?? '\n').toBe('\n');
    }
  });
});
