import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/docent.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `docent` command, without any Discord token, as a user would from a terminal. */
function docent(...args: string[]): Promise<Run> {
  const env = { ...process.env, DISCORD_TOKEN: '', KNOWLEDGE_DIR: '' };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('the docent command', () => {
  it('answers one question and exits', async () => {
    const run = await docent('ask', 'How many fentanyl doses were confiscated in Sinaloa?');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('over 20 million doses of fentanyl');
  });

  it('prints JSON with --json', async () => {
    const run = await docent('sections', '--json');
    expect(JSON.parse(run.stdout)[0].sections).toHaveLength(6);
  });

  it('says clearly that a knowledge folder is missing or empty, with exit code 1 and no stack trace', async () => {
    const missing = await docent('--knowledge', '/no/such/folder', 'sections');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('The knowledge folder "/no/such/folder" does not exist');
    const empty = await docent('--knowledge', await mkdtemp(join(tmpdir(), 'docent-empty-')), 'sections');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('No documents');
    expect(`${missing.stderr}${empty.stderr}`).not.toMatch(/\n\s+at /u);
  });

  it('rejects an unknown command or option with usage, not a crash', async () => {
    const unknown = await docent('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    const unknownDocument = await docent('sections', '--document', 'nope');
    expect(unknownDocument.code).toBe(2);
    expect(unknownDocument.stderr).toContain('No document called "nope"');
    const badOption = await docent('--bogus');
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('Usage: docent');
  });
});
