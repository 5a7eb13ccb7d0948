import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FirstResponses } from '../../src/http/firstResponses.ts';
import { DiscordDouble } from '../discord/double/discordDouble.ts';

let double: DiscordDouble;
beforeAll(async () => {
  double = await DiscordDouble.start({ guilds: [] });
});
afterAll(async () => {
  await double?.close();
});

const reply = { type: 4, data: { content: 'late', allowed_mentions: { parse: [] } } };
const callback = (id: string) => `${double.apiUrl}/v10/interactions/${id}/token-${id}/callback?with_response=false`;
const post = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe("the Client's REST as an interactions endpoint sees it", () => {
  it('gives the first callback to the HTTP response and tells discord.js it was delivered; Discord never sees it', async () => {
    const responses = new FirstResponses();
    const sent: unknown[] = [];
    responses.capture('700000000000000001', '100000000000000001', async (body) => void sent.push(body));
    const answer = await responses.makeRequest(callback('700000000000000001'), post(reply));
    expect(answer.status).toBe(204);
    expect(sent).toEqual([reply]);
    expect(responses.release('700000000000000001')).toBe(true);
    expect(double.requests.filter((request) => request.path.includes('700000000000000001'))).toEqual([]);
  });

  it('turns a reply that arrives after the deadline\'s deferral into an edit of that deferral', async () => {
    const responses = new FirstResponses();
    const sent: unknown[] = [];
    responses.capture('700000000000000002', '100000000000000001', async (body) => void sent.push(body));
    expect(responses.answerFirst('700000000000000002', { type: 5 })).toBe(true);
    expect(responses.answerFirst('700000000000000002', { type: 5 })).toBe(false);
    const answer = await responses.makeRequest(callback('700000000000000002'), post(reply));
    expect(answer.status).toBe(204);
    expect(sent).toEqual([{ type: 5 }]);
    const edits = double.requests.filter((request) => request.path.includes('700000000000000002'));
    expect(edits.map((request) => [request.method, request.path, request.body])).toEqual([
      ['PATCH', '/api/v10/webhooks/100000000000000001/token-700000000000000002/messages/@original', reply.data],
    ]);
  });

  it('passes every other request to Discord unchanged', async () => {
    const responses = new FirstResponses();
    const answer = await responses.makeRequest(callback('700000000000000003'), post(reply));
    expect(answer.status).toBe(204);
    expect(double.requests.filter((request) => request.path.includes('700000000000000003')).map((request) => request.method)).toEqual(['POST']);
  });
});
