import { describe, expect, it } from 'vitest';
import { interactionPayload, type InteractionOptions } from '../discord/double/discordDouble.ts';
import { buttonIds, callbacks, edits, finalMessage, option, slash } from '../discord/exchange.ts';
import { visibleText } from '../discord/limits.ts';
import { ask as askWith, postSigned } from './httpExchange.ts';
import { replicaSession, type Replica } from './replica.ts';
import { makeSigner } from './signer.ts';

const session = replicaSession();

const ask = (replica: Replica, options: InteractionOptions) => askWith(session.double, replica.url, session.signer, options);
const pressed = (customId: string) => ({ type: 3 as const, data: { custom_id: customId, component_type: 2 }, message: { id: '400000000000000001', channel_id: '100000000000000002', flags: 0, embeds: [], components: [] } });

describe('two HTTP-interactions replicas behind one endpoint', () => {
  it('each is healthy and ready, and answers a PING with PONG', async () => {
    for (const replica of session.replicas) {
      expect((await fetch(`${replica.url}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${replica.url}/readyz`)).json()).toEqual({ status: 'ready' });
      expect(await postSigned(replica.url, '{"type":1}', session.signer)).toEqual({ status: 200, body: { type: 1 } });
    }
  });

  it('/ask sent alternately to both: each defers in its HTTP response and fills the answer in through the webhook', async () => {
    const questions = ['Who spearheads the Homeland Security Council officials?', 'What tariff has President Trump threatened?', 'What did the CIA share?', 'What have Mexican officials done about the cartels?'];
    for (const [i, question] of questions.entries()) {
      const { requests } = await ask(session.replicas[i % 2]!, { type: 2, data: slash('ask', [option('question', question)]) });
      expect(callbacks(requests).map((request) => request.body)).toEqual([{ type: 5, data: { flags: 0 } }]);
      expect(edits(requests)).toHaveLength(1);
      expect(finalMessage(requests).embeds[0].title).toContain(question);
    }
  });

  it('quick commands and suggestions are answered in the HTTP response itself, with no webhook call', async () => {
    const help = await ask(session.replicas[0]!, { type: 2, data: slash('help') });
    expect(help.requests).toHaveLength(1);
    expect(help.requests[0]!.body.type).toBe(4);
    expect(visibleText(finalMessage(help.requests))).toContain('/quote <text>');
    const sections = await ask(session.replicas[1]!, { type: 2, data: slash('sections') });
    expect(finalMessage(sections.requests).embeds[0].description).toContain('**§4** Mexico’s Anti-Cartel Efforts');
    const suggested = await ask(session.replicas[0]!, { type: 4, data: slash('quote', [option('text', 'cartel', 3, true)]) });
    expect(suggested.requests).toHaveLength(1);
    expect(suggested.requests[0]!.body.type).toBe(8);
    expect(suggested.requests[0]!.body.data.choices.length).toBeGreaterThan(0);
  });

  it('a button made by one replica works when pressed on the other', async () => {
    const asked = await ask(session.replicas[0]!, { type: 2, data: slash('ask', [option('question', 'What have Mexican officials done about the cartels?')]) });
    const ids = buttonIds(finalMessage(asked.requests));
    const more = ids.find((id) => id.startsWith('more|'))!;
    const section = ids.find((id) => id.startsWith('section|'))!;
    const further = await ask(session.replicas[1]!, pressed(more));
    expect(callbacks(further.requests)[0]?.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(finalMessage(further.requests).embeds[0].fields.length).toBeGreaterThan(0);
    const opened = await ask(session.replicas[1]!, pressed(section));
    expect(finalMessage(opened.requests).embeds[0].title).toMatch(/^§\d/u);
  });

  it('the Find in document context menu and direct messages work over HTTP too', async () => {
    const target = { id: '500000000000000001', channel_id: '100000000000000002', content: 'Are the US drones over Mexico armed?', author: { id: '100000000000000020', username: 'member', discriminator: '0' }, timestamp: new Date().toISOString(), embeds: [], attachments: [], mentions: [], mention_roles: [], pinned: false, tts: false, type: 0 };
    const found = await ask(session.replicas[1]!, { type: 2, data: { id: '300000000000000009', name: 'Find in document', type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } } });
    expect(visibleText(finalMessage(found.requests))).toContain('deploying **drones**');
    const direct = await ask(session.replicas[0]!, { type: 2, guildId: null, data: slash('ask', [option('question', 'What did the CIA share?')]) });
    expect(finalMessage(direct.requests).embeds[0].description).toContain('intelligence gathered from drone operations');
  });

  it('refuses bad requests with a clear status and keeps answering: bad or stale signature 401, malformed JSON 400, too large 413', async () => {
    const [replica] = session.replicas;
    const body = JSON.stringify(interactionPayload({ type: 2, data: slash('help') }).payload);
    const stale = session.signer.headers(body, Math.floor(Date.now() / 1000) - 3600);
    expect((await postSigned(replica!.url, body, session.signer, makeSigner().headers(body))).status).toBe(401);
    expect((await postSigned(replica!.url, body, session.signer, stale)).status).toBe(401);
    expect((await postSigned(replica!.url, body, session.signer, {})).status).toBe(401);
    expect((await postSigned(replica!.url, `${body.slice(0, -1)}x`, session.signer, session.signer.headers(body))).status).toBe(401);
    expect(await postSigned(replica!.url, '{"type":', session.signer)).toEqual({ status: 400, body: { error: 'The body is not valid JSON.' } });
    expect((await postSigned(replica!.url, JSON.stringify({ type: 2, padding: 'x'.repeat(300_000) }), session.signer)).status).toBe(413);
    expect((await postSigned(replica!.url, JSON.stringify({ type: 5, data: {} }), session.signer)).status).toBe(400);
    expect((await fetch(`${replica!.url}/interactions`)).status).toBe(405);
    const { requests } = await ask(replica!, { type: 2, data: slash('help') });
    expect(requests[0]!.body.type).toBe(4);
  });

  it('when one replica is killed, the other keeps answering every interaction', async () => {
    const [doomed, survivor] = session.replicas;
    for (let i = 0; i < 4; i++) await ask(session.replicas[i % 2]!, { type: 2, data: slash('ask', [option('question', 'Who is Sebastian Gorka?')]) });
    doomed!.child.kill('SIGKILL');
    await doomed!.stop();
    await expect(fetch(`${doomed!.url}/healthz`)).rejects.toThrow();
    for (let i = 0; i < 6; i++) {
      const { requests } = await ask(survivor!, { type: 2, data: slash('ask', [option('question', 'What did Canada say about the cartels?')]) });
      expect(finalMessage(requests).embeds[0].description).toContain('Canada');
    }
  });

  it('logs neither the token nor the public key', () => {
    for (const replica of session.replicas) expect(replica.output()).not.toContain(session.signer.publicKeyHex);
  });
});
