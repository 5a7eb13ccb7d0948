import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/discord/cooldown.ts';
import { FeedbackStore } from '../../src/store/feedbackStore.ts';
import { expectBodiesFitDiscordSchema, itSendsBodiesFittingDiscordSchema } from './discordSchemaCheck.ts';
import { channelsOf, DiscordDouble, GUILD_ID, USER, snowflake, type Exchange, type RecordedRequest } from './double/discordDouble.ts';
import { buttonIds, buttonLabels, button, exchange, expectSafePayloads } from './exchange.ts';
import { startInProcessBot, type InProcessBot } from './inProcessBot.ts';

const BOT_MENTION = '<@100000000000000001>';
const { general, help } = channelsOf(GUILD_ID);

let double: DiscordDouble;
let bot: InProcessBot;
let feedback: FeedbackStore;

beforeAll(async () => {
  double = await DiscordDouble.start();
  feedback = FeedbackStore.open({ dir: ':memory:', storeQuestions: true });
  bot = await startInProcessBot(double, {
    community: { feedback, answerInThreads: true, askChannels: new Set([help]) },
    cooldown: new Cooldown({ limit: 1000, windowMs: 1000 }),
  });
});
afterAll(async () => {
  await bot?.stop();
  await double?.close();
  feedback?.close();
});

/** Channel messages the bot posted for an exchange. */
const posts = (requests: readonly RecordedRequest[]) => requests.filter((request) => request.method === 'POST' && request.path.endsWith('/messages'));

async function answered(sent: Exchange): Promise<RecordedRequest[]> {
  const requests = await double.until(sent, (all) => posts(all).length > 0);
  expectSafePayloads(posts(requests));
  expectBodiesFitDiscordSchema(requests);
  return requests;
}

/** Waits a little and returns what the bot sent about a message it should ignore. */
async function ignored(sent: Exchange): Promise<RecordedRequest[]> {
  await new Promise((resolve) => setTimeout(resolve, 500));
  return sent.requests();
}

const member = () => ({ ...USER, id: snowflake() });

