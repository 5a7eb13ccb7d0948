import { describe, expect, it } from 'vitest';
import { docentOf, seedDocent } from '../helpers/seed.ts';

describe('sections and section', () => {
  const docent = seedDocent();
  /** The section found, or undefined (never the list of documents: the seed is one document). */
  const found = (name: string) => {
    const result = docent.section(name);
    return result?.kind === 'section' ? result : undefined;
  };

  it('lists the table of contents with paragraph and sentence counts', () => {
    const [contents] = docent.sections();
    expect(contents?.document.id).toBe('us-mexico-security');
    expect(contents?.sections.map((section) => section.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(contents?.sections[1]).toEqual({ number: 2, title: 'Mexico’s Stance: Sovereignty and Partnership', paragraphs: 2, sentences: 8 });
  });

  it('returns a section by number, "§" number, or title words, verbatim', () => {
    expect(found('2')?.title).toBe('Mexico’s Stance: Sovereignty and Partnership');
    expect(found('§5')?.title).toBe('The Role of Intelligence and Surveillance');
    expect(found('mexicos stance')?.number).toBe(2);
    expect(found('looking ahead')?.paragraphs[0]?.text).toMatch(/^As the U\.S\. and Mexico prepare/u);
  });

  it('returns undefined for a section that does not exist', () => {
    expect(docent.section('99')).toBeUndefined();
    expect(docent.section('underwater basket weaving')).toBeUndefined();
  });
});

describe('section with several documents', () => {
  const docent = docentOf('# Birds\n\nFalcons nest high.\n\n## Herons\n\nHerons wade.', '# Boats\n\nBoats float.\n\n## Harbours\n\nShips dock.');
  const documents = [{ id: 'doc1', title: 'Birds' }, { id: 'doc2', title: 'Boats' }];

  it('asks which document when the section could be in more than one, and names them', () => {
    expect(docent.section('2')).toEqual({ kind: 'document-needed', documents });
    expect(docent.section('2', 'doc2')).toMatchObject({ kind: 'section', title: 'Harbours' });
  });

  it('finds a section only one document has without the document named', () => {
    expect(docent.section('herons')).toMatchObject({ kind: 'section', document: { id: 'doc1' }, title: 'Herons' });
  });
});
