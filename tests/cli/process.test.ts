import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GOOD_FILE, knowledgeFolder, TEST_INDEX_CACHE_DIR } from '../helpers/knowledgeFolder.ts';
import { seedDocent } from '../helpers/seed.ts';

const BIN = fileURLToPath(new URL('../../bin/docent.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `docent` command, without any Discord token, as a user would from a terminal. */
function docent(...args: string[]): Promise<Run> {
  return docentWith({}, ...args);
}

function docentWith(settings: Record<string, string>, ...args: string[]): Promise<Run> {
  const env = { ...process.env, DISCORD_TOKEN: '', KNOWLEDGE_DIR: '', KNOWLEDGE_MAX_BYTES: '', INDEX_CACHE_DIR: TEST_INDEX_CACHE_DIR, ...settings };
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

  it('runs the build, answering exactly as the sources do: its word tables and vectors came with it', async () => {
    // Without the word vectors this answer's scores differ; without the related forms, docent fails.
    const question = 'Who leads the faction pushing for unilateral military action?';
    const run = await docent('--json', 'ask', question);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(seedDocent().ask(question))));
  });

  it('prints JSON with --json', async () => {
    const run = await docent('sections', '--json');
    expect(JSON.parse(run.stdout)[0].sections).toHaveLength(6);
  });

  it('prints only JSON on stdout with --json, through npm as the README shows it, with notices on stderr', async () => {
    const dir = await knowledgeFolder({ ...GOOD_FILE, 'empty.md': '' });
    const run = await new Promise<Run>((resolve) => {
      const env = { ...process.env, DISCORD_TOKEN: '', INDEX_CACHE_DIR: TEST_INDEX_CACHE_DIR };
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      execFile(npm, ['start', '--silent', '--', '--json', '--knowledge', dir, 'ask', 'When did the harbour open?'], { cwd: ROOT, env, timeout: 30_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).answer.text).toContain('The harbour opened in 1901.');
    expect(run.stderr).toContain('Skipped empty.md: it is empty.');
  });

  it('stops quietly when the reader of its output goes away, as `| head -1` does', async () => {
    const child = spawn(process.execPath, [BIN, 'section', '3'], { cwd: ROOT, env: { ...process.env, DISCORD_TOKEN: '', INDEX_CACHE_DIR: TEST_INDEX_CACHE_DIR }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
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

  it('keeps its index between runs, and says so when it had to rebuild a damaged one', async () => {
    const dir = await knowledgeFolder(GOOD_FILE);
    const cache = { INDEX_CACHE_DIR: await mkdtemp(join(tmpdir(), 'docent-cache-')) };
    const first = await docentWith(cache, '--knowledge', dir, 'quote', 'harbour opened');
    expect([first.code, first.stderr]).toEqual([0, '']);
    const [file] = await readdir(cache.INDEX_CACHE_DIR);
    expect(file).toMatch(/\.index$/u);
    await writeFile(join(cache.INDEX_CACHE_DIR, file!), 'not an index');
    const second = await docentWith(cache, '--knowledge', dir, 'quote', 'harbour opened');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('The harbour opened in 1901.');
    expect(second.stderr).toContain('docent: index rebuilt: the cached one was damaged');
  });

  it('answers when its cache folder cannot be written, and says why', async () => {
    const notAFolder = join(await mkdtemp(join(tmpdir(), 'docent-cache-')), 'file');
    await writeFile(notAFolder, '');
    const run = await docentWith({ INDEX_CACHE_DIR: join(notAFolder, 'cache') }, '--knowledge', await knowledgeFolder(GOOD_FILE), 'quote', 'harbour opened');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The harbour opened in 1901.');
    expect(run.stderr).toContain('could not be saved to');
  });

  it('names each bad file it skips and answers from the rest', async () => {
    const dir = await knowledgeFolder({ ...GOOD_FILE, 'empty.md': '', 'big.txt': 'Long text. '.repeat(200) });
    const run = await docentWith({ KNOWLEDGE_MAX_BYTES: '1000' }, '--knowledge', dir, 'quote', 'harbour opened');
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([
      'Skipped big.txt: it is 2200 bytes, over the 1000 bytes limit (KNOWLEDGE_MAX_BYTES).',
      'Skipped empty.md: it is empty.',
    ]);
    expect(run.stdout).toContain('The harbour opened in 1901.');
  });

  it('exits 1 with a clear message when every file is skipped, after naming each one', async () => {
    const dir = await knowledgeFolder({ 'empty.md': '', 'photo.txt': new Uint8Array([0xff, 0xd8, 0x00, 0x10]) });
    const run = await docent('--knowledge', dir, 'sections');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'Skipped empty.md: it is empty.',
      'Skipped photo.txt: it is not a text file (it holds NUL bytes).',
      `No documents loaded from "${dir}": all 2 files were skipped, for the reasons above. Fix them or add .md or .txt files.`,
    ]);
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
