import { SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SlashCommand } from '../../src/discord/command.ts';
import { renderProblem } from '../../src/discord/render/notices.ts';
import type { Docent } from '../../src/engine/docent.ts';
import { TEST_TOKEN } from './botProcess.ts';
import { DiscordDouble, snowflake, USER, type InteractionOptions } from './double/discordDouble.ts';
import { button, buttonIds, callbacks, edits, exchange, expectSafePayloads, isAnswered, option, slash } from './exchange.ts';
import { canPing, visibleText } from './limits.ts';
import { startInProcessBot, type InProcessBot } from './inProcessBot.ts';

/** Longer than the 3 seconds Discord gives for the first response. */
const SLOW_MS = 3_200;
/** Discord's deadline for acknowledging an interaction. */
const DEADLINE_MS = 3_000;

/** Blocks the thread, as a heavy synchronous search would. */
const block = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/** The real engine with `ask` made slower than Discord's deadline. */
function slowAsk(docent: Docent): Docent {
  return new Proxy(docent, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property !== 'ask' || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        block(SLOW_MS);
        return value.apply(target, args);
      };
    },
  });
}

let double: DiscordDouble;
let bot: InProcessBot;

/** Commands that fail after they have answered once: the member's notice must then come as a follow-up or an edit. */
const failing: SlashCommand[] = [
  {
    data: new SlashCommandBuilder().setName('fail-after-reply').setDescription('Replies, then throws'),
    async execute(_interaction, { respond }) {
      await respond(renderProblem('A first reply.'));
      throw new Error(`broke while holding ${TEST_TOKEN}`);
    },
  },
  {
    data: new SlashCommandBuilder().setName('fail-after-defer').setDescription('Defers, then throws'),
    async execute(_interaction, { defer }) {
      await defer(false);
      throw new Error(`broke while holding ${TEST_TOKEN}`);
    },
  },
];

beforeAll(async () => {
  double = await DiscordDouble.start();
  bot = await startInProcessBot(double, { docent: slowAsk, extraCommands: failing });
});

afterAll(async () => {
  await bot?.stop();
  await double?.close();
});

/** Sends one interaction and checks that it was deferred within the deadline, then answered by one edit. */
async function expectDeferredThenEdited(options: InteractionOptions): Promise<any> {
  const sent = Date.now();
  const exchange = double.interact({ user: { ...USER, id: snowflake() }, ...options });
  const requests = await double.until(exchange, isAnswered, 30_000);
  expectSafePayloads(requests);
  const [deferral, ...laterCallbacks] = callbacks(requests);
  expect(deferral?.body.type).toBe(5);
  expect(laterCallbacks).toEqual([]);
  expect(deferral!.at - sent).toBeLessThan(DEADLINE_MS);
  const [edit, ...laterEdits] = edits(requests);
  expect(laterEdits).toEqual([]);
  expect(edit!.at - sent).toBeGreaterThanOrEqual(SLOW_MS);
  expect(edit!.path).toMatch(/\/messages\/@original$/u);
  return edit!.body;
}

describe('an engine call slower than Discord’s 3 seconds', () => {
  it('is deferred in time and completed by editing the reply, for /ask and for More passages', async () => {
    const answer = await expectDeferredThenEdited({ type: 2, data: slash('ask', [option('question', 'What have Mexican officials done about the cartels?')]) });
    expect(answer.embeds[0].description).toContain('Mexico');
    const more = buttonIds(answer).find((id) => id.startsWith('more|'));
    const passages = await expectDeferredThenEdited(button(more!));
    expect(passages.embeds[0].fields.length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(bot.logs().filter((line) => line.msg === 'interaction').map((line) => line.outcome)).toEqual(['answered', 'more']));
  });
});

describe('a command that fails after it has answered', () => {
  const FAILURE = 'Something went wrong while answering. Please try again.';

  it('tells the member privately in a follow-up after a reply, or in the edit after a deferral, pinging nobody', async () => {
    const replied = await exchange(double, { type: 2, data: slash('fail-after-reply') }, (requests) => requests.length >= 2);
    const [reply, followUp] = replied.requests;
    expect(reply?.body.type).toBe(4);
    expect(followUp?.method).toBe('POST');
    expect(followUp?.path).toMatch(/^\/api\/v10\/webhooks\/\d+\/token-\d+$/u);
    expect(visibleText(followUp?.body)).toBe(FAILURE);
    expect(followUp?.body.flags).toBe(64);
    const deferred = await exchange(double, { type: 2, data: slash('fail-after-defer') });
    expect(visibleText(deferred.message)).toBe(FAILURE);
    for (const request of [...replied.requests, ...deferred.requests].filter((request) => request.body?.type !== 5)) {
      expect(request.body.allowed_mentions ?? request.body.data.allowed_mentions).toEqual({ parse: [] });
      expect(canPing(request.body.data ?? request.body)).toBe(false);
    }
    await vi.waitFor(() => expect(bot.logs().filter((line) => line.msg === 'interaction failed')).toHaveLength(2));
    expect(bot.output()).toContain('broke while holding [redacted]');
    expect(bot.output()).not.toContain(TEST_TOKEN);
  });
});
