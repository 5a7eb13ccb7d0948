import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Docent } from '../../src/engine/docent.ts';
import { DiscordDouble, snowflake, USER, type InteractionOptions } from './double/discordDouble.ts';
import { button, buttonIds, callbacks, edits, expectSafePayloads, isAnswered, option, slash } from './exchange.ts';
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

beforeAll(async () => {
  double = await DiscordDouble.start();
  bot = await startInProcessBot(double, { docent: slowAsk });
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
