import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { watchKnowledge } from '../../src/knowledge/watch.ts';
import { knowledgeFolder } from '../helpers/knowledgeFolder.ts';

describe('watchKnowledge', () => {
  it('calls back once for a burst of saves, and not for files docent does not read', async () => {
    const dir = await knowledgeFolder({ 'a.md': 'One.' });
    let calls = 0;
    const stop = watchKnowledge(dir, () => calls++, { debounceMs: 200 });
    await writeFile(join(dir, '.a.md.swp'), 'editor state');
    await writeFile(join(dir, 'notes.json'), '{}');
    await sleep(400);
    expect(calls).toBe(0);
    for (const text of ['Two.', 'Three.', 'Four.']) await writeFile(join(dir, 'a.md'), text);
    await writeFile(join(dir, 'a.aliases'), 'One = Uno');
    await sleep(600);
    expect(calls).toBe(1);
    stop();
    await writeFile(join(dir, 'a.md'), 'Five.');
    await sleep(400);
    expect(calls).toBe(1);
  });
});
