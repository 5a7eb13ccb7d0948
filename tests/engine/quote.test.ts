import { describe, expect, it } from 'vitest';
import { SEED_TEXT, seedDocent } from '../helpers/seed.ts';

describe('quote', () => {
  const docent = seedDocent();

  it('returns the verbatim sentence holding an exact phrase, first', () => {
    const result = docent.quote('Sovereignty is not negotiable');
    expect(result.exact).toBe(true);
    expect(result.matches[0]?.text).toBe(
      'President Claudia Sheinbaum has emphasize that Mexico will not tolerate violations of its sovereignty, stating, “Sovereignty is not negotiable.”',
    );
  });

  it('tolerates case, accents, punctuation and typos', () => {
    for (const fragment of ['OMAR GARCIA HARFUCH IS SET TO LEAD', 'largest ever synthetic opiod bust', 'drones to monitr cartel activities']) {
      const first = docent.quote(fragment).matches[0];
      expect(first).toBeDefined();
      expect(SEED_TEXT).toContain(first?.text);
    }
    expect(docent.quote('largest ever synthetic opiod bust').matches[0]?.text).toContain('largest-ever synthetic opioid bust');
  });

  it('finds nothing for a phrase the document does not hold', () => {
    expect(docent.quote('quantum chromodynamics lattice').matches).toEqual([]);
  });
});
