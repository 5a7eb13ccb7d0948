import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEST_INDEX_CACHE_DIR } from '../helpers/knowledgeFolder.ts';
import { TEST_TOKEN } from './botProcess.ts';
import { APPLICATION_ID, DiscordDouble } from './double/discordDouble.ts';

const BIN = fileURLToPath(new URL('../../bin/docent.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Starts `docent` (as `npm start` does) with these bot settings and resolves when it exits. */
function startWith(settings: Record<string, string>): Promise<{ code: number; output: string }> {
  const env = { ...process.env, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: '', DISCORD_GUILD_ID: '', KNOWLEDGE_DIR: 'knowledge', INDEX_CACHE_DIR: TEST_INDEX_CACHE_DIR, LOG_LEVEL: 'info', ...settings };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN], { cwd: ROOT, env, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

describe('startup', () => {
  it('rejects a malformed token, a missing application id or an unparsable DISCORD_API_URL: a clear message, exit code 1', async () => {
    const malformed = 'my-secret-but-malformed-token';
    const [settings, application] = await Promise.all([
      startWith({ DISCORD_TOKEN: malformed, DISCORD_API_URL: 'not a url' }),
      startWith({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: '' }),
    ]);
    expect(settings.code).toBe(1);
    expect(settings.output).toContain('DISCORD_TOKEN is not a Discord bot token (three dot-separated parts)');
    expect(settings.output).toContain('DISCORD_API_URL must be an http(s) URL');
    expect(settings.output).not.toContain(malformed);
    expect(application.code).toBe(1);
    expect(application.output).toContain('DISCORD_APPLICATION_ID is not set');
    expect(application.output).not.toContain(TEST_TOKEN);
    for (const run of [settings, application]) expect(run.output).not.toMatch(/\n\s+at /u);
  });

  it('a login refused with the token quoted in the error: exit code 1, and the token is in no log line', async () => {
    const double = await DiscordDouble.start();
    double.inject({ match: /^GET \/api\/v10\/gateway\/bot$/u, status: 403, body: { message: `Forbidden for Bot ${TEST_TOKEN}`, code: 40001 } });
    const run = await startWith({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: double.apiUrl });
    await double.close();
    expect(double.requests.map((request) => request.headers.authorization)).toContain(`Bot ${TEST_TOKEN}`);
    expect(run.code).toBe(1);
    expect(run.output).toContain('docent could not start');
    expect(run.output).toContain('Forbidden for Bot [redacted]');
    expect(run.output).not.toContain(TEST_TOKEN);
  });
});
