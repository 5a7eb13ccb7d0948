import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/knowledge/types.ts';
import { docentOf, seedDocent, seedDocument } from '../helpers/seed.ts';

describe('summarize', () => {
  const docent = seedDocent();
  const order = sentencesOf(seedDocument()).map((sentence) => sentence.text);

  it('summarises the whole document with a sentence from every section, in document order', () => {
    const summary = docent.summarize();
    if (summary.kind !== 'summary') throw new Error('expected a summary');
    expect(new Set(summary.sentences.map((passage) => passage.ref.section.number))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    const positions = summary.sentences.map((passage) => order.indexOf(passage.text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('starts a whole-document summary at every length from what the document is about: its first section', () => {
    for (const length of ['short', 'medium', 'long'] as const) {
      const summary = docent.summarize({ length });
      if (summary.kind !== 'summary') throw new Error('expected a summary');
      expect(summary.sentences[0]?.ref.section.number).toBe(1);
      expect(summary.sentences[0]?.text).toMatch(/contentious internal debate/u);
    }
    const short = docent.summarize({ length: 'short' });
    expect(short.kind === 'summary' && short.sentences.map((passage) => passage.ref.section.number)).toEqual([1, 2]);
  });

  it('summarises one section at the asked length', () => {
    const summary = docent.summarize({ section: '3', length: 'short' });
    if (summary.kind !== 'summary') throw new Error('expected a summary');
    expect(summary.section?.number).toBe(3);
    expect(summary.sentences).toHaveLength(2);
    expect(summary.sentences.every((passage) => passage.ref.section.number === 3)).toBe(true);
  });

  it('finds a section by part of its title', () => {
    const summary = docent.summarize({ section: 'surveillance' });
    expect(summary.kind === 'summary' && summary.section?.number).toBe(5);
  });

  it('gives exactly the number of sentences asked for, overriding the length', () => {
    const summary = docent.summarize({ section: '1', count: 3 });
    expect(summary.kind === 'summary' && summary.sentences.length).toBe(3);
  });

  it("opens a section's summary with the sentence that states its main point", () => {
    const summary = docent.summarize({ section: '2', length: 'short' });
    if (summary.kind !== 'summary') throw new Error('expected a summary');
    expect(summary.sentences[0]?.text).toMatch(/^The Mexican government has made it clear/u);
  });

  it('says which section was not found', () => {
    expect(docent.summarize({ section: 'Atlantis' })).toEqual({ kind: 'not-found', what: 'section', name: 'Atlantis' });
  });

  it('works on a document without headings and never repeats a sentence', () => {
    const summary = docentOf('Cats purr. Cats purr. Dogs bark loudly. Birds sing at dawn. Fish swim.').summarize({ length: 'medium' });
    if (summary.kind !== 'summary') throw new Error('expected a summary');
    const texts = summary.sentences.map((passage) => passage.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('asks which document when several are loaded and none is named, and names a document that is not loaded', () => {
    const several = docentOf('# Birds\n\nFalcons nest high.', '# Boats\n\nBoats float.');
    expect(several.summarize()).toEqual({ kind: 'document-needed', documents: [{ id: 'doc1', title: 'Birds' }, { id: 'doc2', title: 'Boats' }] });
    expect(several.summarize({ document: 'boats' })).toMatchObject({ kind: 'summary', document: { id: 'doc2' } });
    expect(several.summarize({ document: 'ships' })).toEqual({ kind: 'not-found', what: 'document', name: 'ships' });
  });
});
