import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MissingDataError, readDataFile } from '../../src/eval/dataFile.ts';

describe('readDataFile', () => {
  it('names a missing file and where the public sets are read from', async () => {
    const missing = join(await mkdtemp(join(tmpdir(), 'docent-data-')), 'dev-v1.1-part-a.json');
    const read = readDataFile(missing);
    await expect(read).rejects.toBeInstanceOf(MissingDataError);
    await expect(read).rejects.toThrow(/^missing data file .*dev-v1\.1-part-a\.json: the public sets are read from .*shared\/data, not committed/u);
  });
});
