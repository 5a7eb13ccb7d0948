import { describe, expect, it } from 'vitest';
import { httpSettings, parseEnvironment } from '../../src/config/environment.ts';

const KEY = 'A'.repeat(64);

describe('the settings of HTTP-interactions mode', () => {
  it('runs the gateway bot unless DOCENT_MODE says http, and listens on 0.0.0.0:8080 by default', () => {
    expect(parseEnvironment({})).toMatchObject({ DOCENT_MODE: 'gateway', PORT: 8080, HTTP_HOST: '0.0.0.0' });
    expect(parseEnvironment({ DOCENT_MODE: 'http', PORT: '3000', HTTP_HOST: '127.0.0.1' })).toMatchObject({ DOCENT_MODE: 'http', PORT: 3000, HTTP_HOST: '127.0.0.1' });
  });

  it('refuses an unknown mode, a port out of range and a public key that is not 64 hexadecimal digits, never quoting it', () => {
    expect(() => parseEnvironment({ DOCENT_MODE: 'webhook' })).toThrow(/DOCENT_MODE must be one of gateway, http/u);
    expect(() => parseEnvironment({ PORT: '70000' })).toThrow(/PORT must be a port number/u);
    expect(() => parseEnvironment({ PORT: 'eighty' })).toThrow(/PORT must be a port number/u);
    expect(() => parseEnvironment({ DISCORD_PUBLIC_KEY: 'secret-but-not-hex' })).toThrow(/DISCORD_PUBLIC_KEY must be the 64 hexadecimal digits/u);
    expect(() => parseEnvironment({ DISCORD_PUBLIC_KEY: 'secret-but-not-hex' })).not.toThrow(/secret-but-not-hex/u);
  });

  it('requires the public key, and needs no token', () => {
    expect(() => httpSettings(parseEnvironment({ DOCENT_MODE: 'http' }))).toThrow(/DISCORD_PUBLIC_KEY is not set/u);
    expect(httpSettings(parseEnvironment({ DISCORD_PUBLIC_KEY: KEY, DISCORD_API_URL: 'http://127.0.0.1:9/api/' }))).toEqual({
      publicKey: 'a'.repeat(64),
      port: 8080,
      host: '0.0.0.0',
      apiUrl: 'http://127.0.0.1:9/api',
    });
  });
});
