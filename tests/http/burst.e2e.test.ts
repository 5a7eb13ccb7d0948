import { describe, expect, it, vi } from 'vitest';
import { BURST_KINDS } from '../discord/burstKinds.ts';
import { snowflake, USER } from '../discord/double/discordDouble.ts';
import { button, callbacks, edits, expectSafePayloads, finalMessage, isAnswered } from '../discord/exchange.ts';
import { visibleText } from '../discord/limits.ts';
import { sendInteraction, type HttpExchange } from './httpExchange.ts';
import { replicaSession, type Replica } from './replica.ts';

const USERS = 50;
const PER_USER = 10;
/** Interactions are sent in waves, one per member each, this far apart: 500 arrive within a second. */
const WAVE_MS = 100;

const session = replicaSession();

/** The same burst as the gateway bot's: 50 members (one in five in direct messages), each member's turns alternating between replicas. */
async function burst(): Promise<HttpExchange[]> {
  const members = Array.from({ length: USERS }, (_, i) => ({ user: { ...USER, id: snowflake() }, guildId: i % 5 === 0 ? null : undefined }));
  const sent: Promise<HttpExchange>[] = [];
  for (let wave = 0; wave < PER_USER; wave++) {
    for (const [i, member] of members.entries()) {
      const kind = BURST_KINDS[(i + wave) % BURST_KINDS.length]!;
      const options = { ...kind, ...member, ...(kind.type === 3 ? button(kind.data.custom_id as string) : {}) };
      sent.push(sendInteraction(session.double, session.replicas[(i + wave) % 2]!.url, session.signer, options));
    }
    await new Promise((resolve) => setTimeout(resolve, WAVE_MS));
  }
  const exchanges = await Promise.all(sent);
  const deadline = Date.now() + 60_000;
  while (exchanges.some((exchange) => !isAnswered(exchange.requests())) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  // Anything sent after each reply would be a second response: give it time to show.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return exchanges;
}

describe('a burst of 500 interactions from 50 members within a second, spread over two replicas', () => {
  it('every one gets exactly one response, an answer or a cooldown notice, and none is dropped', async () => {
    const exchanges = await burst();
    expect(exchanges).toHaveLength(USERS * PER_USER);
    for (const exchange of exchanges) {
      expect(exchange.answer.status).toBe(200);
      const requests = exchange.requests();
      expect(isAnswered(requests)).toBe(true);
      // The HTTP response is the only callback: none went to Discord's REST as well.
      expect(callbacks(requests)).toHaveLength(1);
      expect(edits(requests)).toHaveLength(exchange.answer.body.type === 5 ? 1 : 0);
      expect(requests.filter((request) => request.method === 'POST' && request.path.includes('/webhooks/'))).toEqual([]);
      expectSafePayloads(requests);
      expect(visibleText(finalMessage(requests))).not.toContain('Something went wrong');
    }
    const outcomes = () => session.replicas.flatMap((replica) => replica.output().split('\n').filter((line) => line.includes('"msg":"interaction"')));
    await vi.waitFor(() => expect(outcomes()).toHaveLength(USERS * PER_USER));
    for (const replica of session.replicas) expect(replica.output()).not.toContain('"level":50');
  });
});