describe('docent where members talk', () => {
  it('asks Discord for the Guilds and Guild Messages intents only, not Message Content, without ask channels', async () => {
    const other = await DiscordDouble.start();
    const plain = await startInProcessBot(other, { community: { feedback, answerInThreads: true, askChannels: new Set() } });
    expect(other.gateway.identified[0]?.intents).toBe(1 + 512);
    await plain.stop();
    await other.close();
    // With ask channels, the privileged Message Content intent (1 << 15) is asked for too.
    expect(double.gateway.identified[0]?.intents).toBe(1 + 512 + 32768);
  });

  it('answers a message that mentions it in a thread opened on the message, with 👍 and 👎', async () => {
    const sent = double.message({ content: `${BOT_MENTION} Who spearheads the Homeland Security Council officials?` });
    const requests = await answered(sent);
    const thread = requests.find((request) => request.path.endsWith(`/channels/${general}/messages/${sent.id}/threads`));
    expect(thread?.body.name).toBe('Who spearheads the Homeland Security Council officials?');
    const [post] = posts(requests);
    expect(post?.path).toBe(`/api/v10/channels/${sent.id}/messages`);
    expect(post?.body.embeds[0].description).toContain('Stephen Miller');
    expect(buttonLabels(post?.body)).toEqual(['More passages', 'Show section', '👍', '👎']);
    expect(post?.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers a follow-up mention in that thread, in the thread, replying to the member without pinging them', async () => {
    const first = double.message({ content: `${BOT_MENTION} What tariff has President Trump threatened?` });
    await answered(first);
    const followUp = double.message({ content: `${BOT_MENTION} what did Canada say about the cartels?`, channelId: first.id });
    const [post] = posts(await answered(followUp));
    expect(post?.path).toBe(`/api/v10/channels/${first.id}/messages`);
    expect(post?.body.message_reference.message_id).toBe(followUp.id);
    expect(post?.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(post?.body.embeds[0].description).toContain('does not mention “Canada”');
    expect(followUp.requests().some((request) => request.path.endsWith('/threads'))).toBe(false);
  });

  it('takes every message ending in "?" in an ask channel as a question, mention or not', async () => {
    const sent = double.message({ content: 'What tariff has President Trump threatened?', mentionsBot: false, channelId: help });
    const [post] = posts(await answered(sent));
    expect(post?.path).toBe(`/api/v10/channels/${sent.id}/messages`);
    expect(post?.body.embeds[0].description).toMatch(/tariff/iu);
  });

  it('ignores a message without a mention outside the ask channels, a statement in an ask channel, and other bots', async () => {
    const quiet = double.message({ content: 'What tariff has President Trump threatened?', mentionsBot: false });
    const statement = double.message({ content: 'Thanks, that helps.', mentionsBot: false, channelId: help });
    const fromBot = double.message({ content: `${BOT_MENTION} who leads?`, user: { ...member(), bot: true } as typeof USER });
    expect(await ignored(quiet)).toEqual([]);
    expect(await ignored(statement)).toEqual([]);
    expect(await ignored(fromBot)).toEqual([]);
  });

  it('tells a member who only mentioned it how to ask, and refuses an over-long question with a reason', async () => {
    const empty = double.message({ content: BOT_MENTION, user: member() });
    const [hint] = posts(await answered(empty));
    expect(hint?.body.embeds[0].description).toContain('Ask your question in the same message');
    expect(hint?.body.message_reference.message_id).toBe(empty.id);
    const long = double.message({ content: `${BOT_MENTION} ${'why '.repeat(100)}?`, user: member() });
    const [refused] = posts(await answered(long));
    expect(refused?.body.embeds[0].description).toMatch(/at most 300 characters/u);
  });

  it('answers below the message when Discord refuses to open a thread (no Create Public Threads permission)', async () => {
    double.inject({ match: /\/threads$/u, status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    const sent = double.message({ content: `${BOT_MENTION} What tariff has President Trump threatened?`, user: member() });
    const [post] = posts(await answered(sent));
    expect(post?.path).toBe(`/api/v10/channels/${general}/messages`);
    expect(post?.body.message_reference.message_id).toBe(sent.id);
    expect(post?.body.embeds[0].description).toMatch(/tariff/iu);
  });

  it('escapes the question: a mention of @everyone in a thread name or title pings nobody', async () => {
    const sent = double.message({ content: `${BOT_MENTION} @everyone **who** is Gorka?`, user: member() });
    const requests = await answered(sent);
    const [post] = posts(requests);
    expect(post?.body.embeds[0].title).not.toContain('@everyone');
    expect(post?.body.embeds[0].title).toContain('\\*\\*who\\*\\*');
  });

  it('stores a vote, replaces it when the member votes again, and acknowledges each privately', async () => {
    const sent = double.message({ content: `${BOT_MENTION} What have Mexican officials done about the cartels?`, user: member() });
    const [post] = posts(await answered(sent));
    const [up, down] = buttonIds(post?.body).filter((id) => id.startsWith('vote|'));
    expect(up).toMatch(/^vote\|up\|\d+$/u);
    const answerId = Number(up?.split('|')[2]);
    const voter = member();
    const first = await exchange(double, { ...button(up!), user: voter });
    expect(first.message.flags).toBe(64);
    expect(first.message.embeds[0].description).toBe('Thanks: your 👍 is recorded.');
    const changed = await exchange(double, { ...button(down!), user: voter });
    expect(changed.message.embeds[0].description).toBe('Your vote is now 👎.');
    expect(feedback.votesFor(answerId)).toBe(1);
    expect(feedback.report('day').downVoted[0]).toMatchObject({ question: 'What have Mexican officials done about the cartels?', up: 0, down: 1 });
  });

  it('/ask answers carry 👍 and 👎 too, and a refusal is grouped by the words the documents lack', async () => {
    const { message } = await exchange(double, { type: 2, data: { id: '300000000000000001', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'Did Canada send troops?' }] } });
    expect(buttonLabels(message).slice(-2)).toEqual(['👍', '👎']);
    expect(feedback.report('day').missing[0]).toMatchObject({ word: 'canada', count: 2 });
  });

  it('/docent report shows an admin, privately, the words the documents lack and the answers voted down; /docent forget deletes a period', async () => {
    const admin = (subcommand: string, options: unknown[] = []) => ({ type: 2 as const, data: { id: '300000000000000002', name: 'docent', type: 1, options: [{ name: subcommand, type: 1, options }] } });
    const { requests, message } = await exchange(double, admin('report', [{ name: 'period', type: 3, value: 'day' }]));
    expect(requests.find((request) => request.path.endsWith('/callback'))?.body.data?.flags ?? message.flags).toBe(64);
    const [lacking, downVoted] = message.embeds[0].fields;
    expect(message.embeds[0].title).toBe('docent report · last day');
    expect(lacking.value).toMatch(/^\*\*canada\*\* × 2\n> /u);
    expect(downVoted.value).toContain('👎 1 · 👍 0 — “What have Mexican officials done about the cartels?”');
    const forgot = await exchange(double, admin('forget', [{ name: 'period', type: 3, value: 'all' }]));
    expect(forgot.message.embeds[0].description).toMatch(/^Forgot everything stored: \d+ questions and 1 vote\.$/u);
    const after = await exchange(double, admin('report'));
    expect(after.message.embeds[0].description).toMatch(/^0 questions/u);
  });

  itSendsBodiesFittingDiscordSchema(() => double.requests.filter((request) => request.method !== 'GET'));
});
