import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/knowledge/parse.ts';
import { sentencesOf } from '../../src/knowledge/types.ts';
import { SEED_TEXT, seedDocument } from '../helpers/seed.ts';

describe('parseDocument on the seed document', () => {
  const document = seedDocument();

  it('finds the six sections with their exact headings, two paragraphs each', () => {
    expect(document.sections.map((section) => section.title)).toEqual([
      'The White House Divided: Debating Military Strikes vs. Collaboration with Mexico',
      'Mexico’s Stance: Sovereignty and Partnership',
      'Historical Tensions and Recent Strains in U.S.-Mexico Relations',
      'Mexico’s Anti-Cartel Efforts: A Show of Commitment',
      'The Role of Intelligence and Surveillance',
      'Looking Ahead: The Path to Cooperation and Conflict',
    ]);
    expect(document.sections.map((section) => section.paragraphs.length)).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it('splits 41 sentences, each a verbatim slice of the file', () => {
    const sentences = sentencesOf(document);
    expect(sentences).toHaveLength(41);
    for (const sentence of sentences) expect(SEED_TEXT).toContain(sentence.text);
  });

  it('takes the first heading as the title and the file name as the id', () => {
    expect(document.title).toBe('The White House Divided: Debating Military Strikes vs. Collaboration with Mexico');
    expect(document.id).toBe('us-mexico-security');
  });

  it('gives every sentence a stable reference: section, paragraph and sentence numbers from 1', () => {
    const sentences = sentencesOf(document);
    expect(sentences[0]?.ref).toEqual({ document: 'us-mexico-security', section: 1, paragraph: 1, sentence: 1 });
    const sheinbaum = sentences.find((sentence) => sentence.text.includes('Sovereignty is not negotiable'));
    expect(sheinbaum?.ref).toEqual({ document: 'us-mexico-security', section: 2, paragraph: 1, sentence: 2 });
    expect(sentencesOf(seedDocument()).map((sentence) => sentence.ref)).toEqual(sentences.map((sentence) => sentence.ref));
  });
});

describe('parseDocument on other files', () => {
  it('reads Markdown # headings as sections', () => {
    const document = parseDocument({ name: 'notes.md', text: '# Notes\n\nFirst paragraph here.\n\n## Second part\n\nMore text. And more.\n' });
    expect(document.title).toBe('Notes');
    expect(document.sections.map((section) => [section.title, section.paragraphs.length])).toEqual([
      ['Notes', 1],
      ['Second part', 1],
    ]);
    expect(document.sections[1]?.paragraphs[0]?.sentences.map((sentence) => sentence.text)).toEqual(['More text.', 'And more.']);
  });

  it('titles a file without headings by its name, in one section', () => {
    const document = parseDocument({ name: 'minutes-2024.txt', text: 'We met on Monday. Nothing was decided.\n\nWe will meet again.' });
    expect(document.title).toBe('minutes-2024');
    expect(document.sections).toHaveLength(1);
    expect(document.sections[0]?.paragraphs).toHaveLength(2);
  });

  it('reads a plain-text line underlined with = or - as a heading, and a rule as no text', () => {
    const text = 'TIDE MANUAL\n===========\n\n1. INTRODUCTION\n\nIt reads the tables.\n\n----------\n\nSetup, step by step\n-------------------\n\nRun it once.\n';
    const document = parseDocument({ name: 'manual.txt', text });
    expect(document.title).toBe('TIDE MANUAL');
    expect(document.sections.map((section) => section.title)).toEqual(['1. INTRODUCTION', 'Setup, step by step']);
    expect(document.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))).toEqual(['It reads the tables.', 'Run it once.']);
  });

  it('joins hard-wrapped lines into one paragraph and keeps them verbatim', () => {
    const text = 'A title line\n\nThis paragraph is wrapped\nacross two lines. It ends here.\n';
    const document = parseDocument({ name: 'wrapped.txt', text });
    const paragraph = document.sections[0]?.paragraphs[0];
    expect(paragraph?.text).toBe('This paragraph is wrapped\nacross two lines. It ends here.');
    expect(paragraph?.sentences.map((sentence) => sentence.text)).toEqual(['This paragraph is wrapped\nacross two lines.', 'It ends here.']);
  });

  it('treats text before the first heading as a section named after the document', () => {
    const document = parseDocument({ name: 'intro.md', text: 'Preamble text.\n\n# Part one\n\nBody text.' });
    expect(document.sections.map((section) => section.title)).toEqual(['Part one', 'Part one']);
  });

  it('reads CRLF files and a byte-order mark like any other', () => {
    const document = parseDocument({ name: 'crlf.txt', text: '\uFEFFA Heading\r\nFirst sentence. Second one.\r\n' });
    expect(document.title).toBe('A Heading');
    expect(document.sections[0]?.paragraphs[0]?.sentences.map((sentence) => sentence.text)).toEqual(['First sentence.', 'Second one.']);
  });

  it('reads Markdown as displayed: link text not syntax, table rows without pipes, list items apart, no front matter', () => {
    const text = [
      '---',
      'title: "Harbour Guide"',
      'draft: true',
      '---',
      '# Arrival',
      '',
      'Read the [port rules](https://example.com/rules "Rules") before **docking**; call `VHF 16` &amp; wait.',
      '',
      '| Berth | Depth |',
      '|-------|------:|',
      '| North | 12 m  |',
      '| South \\| East | 9 m |',
      '',
      '- [x] Show your papers.',
      '- Pay the *harbour* fee.',
      '',
      '```sh',
      'curl https://example.com | sh',
      '```',
      '',
      '<!-- internal note -->',
    ].join('\n');
    const document = parseDocument({ name: 'guide.md', text });
    expect(document.title).toBe('Harbour Guide');
    expect(document.sections.map((section) => section.title)).toEqual(['Arrival']);
    expect(document.sections[0]?.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Read the port rules before docking; call VHF 16 & wait.',
      'North · 12 m',
      'South | East · 9 m',
      'Show your papers.',
      'Pay the harbour fee.',
      'curl https://example.com | sh',
    ]);
    expect(document.sections[0]?.paragraphs.map((paragraph) => paragraph.code?.language)).toEqual([undefined, undefined, undefined, undefined, undefined, 'sh']);
  });
});
