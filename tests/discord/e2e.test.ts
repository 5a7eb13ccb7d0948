import { describe, expect, it } from 'vitest';
import type { InteractionOptions } from './double/discordDouble.ts';
import { TEST_TOKEN } from './botProcess.ts';
import { botSession } from './botSession.ts';
import { itSendsBodiesFittingDiscordSchema } from './discordSchemaCheck.ts';
import { buttonIds, buttonLabels, callbacks, exchange as exchangeWith, option, slash } from './exchange.ts';
import { visibleText } from './limits.ts';

const session = botSession();

const exchange = (options: InteractionOptions) => exchangeWith(session.double, options);

describe('docent on a loopback Discord', () => {
  it('logs in with only the Guilds and Guild Messages intents: no privileged Message Content without ask channels', () => {
    expect(session.double.gateway.identified[0]?.intents).toBe(1 + 512);
  });

  it('/ask defers, then answers with the quote in a blockquote, matched words in bold, the reference, supporting passages, More passages, Show section, 👍 and 👎', async () => {
    const { requests, message } = await exchange({ type: 2, data: slash('ask', [option('question', 'Who spearheads the Homeland Security Council officials?')]) });
    expect(callbacks(requests)[0]?.body.type).toBe(5);
    const embed = message.embeds[0];
    expect(embed.title).toContain('Who spearheads the Homeland Security Council officials?');
    expect(embed.description).toMatch(/^> On the other side of the debate, .*\*\*Stephen Miller\*\*|^> On the other side of the debate/u);
    expect(embed.description).toContain('**Homeland**');
    expect(embed.description).toContain('— The White House Divided: Debating Military Strikes vs. Collaboration with Mexico · §1 · ¶2');
    expect(embed.fields.length).toBeGreaterThan(0);
    expect(embed.fields.length).toBeLessThanOrEqual(3);
    expect(buttonLabels(message)).toEqual(['More passages', 'Show section', '👍', '👎']);
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it('/ask with private: true answers ephemerally', async () => {
    const { requests } = await exchange({ type: 2, data: slash('ask', [option('question', 'What tariff has President Trump threatened?'), option('private', true, 5)]) });
    expect(callbacks(requests)[0]?.body).toEqual({ type: 5, data: { flags: 64 } });
  });

  it('/ask says plainly when the document does not hold the answer, names the missing terms and offers the closest sections', async () => {
    const { message } = await exchange({ type: 2, data: slash('ask', [option('question', 'What did Canada say about the cartels?')]) });
    const embed = message.embeds[0];
    expect(embed.description).toBe('The document does not mention “Canada”, so it cannot answer this.');
    expect(embed.fields[0].name).toBe('Closest sections');
    expect(buttonIds(message).filter((id: string) => !id.startsWith('vote|')).every((id: string) => id.startsWith('section|open|'))).toBe(true);
  });

  it('escapes echoed text: mentions and Markdown in a question neither ping nor format', async () => {
    const { message } = await exchange({ type: 2, data: slash('ask', [option('question', '@everyone <@&123456789012345678> **who** is Gorka?')]) });
    const title = message.embeds[0].title as string;
    expect(title).not.toMatch(/@everyone|<@&\d/u);
    expect(title).toContain('\\*\\*who\\*\\*');
    expect(message.embeds[0].description).toContain('Sebastian **Gorka**');
  });

  it('the More passages button sends further passages, from the state in its custom id alone', async () => {
    const asked = await exchange({ type: 2, data: slash('ask', [option('question', 'What have Mexican officials done about the cartels?')]) });
    const more = buttonIds(asked.message).find((id) => id.startsWith('more|'));
    expect(more).toBeDefined();
    const { requests, message } = await exchange({ type: 3, data: { custom_id: more, component_type: 2 }, message: { id: '400000000000000001', channel_id: '100000000000000002', flags: 0, embeds: [], components: [] } });
    expect(callbacks(requests)[0]?.body.data.flags).toBe(64);
    expect(message.embeds[0].fields.length).toBeGreaterThan(0);
    const earlier = new Set(asked.message.embeds[0].fields.map((field: any) => field.value));
    for (const field of message.embeds[0].fields) expect(earlier.has(field.value)).toBe(false);
  });

  it('the Show section button opens the section, and /section pages through a long one with Previous and Next', async () => {
    const opened = await exchange({ type: 3, data: { custom_id: 'section|open|us-mexico-security|5|0', component_type: 2 }, message: { id: '400000000000000002', channel_id: '100000000000000002', flags: 0 } });
    expect(opened.message.embeds[0].title).toBe('§5 The Role of Intelligence and Surveillance');
    expect(opened.message.embeds[0].description).toContain('**¶1** The U.S. has increased its intelligence-gathering efforts');
    const turned = await exchange({ type: 3, data: { custom_id: 'section|turn|us-mexico-security|2|0', component_type: 2 }, message: { id: '400000000000000003', channel_id: '100000000000000002', flags: 0 } });
    expect(callbacks(turned.requests)[0]?.body.type).toBe(7);
    expect(turned.message.embeds[0].title).toBe('§2 Mexico’s Stance: Sovereignty and Partnership');
  });

  it('a stale or forged button gets a polite private notice', async () => {
    const { message } = await exchange({ type: 3, data: { custom_id: 'section|open|no-such-doc|9|0', component_type: 2 }, message: { id: '400000000000000004', channel_id: '100000000000000002', flags: 0 } });
    expect(visibleText(message)).toContain('There is no section');
    const forged = await exchange({ type: 3, data: { custom_id: 'rm -rf|../../etc', component_type: 2 }, message: { id: '400000000000000005', channel_id: '100000000000000002', flags: 0 } });
    expect(visibleText(forged.message)).toContain('This button is no longer valid');
    expect(forged.message.flags).toBe(64);
  });

  it('/quote returns the verbatim sentence with its reference, typos and all', async () => {
    const { message } = await exchange({ type: 2, data: slash('quote', [option('text', 'sovreignty is not negotiable')]) });
    expect(message.embeds[0].description).toContain('President Claudia Sheinbaum has emphasize that Mexico');
    expect(message.embeds[0].description).toContain('§2 Mexico’s Stance: Sovereignty and Partnership · ¶1');
  });

  it('autocomplete for /quote suggests matching sentences, at most 25, each 1 to 100 characters', async () => {
    const { requests } = await exchange({ type: 4, data: slash('quote', [option('text', 'cartel', 3, true)]) });
    const choices = callbacks(requests)[0]?.body.data.choices;
    expect(callbacks(requests)[0]?.body.type).toBe(8);
    expect(choices.length).toBeGreaterThan(3);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) expect(choice.name.toLowerCase()).toContain('cartel');
  });

  it('autocomplete for /section and /summary suggests sections by title', async () => {
    const section = await exchange({ type: 4, data: slash('section', [option('name', 'surv', 3, true)]) });
    expect(callbacks(section.requests)[0]?.body.data.choices).toEqual([{ name: '§5 The Role of Intelligence and Surveillance', value: '5' }]);
    const summary = await exchange({ type: 4, data: slash('summary', [option('section', '', 3, true)]) });
    expect(callbacks(summary.requests)[0]?.body.data.choices).toHaveLength(6);
  });

  it('/summary gives an extractive summary, each sentence with its reference', async () => {
    const { message } = await exchange({ type: 2, data: slash('summary', [option('section', '3'), option('length', 'short')]) });
    expect(message.embeds[0].title).toBe('Summary of §3 Historical Tensions and Recent Strains in U.S.-Mexico Relations (short)');
    expect((message.embeds[0].description.match(/^— §3/gmu) ?? []).length).toBe(2);
  });

  it('/sections lists numbers, titles and paragraph counts; /section 99 explains it does not exist', async () => {
    const contents = await exchange({ type: 2, data: slash('sections') });
    expect(contents.message.embeds[0].description).toContain('**§4** Mexico’s Anti-Cartel Efforts: A Show of Commitment — 2 paragraphs');
    const missing = await exchange({ type: 2, data: slash('section', [option('name', '99')]) });
    expect(visibleText(missing.message)).toContain('There is no section called “99”');
  });

  it('/help explains the commands privately', async () => {
    const { message } = await exchange({ type: 2, data: slash('help') });
    expect(message.flags).toBe(64);
    expect(visibleText(message)).toContain('/quote <text>');
  });

  it('the Find in document context menu finds passages that bear on a message', async () => {
    const target = { id: '500000000000000001', channel_id: '100000000000000002', content: 'Are the US drones over Mexico armed?', author: { id: '100000000000000020', username: 'member', discriminator: '0' }, timestamp: new Date().toISOString(), embeds: [], attachments: [], mentions: [], mention_roles: [], pinned: false, tts: false, type: 0 };
    const { message } = await exchange({
      type: 2,
      data: { id: '300000000000000009', name: 'Find in document', type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } },
    });
    expect(message.embeds[0].title).toBe('Passages that bear on this message');
    expect(visibleText(message)).toContain('deploying **drones**');
  });

  it('answers direct messages the same way', async () => {
    const { message } = await exchange({ type: 2, guildId: null, data: slash('ask', [option('question', 'What did the CIA share?')]) });
    expect(message.embeds[0].description).toContain('intelligence gathered from drone operations');
  });

  it('logs one structured line per interaction and never the token', () => {
    const lines = session.bot.output().split('\n').filter((line) => line.includes('"msg":"interaction"'));
    expect(lines.length).toBeGreaterThan(10);
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({ kind: expect.any(String), guild: expect.any(String), latencyMs: expect.any(Number), outcome: expect.any(String) });
    expect(session.bot.output()).not.toContain(TEST_TOKEN);
  });

  itSendsBodiesFittingDiscordSchema(() => session.double.requests);
});
