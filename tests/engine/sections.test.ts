import { describe, expect, it } from 'vitest';
import { seedDocent } from '../helpers/seed.ts';

describe('sections and section', () => {
  const docent = seedDocent();

  it('lists the table of contents with paragraph and sentence counts', () => {
    const [contents] = docent.sections();
    expect(contents?.document.id).toBe('us-mexico-security');
    expect(contents?.sections.map((section) => section.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(contents?.sections[1]).toEqual({ number: 2, title: 'Mexico’s Stance: Sovereignty and Partnership', paragraphs: 2, sentences: 8 });
  });

  it('returns a section by number, "§" number, or title words, verbatim', () => {
    expect(docent.section('2')?.title).toBe('Mexico’s Stance: Sovereignty and Partnership');
    expect(docent.section('§5')?.title).toBe('The Role of Intelligence and Surveillance');
    expect(docent.section('mexicos stance')?.number).toBe(2);
    expect(docent.section('looking ahead')?.paragraphs[0]?.text).toMatch(/^As the U\.S\. and Mexico prepare/u);
  });

  it('returns undefined for a section that does not exist', () => {
    expect(docent.section('99')).toBeUndefined();
    expect(docent.section('underwater basket weaving')).toBeUndefined();
  });
});
