import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GOOD_FILE, knowledgeFolder, TEST_INDEX_CACHE_DIR } from '../helpers/knowledgeFolder.ts';
import { startBot, TEST_TOKEN } from './botProcess.ts';
import { APPLICATION_ID, DiscordDouble } from './double/discordDouble.ts';

const BIN = fileURLToPath(new URL('../../bin/docent.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The bot's JSON log lines. */
const logLines = (output: string): { level: number; msg: string; file?: string; reason?: string }[] =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));

describe('the bot at start-up with bad knowledge files', () => {
  it('warns once per skipped file, naming it, and comes online with the rest', { timeout: 60_000 }, async () => {
    const double = await DiscordDouble.start();
    const dir = await knowledgeFolder({ ...GOOD_FILE, 'empty.md': '' });
    const bot = await startBot(double, { KNOWLEDGE_DIR: dir });
    try {
      const warnings = logLines(bot.output()).filter((line) => line.level === 40);
      expect(warnings).toEqual([expect.objectContaining({ file: 'empty.md', reason: 'empty', msg: 'Skipped empty.md: it is empty.' })]);
    } finally {
      expect(await bot.stop()).toBe(0);
      await double.close();
    }
  });

  it('exits 1 with a clear fatal line when no document loads, after naming each skipped file', { timeout: 60_000 }, async () => {
    const dir = await knowledgeFolder({ 'empty.md': '', 'notes.pdf': '%PDF-1.7' });
    const env = { ...process.env, DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: 'http://127.0.0.1:9/api', KNOWLEDGE_DIR: dir, INDEX_CACHE_DIR: TEST_INDEX_CACHE_DIR, LOG_LEVEL: 'info' };
    const child = spawn(process.execPath, [BIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(logLines(output).map((line) => [line.level, line.msg])).toEqual([
      [40, 'Skipped empty.md: it is empty.'],
      [40, 'Skipped notes.pdf: docent reads only .md, .markdown and .txt files.'],
      [60, `No documents loaded from "${dir}": all 2 files were skipped, for the reasons above. Fix them or add .md or .txt files.`],
    ]);
  });
});

describe('the bot’s index cache', () => {
  it('saves the index it built at the first start and reads it at the next, saying which in the log', { timeout: 60_000 }, async () => {
    const double = await DiscordDouble.start();
    const settings = { KNOWLEDGE_DIR: await knowledgeFolder(GOOD_FILE), INDEX_CACHE_DIR: await mkdtemp(join(tmpdir(), 'docent-cache-')) };
    try {
      for (const expected of [/^index built, saved to /u, /^index read from /u]) {
        const bot = await startBot(double, settings);
        const notice = logLines(bot.output()).find((line) => line.msg.startsWith('index '));
        expect(await bot.stop()).toBe(0);
        expect(notice).toMatchObject({ level: 30, msg: expect.stringMatching(expected), file: expect.stringContaining(settings.INDEX_CACHE_DIR) });
      }
    } finally {
      await double.close();
    }
  });
});
