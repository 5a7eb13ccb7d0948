import { describe, expect, it, vi } from 'vitest';
import { TEST_TOKEN } from './botProcess.ts';
import { botSession } from './botSession.ts';
import { snowflake, USER, type RecordedRequest } from './double/discordDouble.ts';
import { itSendsBodiesFittingDiscordSchema } from './discordSchemaCheck.ts';
import { callbacks, exchange, option, slash } from './exchange.ts';
import { visibleText } from './limits.ts';

const session = botSession();

const CALLBACK = /^POST \/api\/v10\/interactions\/\d+\/[^/]+\/callback$/u;
const help = { type: 2, data: slash('help') } as const;
const question = { type: 2, data: slash('ask', [option('question', 'Who is Sebastian Gorka?')]) } as const;

/** Waits for the retry after an injected fault: the member's reply is the second callback. */
const afterRetry = (requests: RecordedRequest[]) => callbacks(requests).length >= 2;

/** The bot's JSON log lines. */
const logLines = () => session.bot.output().split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { level: number; msg: string; outcome?: string });

describe('Discord faults', () => {
  it('the interaction callback answers 500, then succeeds: the reply still arrives', async () => {
    session.double.inject({ match: CALLBACK, status: 500, body: { message: '500: Internal Server Error', code: 0 } });
    const { requests, message } = await exchange(session.double, help, afterRetry);
    expect(session.double.rest.faults).toEqual([]);
    const [failed, retried, ...more] = callbacks(requests);
    expect(more).toEqual([]);
    expect(retried?.body).toEqual(failed?.body);
    expect(visibleText(message)).toContain('/quote <text>');
  });

  it('a 429 with retry-after is honoured, and the reply arrives', async () => {
    session.double.inject({
      match: CALLBACK,
      status: 429,
      headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 1, global: false },
    });
    const { requests, message } = await exchange(session.double, help, afterRetry);
    const [limited, retried, ...more] = callbacks(requests);
    expect(more).toEqual([]);
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(1000);
    expect(visibleText(message)).toContain('/quote <text>');
  });

  it('10062 Unknown interaction (the token expired) is logged once, and docent goes on answering', async () => {
    session.double.inject({ match: CALLBACK, status: 404, body: { message: 'Unknown interaction', code: 10062 } });
    const expired = session.double.interact({ ...question, user: { ...USER, id: snowflake() } });
    await vi.waitFor(() => expect(logLines().filter((line) => line.outcome === 'expired')).toHaveLength(1), { timeout: 15_000 });
    expect(logLines().filter((line) => line.msg.includes('expired'))).toHaveLength(1);
    expect(expired.requests()).toHaveLength(1);
    const { message } = await exchange(session.double, question);
    expect(visibleText(message)).toContain('**Gorka**');
  });

  it('an edit refused because the token ran out (50027 Invalid Webhook Token) is logged once, with no second try', async () => {
    session.double.inject({ match: /^PATCH \/api\/v10\/webhooks\//u, status: 401, body: { message: 'Invalid Webhook Token', code: 50027 } });
    const late = session.double.interact({ ...question, user: { ...USER, id: snowflake() } });
    await vi.waitFor(() => expect(logLines().filter((line) => line.outcome === 'expired')).toHaveLength(2), { timeout: 15_000 });
    expect(late.requests().map((request) => request.method)).toEqual(['POST', 'PATCH']);
  });

  it('the gateway connection drops mid-session: the client resumes and later interactions are answered', async () => {
    const identified = session.double.gateway.identified.length;
    const resumed = session.double.gateway.resumed.length;
    session.double.gateway.dropConnections();
    await vi.waitFor(() => expect(session.double.gateway.resumed.length).toBe(resumed + 1), { timeout: 15_000 });
    expect(session.double.gateway.identified.length).toBe(identified);
    await vi.waitFor(() => expect(session.bot.output()).toContain('gateway session resumed'));
    const { message } = await exchange(session.double, question);
    expect(visibleText(message)).toContain('**Gorka**');
  });

  it('survived every fault: no error logged, no failure shown, and never the token', async () => {
    const outcomes = () => logLines().filter((line) => line.msg === 'interaction').map((line) => line.outcome);
    await vi.waitFor(() => expect(outcomes()).toEqual(['answered', 'answered', 'expired', 'answered', 'expired', 'answered']));
    expect(logLines().filter((line) => line.level >= 50)).toEqual([]);
    expect(session.bot.output()).not.toContain(TEST_TOKEN);
  });

  it('asks for the minimum: Guilds and Guild Messages (to see mentions), no Message Content, and no route beyond answering interactions here', () => {
    expect(session.double.gateway.identified.map((session) => session.intents)).toEqual([1 + 512]);
    const routes = new Set(session.double.requests.map((request) => `${request.method} ${request.path.replace(/\d{15,}|token-\d+/gu, ':id')}`));
    expect([...routes].sort()).toEqual(['GET /api/v10/gateway/bot', 'PATCH /api/v10/webhooks/:id/:id/messages/@original', 'POST /api/v10/interactions/:id/:id/callback']);
  });

  // Includes the requests Discord refused in these tests, which exchange() alone would not see.
  itSendsBodiesFittingDiscordSchema(() => session.double.requests);
});
