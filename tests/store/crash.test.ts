import Database from 'libsql';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, FeedbackStore } from '../../src/store/feedbackStore.ts';

const BURST = fileURLToPath(new URL('./voteBurst.ts', import.meta.url));
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the feedback store when the process is killed', () => {
  it('keeps every acknowledged vote through a SIGKILL in the middle of a burst, and opens cleanly after', async () => {
    dir = mkdtempSync(join(tmpdir(), 'docent-crash-'));
    const child = spawn(process.execPath, ['--import', 'tsx', BURST, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const acknowledged = new Map<string, number>();
    let count = 0;
    let pending = '';
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const lines = (pending + chunk.toString()).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const [answer, member, vote] = line.split(' ');
          if (vote === undefined) continue;
          acknowledged.set(`${answer} ${member}`, Number(vote));
          count += 1;
        }
        if (count >= 2000 && child.exitCode === null) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await exited;
    expect(child.signalCode).toBe('SIGKILL');

    const db = new Database(join(dir, DATABASE_FILE));
    expect((db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check).toBe('ok');
    db.close();
    const store = FeedbackStore.open({ dir, storeQuestions: true, salt: 'crash-test-salt' });
    const missing = [...acknowledged].filter(([pair, vote]) => {
      const [answer, member] = pair.split(' ');
      return store.storedVote(Number(answer), member!) !== vote;
    });
    expect(missing).toEqual([]);
    expect(store.votesFor()).toBeGreaterThanOrEqual(acknowledged.size);
    store.close();
  }, 60_000);
});
