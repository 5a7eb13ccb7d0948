import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ANALYZER_VERSION, Analyzer } from '../../../src/search/analyzer/analyzer.ts';
import { mineAcronyms } from '../../../src/search/aliases/mineAcronyms.ts';
import { SEED_TEXT } from '../../helpers/seed.ts';

const PROBE = `${SEED_TEXT}
THE U.S. AND THE C.I.A. SAID SO. García’s anti-narcotics 1,000 10th 1950s twenty-one children led sought Don't, dont, whats. In 1646–7 and 2010-11, 24–10, for €27,814 or US$38, a 25% share. Fixed in v7.0.2, not 1.5. ⚠️ Warning: experimental.`;

describe('ANALYZER_VERSION', () => {
  it('names this analysis: persisted indexes of another analysis must never be read', () => {
    const analyzer = new Analyzer(mineAcronyms(PROBE.split(/(?<=[.!?])\s+/u)));
    const fingerprint = createHash('sha256').update(JSON.stringify([analyzer.aliases, analyzer.tokens(PROBE)])).digest('hex').slice(0, 16);
    // A failure here means analysis changed what it produces: bump ANALYZER_VERSION, then update both values.
    expect({ version: ANALYZER_VERSION, fingerprint }).toEqual({ version: 10, fingerprint: '196004aaefd74928' });
  });
});
