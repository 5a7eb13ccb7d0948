import { Client, type Interaction, type RepliableInteraction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendReply } from '../../src/discord/respond.ts';
import { renderProblem } from '../../src/discord/render/notices.ts';
import { createAnswerer } from '../../src/http/answer.ts';
import { FirstResponses } from '../../src/http/firstResponses.ts';
import { DiscordDouble, interactionPayload } from '../discord/double/discordDouble.ts';
import { expectSafePayloads } from '../discord/exchange.ts';
import { option, slash } from '../discord/exchange.ts';

let double: DiscordDouble;
beforeAll(async () => {
  double = await DiscordDouble.start({ guilds: [] });
});
afterAll(async () => {
  await double?.close();
});

/** An answerer whose router replies after `delayMs`, with a deadline of 50 ms instead of Discord's 3 s. */
function answererReplyingAfter(delayMs: number) {
  const responses = new FirstResponses();
  const client = new Client({ intents: [], allowedMentions: { parse: [] }, rest: { api: double.apiUrl, makeRequest: responses.makeRequest } });
  const route = async (interaction: Interaction): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    await sendReply(interaction as RepliableInteraction, renderProblem('slow but sure'));
  };
  return createAnswerer({ client, responses, route, deadlineMs: 50 });
}

describe('the first response to an interaction over HTTP', () => {
  it('is the reply itself when the router is quick', async () => {
    const { payload } = interactionPayload({ type: 2, data: slash('help') });
    const sent: any[] = [];
    await answererReplyingAfter(0)(payload, async (body) => void sent.push(body));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
  });

  it('is a deferral when the router misses the deadline, and the late reply edits it through the webhook, once', async () => {
    const { payload, token } = interactionPayload({ type: 2, data: slash('ask', [option('question', 'slow')]) });
    const sent: any[] = [];
    await answererReplyingAfter(200)(payload, async (body) => void sent.push(body));
    expect(sent).toEqual([{ type: 5 }]);
    const requests = double.requests.filter((request) => request.path.includes(token));
    expect(requests.map((request) => `${request.method} ${request.path.replace(token, 'TOKEN')}`)).toEqual([`PATCH /api/v10/webhooks/${payload.application_id}/TOKEN/messages/@original`]);
    expect(requests[0]!.body.embeds[0].description).toBe('slow but sure');
    expectSafePayloads(requests);
  });

  it('answers PING with PONG without routing it', async () => {
    const sent: unknown[] = [];
    await answererReplyingAfter(0)({ type: 1 }, async (body) => void sent.push(body));
    expect(sent).toEqual([{ type: 1 }]);
  });
});
