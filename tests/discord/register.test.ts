import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built } from '../helpers/build.ts';
import { APPLICATION_ID, DiscordDouble, GUILD_ID } from './double/discordDouble.ts';
import { TEST_TOKEN } from './botProcess.ts';
import { itSendsBodiesFittingDiscordSchema } from './discordSchemaCheck.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let double: DiscordDouble;
beforeAll(async () => {
  double = await DiscordDouble.start();
});
afterAll(async () => {
  await double.close();
});

/** Runs `npm run register`'s script against the double. */
function register(env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [built('src/discord/registerMain.js')],
      {
        cwd: ROOT,
        timeout: 30_000,
        env: { ...process.env, DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: double.apiUrl, DISCORD_GUILD_ID: '', LOG_LEVEL: 'info', ...env },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

const puts = () => double.requests.filter((request) => request.method === 'PUT');

describe('npm run register', () => {
  it('registers to one server when DISCORD_GUILD_ID is set, and globally otherwise', async () => {
    expect((await register({ DISCORD_GUILD_ID: GUILD_ID })).code).toBe(0);
    expect(puts().at(-1)?.path).toBe(`/api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    const global = await register({});
    expect(global.code).toBe(0);
    expect(puts().at(-1)?.path).toBe(`/api/v10/applications/${APPLICATION_ID}/commands`);
    expect(global.output).not.toContain(TEST_TOKEN);
  });

  it('is idempotent: the same whole list every time', async () => {
    await register({});
    const [first, second] = puts().slice(-2);
    expect(second?.body).toEqual(first?.body);
  });

  it('sends commands that Discord accepts: names, descriptions, option order and limits', async () => {
    await register({});
    const commands = puts().at(-1)?.body as any[];
    expect(commands.map((command) => command.name).sort()).toEqual(['Find in document', 'ask', 'docent', 'help', 'quote', 'section', 'sections', 'summary']);
    // /docent report and /docent forget: for members who may manage the server (Manage Server, 1 << 5).
    const admin = commands.find((command) => command.name === 'docent');
    expect(admin.default_member_permissions).toBe(32);
    expect(admin.options.map((option: any) => `${option.name}:${option.type}`)).toEqual(['forget:1', 'report:1']);
    for (const command of commands) {
      if (command.type === 3) {
        expect(command.name.length).toBeLessThanOrEqual(32);
        continue;
      }
      expect(command.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(command.description.length).toBeGreaterThanOrEqual(1);
      expect(command.description.length).toBeLessThanOrEqual(100);
      const options: any[] = command.options ?? [];
      expect(options.length).toBeLessThanOrEqual(25);
      const firstOptional = options.findIndex((option) => !option.required);
      if (firstOptional >= 0) expect(options.slice(firstOptional).every((option) => !option.required)).toBe(true);
      for (const option of options) {
        expect(option.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(option.description.length).toBeGreaterThanOrEqual(1);
        expect(option.description.length).toBeLessThanOrEqual(100);
        if (option.max_length !== undefined) expect(option.max_length).toBeLessThanOrEqual(6000);
        expect((option.choices ?? []).length).toBeLessThanOrEqual(25);
        expect(option.autocomplete && option.choices?.length).toBeFalsy();
      }
    }
    const ask = commands.find((command) => command.name === 'ask');
    expect(ask.options.map((o: any) => [o.name, o.required ?? false])).toEqual([
      ['question', true],
      ['private', false],
    ]);
    expect(ask.options[0].max_length).toBe(300);
  });

  it('refuses to run without an application id, with a clear message', async () => {
    const run = await register({ DISCORD_APPLICATION_ID: '' });
    expect(run.code).toBe(1);
    expect(run.output).toContain('DISCORD_APPLICATION_ID is not set');
  });

  itSendsBodiesFittingDiscordSchema(puts);
});
