import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelsOf, DiscordDouble, GUILD_ID } from './double/discordDouble.ts';

let double: DiscordDouble;
beforeAll(async () => {
  double = await DiscordDouble.start();
});
afterAll(async () => {
  await double?.close();
});

const post = (path: string, body: unknown) =>
  fetch(`${double.apiUrl}/v10${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const quiet = { allowed_mentions: { parse: [] } };

describe('the Discord double refuses what Discord refuses, and any message that could ping', () => {
  const channel = `/channels/${channelsOf(GUILD_ID).general}/messages`;

  it('takes a message within the limits that pings nobody', async () => {
    expect((await post(channel, { content: 'Hello', ...quiet })).status).toBe(200);
  });

  it('refuses content over 2,000 characters, as Discord does (400, code 50035)', async () => {
    const response = await post(channel, { content: 'x'.repeat(2001), ...quiet });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: number }).code).toBe(50035);
  });

  it('refuses a message or interaction reply that leaves mentions allowed, and a reply that pings its author', async () => {
    expect((await post(channel, { content: 'Hello @everyone' })).status).toBe(400);
    expect((await post(channel, { content: 'Hello', allowed_mentions: { parse: ['users'] } })).status).toBe(400);
    expect((await post(channel, { content: 'Hello', ...quiet, message_reference: { message_id: '1' } })).status).toBe(400);
    expect((await post('/interactions/1/token/callback', { type: 4, data: { content: 'Hello' } })).status).toBe(400);
  });
});
