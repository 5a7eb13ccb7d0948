import Database from 'libsql';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, FeedbackStore } from '../../src/store/feedbackStore.ts';

const BURST = fileURLToPath(new URL('./voteBurst.ts', import.meta.url));
let dir: string | undefined;
let child: ChildProcess | undefined;
afterEach(() => {
  // A test that failed early must not leave the child voting forever.
  if (child?.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the feedback store when the process is killed', () => {
  it('keeps every acknowledged vote through a SIGKILL in the middle of a burst, and opens cleanly after', async () => {
    dir = mkdtempSync(join(tmpdir(), 'docent-crash-'));
    const burst = spawn(process.execPath, ['--import', 'tsx', BURST, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = burst;
    let errors = '';
    burst.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const acknowledged = new Map<string, number>();
    let count = 0;
    let pending = '';
    const exited = new Promise((resolve) => burst.once('exit', resolve));
    await new Promise<void>((resolve) => {
      // A child that stops by itself fails the test below, with what it printed, rather than hanging it.
      void exited.then(() => resolve());
      burst.stdout.on('data', (chunk: Buffer) => {
        const lines = (pending + chunk.toString()).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) {
          const [answer, member, vote] = line.split(' ');
          if (vote === undefined) continue;
          acknowledged.set(`${answer} ${member}`, Number(vote));
          count += 1;
        }
        if (count >= 2000 && burst.exitCode === null) {
          burst.kill('SIGKILL');
          resolve();
        }
      });
    });
    await exited;
    expect(burst.signalCode, errors).toBe('SIGKILL');

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
