import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/docent.js', import.meta.url));

describe('DOCENT_MODE=http npm start', () => {
  it('without DISCORD_PUBLIC_KEY, stops at once with one clear line and exit code 1', () => {
    const run = spawnSync(process.execPath, [BIN], {
      env: { ...process.env, DOCENT_MODE: 'http', DISCORD_PUBLIC_KEY: '', DISCORD_TOKEN: '', PORT: '0', HTTP_HOST: '127.0.0.1' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain('DISCORD_PUBLIC_KEY is not set');
    expect(run.stdout + run.stderr).not.toContain('    at ');
  });
});
