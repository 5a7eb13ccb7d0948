import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromWorkingDir, MissingDataError, readDataFile } from '../../src/eval/dataFile.ts';
import { sharedDir } from '../../src/eval/sharedData.ts';

describe('readDataFile', () => {
  it('names a missing file and where the public sets are read from', async () => {
    const missing = join(await mkdtemp(join(tmpdir(), 'docent-data-')), 'dev-v1.1-part-a.json');
    const read = readDataFile(missing);
    await expect(read).rejects.toBeInstanceOf(MissingDataError);
    // Wherever DOCENT_SHARED_DIR puts the shared folder, the message names it.
    await expect(read).rejects.toThrow(`dev-v1.1-part-a.json: the public sets are read from ${fromWorkingDir(sharedDir())}/data, not committed`);
  });
});
