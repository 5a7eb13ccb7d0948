import { afterAll, beforeAll, expect } from 'vitest';
import { startBot, type BotProcess } from './botProcess.ts';
import { DiscordDouble } from './double/discordDouble.ts';

/** The double and the real bot process one test file runs against. */
export interface BotSession {
  readonly double: DiscordDouble;
  readonly bot: BotProcess;
}

/**
 * Starts the double and the real `docent` process before a file's tests and stops them after; the bot must then
 * exit cleanly, whatever the tests did to it. Read the fields inside tests and hooks, once they are set.
 */
export function botSession(env: Record<string, string> = {}): BotSession {
  const session = {} as { double: DiscordDouble; bot: BotProcess };
  beforeAll(async () => {
    session.double = await DiscordDouble.start();
    session.bot = await startBot(session.double, env);
  });
  afterAll(async () => {
    const code = await session.bot?.stop();
    await session.double?.close();
    expect(code).toBe(0);
  });
  return session;
}
