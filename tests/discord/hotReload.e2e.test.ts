import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotProcess } from './botProcess.ts';
import { DiscordDouble } from './double/discordDouble.ts';
import { exchange, option, slash } from './exchange.ts';
import { knowledgeFolder } from '../helpers/knowledgeFolder.ts';

let double: DiscordDouble;
let bot: BotProcess;
let dir: string;

beforeAll(async () => {
  dir = await knowledgeFolder({ 'birds.md': '# Birds\n\nThe falcon nests on the cliff.' });
  double = await DiscordDouble.start();
  bot = await startBot(double, { KNOWLEDGE_DIR: dir });
});

afterAll(async () => {
  const code = await bot?.stop();
  await double?.close();
  expect(code).toBe(0);
});

const RELOADED = '"msg":"knowledge reloaded"';

/** How many times the bot has logged `text` so far. */
const count = (text: string): number => bot.output().split(text).length - 1;

/** Resolves once the bot has logged `text` more than `times` times, or fails after a bound against hangs. */
async function logged(text: string, times = 0): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (count(text) <= times) {
    if (Date.now() > deadline) throw new Error(`The bot never logged ${text}:\n${bot.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The quote a member gets for a phrase. */
async function quoteOf(text: string): Promise<string> {
  const { message } = await exchange(double, { type: 2, data: slash('quote', [option('text', text)]) });
  return message.embeds[0].description as string;
}

describe('hot reload of the knowledge folder', () => {
  it('answers from a changed file once it has reloaded, without a restart', async () => {
    expect(await quoteOf('nests')).toContain('The falcon **nests** on the cliff.');
    const reloads = count(RELOADED);
    await writeFile(join(dir, 'birds.md'), '# Birds\n\nThe heron nests by the river.');
    await logged(RELOADED, reloads);
    expect(await quoteOf('nests')).toContain('The heron **nests** by the river.');
  });

  it('keeps the previous version of a file that fails to parse in service, and logs which file', async () => {
    const reloads = count(RELOADED);
    await writeFile(join(dir, 'birds.md'), Uint8Array.from([0x54, 0x68, 0x65, 0xff, 0xfe]));
    await logged('kept the previous version of birds.md: it is not UTF-8 text');
    await logged(RELOADED, reloads);
    expect(await quoteOf('nests')).toContain('The heron **nests** by the river.');
  });
});
