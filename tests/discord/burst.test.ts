import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Cooldown, DEFAULT_COOLDOWN } from '../../src/discord/cooldown.ts';
import { TEST_TOKEN } from './botProcess.ts';
import { DiscordDouble, snowflake, USER, type RecordedRequest } from './double/discordDouble.ts';
import { BURST_KINDS as KINDS } from './burstKinds.ts';
import { button, callbacks, edits, expectSafePayloads, finalMessage, isAnswered } from './exchange.ts';
import { startInProcessBot, type InProcessBot } from './inProcessBot.ts';
import { visibleText } from './limits.ts';

const USERS = 50;
const PER_USER = 10;
/** Interactions are sent in waves, one per member each, this far apart: 500 arrive within a second. */
const WAVE_MS = 100;
/** A generous bound on the heap a burst may leave behind once collected; a leak of 10 kB per interaction is 5 MB. */
const HEAP_CREEP_BYTES = 4 * 1024 * 1024;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const heapAfterCollection = (): number => {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

let double: DiscordDouble;
let bot: InProcessBot;
const cooldown = new Cooldown();

beforeAll(async () => {
  double = await DiscordDouble.start();
  bot = await startInProcessBot(double, { cooldown });
});

afterAll(async () => {
  await bot?.stop();
  await double?.close();
});

/** The interaction token a request answers, from its path: callbacks and webhooks both carry it. */
const tokenOf = (request: RecordedRequest): string | undefined =>
  /^\/api\/v10\/(?:interactions\/\d+|webhooks\/\d+)\/(token-\d+)/u.exec(request.path)?.[1];

/** Sends 500 interactions from 50 members (one in five in direct messages) and waits until each has its response. */
async function burst(): Promise<Map<string, { user: string; requests: RecordedRequest[] }>> {
  const sent = new Map<string, { user: string; requests: RecordedRequest[] }>();
  const stop = double.rest.onRequest((request) => {
    const token = tokenOf(request);
    if (token) sent.get(token)?.requests.push(request);
  });
  const members = Array.from({ length: USERS }, (_, i) => ({ user: { ...USER, id: snowflake() }, guildId: i % 5 === 0 ? null : undefined }));
  for (let wave = 0; wave < PER_USER; wave++) {
    for (const [i, member] of members.entries()) {
      const kind = KINDS[(i + wave) % KINDS.length]!;
      const exchange = double.interact({ ...kind, ...member, ...(kind.type === 3 ? button(kind.data.custom_id as string) : {}) });
      sent.set(exchange.token, { user: member.user.id, requests: [] });
    }
    await new Promise((resolve) => setTimeout(resolve, WAVE_MS));
  }
  const deadline = Date.now() + 60_000;
  while ([...sent.values()].some(({ requests }) => !isAnswered(requests)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  // Anything sent after each reply would be a second response: give it time to show.
  await new Promise((resolve) => setTimeout(resolve, 500));
  stop();
  return sent;
}

describe('a burst of 500 interactions from 50 members within a second', () => {
  const heaps: number[] = [];

  it('every one gets exactly one response, an answer or a cooldown notice (in direct messages too), and none is dropped; twice', async () => {
    for (let round = 0; round < 2; round++) {
      const sent = await burst();
      expect(sent.size).toBe(USERS * PER_USER);
      const notices = new Map<string, number>();
      for (const { user, requests } of sent.values()) {
        expect(isAnswered(requests)).toBe(true);
        const [first, ...laterCallbacks] = callbacks(requests);
        expect(laterCallbacks).toEqual([]);
        expect(edits(requests)).toHaveLength(first?.body.type === 5 ? 1 : 0);
        expect(requests.filter((request) => request.method === 'POST' && request.path.includes('/webhooks/'))).toEqual([]);
        expectSafePayloads(requests);
        const shown = visibleText(finalMessage(requests));
        expect(shown).not.toContain('Something went wrong');
        if (shown.startsWith('You are asking quickly')) notices.set(user, (notices.get(user) ?? 0) + 1);
      }
      expect(notices.size).toBe(USERS);
      for (const count of notices.values()) expect(count).toBe(PER_USER - DEFAULT_COOLDOWN.limit);
      const outcomes = () => bot.logs().filter((line) => line.msg === 'interaction').map((line) => line.outcome);
      await vi.waitFor(() => expect(outcomes()).toHaveLength(USERS * PER_USER));
      expect(outcomes().filter((outcome) => outcome === 'cooldown')).toHaveLength(USERS * (PER_USER - DEFAULT_COOLDOWN.limit));
      expect(bot.output()).not.toContain(TEST_TOKEN);
      double.rest.requests.splice(0);
      bot.clearLogs();
      heaps.push(heapAfterCollection());
    }
  });

  it('memory does not creep: the heap after a second burst is within 4 MB of the heap after the first', () => {
    expect(heaps).toHaveLength(2);
    expect(heaps[1]! - heaps[0]!).toBeLessThan(HEAP_CREEP_BYTES);
  });
});
