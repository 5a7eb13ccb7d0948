import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD_FILE, knowledgeFolder } from '../helpers/knowledgeFolder.ts';
import { startBot } from './botProcess.ts';
import { DiscordDouble } from './double/discordDouble.ts';

/** The bot's JSON log lines. */
const logLines = (output: string): { level: number; msg: string; file?: string }[] =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));

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
