import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBot, TEST_TOKEN, type BotProcess } from './botProcess.ts';
import { DiscordDouble, snowflake, USER, type RecordedRequest } from './double/discordDouble.ts';
import { callbacks, exchange, option, slash } from './exchange.ts';
import { visibleText } from './limits.ts';

let double: DiscordDouble;
let bot: BotProcess;

beforeAll(async () => {
  double = await DiscordDouble.start();
  bot = await startBot(double);
});

afterAll(async () => {
  const code = await bot?.stop();
  await double?.close();
  expect(code).toBe(0);
});

const CALLBACK = /^POST \/api\/v10\/interactions\/\d+\/[^/]+\/callback$/u;
const help = { type: 2, data: slash('help') } as const;
const question = { type: 2, data: slash('ask', [option('question', 'Who is Sebastian Gorka?')]) } as const;

/** Waits for the retry after an injected fault: the member's reply is the second callback. */
const afterRetry = (requests: RecordedRequest[]) => callbacks(requests).length >= 2;

/** The bot's JSON log lines. */
const logLines = () => bot.output().split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { level: number; msg: string; outcome?: string });

describe('Discord faults', () => {
  it('the interaction callback answers 500, then succeeds: the reply still arrives', async () => {
    double.inject({ match: CALLBACK, status: 500, body: { message: '500: Internal Server Error', code: 0 } });
    const { requests, message } = await exchange(double, help, afterRetry);
    expect(double.rest.faults).toEqual([]);
    const [failed, retried, ...more] = callbacks(requests);
    expect(more).toEqual([]);
    expect(retried?.body).toEqual(failed?.body);
    expect(visibleText(message)).toContain('/quote <text>');
  });

  it('a 429 with retry-after is honoured, and the reply arrives', async () => {
    double.inject({
      match: CALLBACK,
      status: 429,
      headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 1, global: false },
    });
    const { requests, message } = await exchange(double, help, afterRetry);
    const [limited, retried, ...more] = callbacks(requests);
    expect(more).toEqual([]);
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(1000);
    expect(visibleText(message)).toContain('/quote <text>');
  });

  it('10062 Unknown interaction (the token expired) is logged once, and docent goes on answering', async () => {
    double.inject({ match: CALLBACK, status: 404, body: { message: 'Unknown interaction', code: 10062 } });
    const expired = double.interact({ ...question, user: { ...USER, id: snowflake() } });
    await vi.waitFor(() => expect(logLines().filter((line) => line.outcome === 'expired')).toHaveLength(1), { timeout: 15_000 });
    expect(logLines().filter((line) => line.msg.includes('expired'))).toHaveLength(1);
    expect(expired.requests()).toHaveLength(1);
    const { message } = await exchange(double, question);
    expect(visibleText(message)).toContain('**Gorka**');
  });

  it('the gateway connection drops mid-session: the client resumes and later interactions are answered', async () => {
    const identified = double.gateway.identified.length;
    const resumed = double.gateway.resumed.length;
    double.gateway.dropConnections();
    await vi.waitFor(() => expect(double.gateway.resumed.length).toBe(resumed + 1), { timeout: 15_000 });
    expect(double.gateway.identified.length).toBe(identified);
    await vi.waitFor(() => expect(bot.output()).toContain('gateway session resumed'));
    const { message } = await exchange(double, question);
    expect(visibleText(message)).toContain('**Gorka**');
  });

  it('survived every fault: no error logged, no failure shown, and never the token', async () => {
    const outcomes = () => logLines().filter((line) => line.msg === 'interaction').map((line) => line.outcome);
    await vi.waitFor(() => expect(outcomes()).toEqual(['answered', 'answered', 'expired', 'answered', 'answered']));
    expect(logLines().filter((line) => line.level >= 50)).toEqual([]);
    expect(bot.output()).not.toContain(TEST_TOKEN);
  });

  it('asks for the minimum: the Guilds intent only, and no route beyond answering interactions, so no permission', () => {
    expect(double.gateway.identified.map((session) => session.intents)).toEqual([1]);
    const routes = new Set(double.requests.map((request) => `${request.method} ${request.path.replace(/\d{15,}|token-\d+/gu, ':id')}`));
    expect([...routes].sort()).toEqual(['GET /api/v10/gateway/bot', 'PATCH /api/v10/webhooks/:id/:id/messages/@original', 'POST /api/v10/interactions/:id/:id/callback']);
  });
});
