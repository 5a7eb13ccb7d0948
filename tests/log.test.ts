import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.ts';

describe('createLogger', () => {
  it('redacts the token by path and wherever its value appears, error messages and stacks included', () => {
    const secret = 'MTAwMDAw.GdOcnt.super-secret-token-value';
    const destination = new PassThrough();
    let written = '';
    destination.on('data', (chunk: Buffer) => (written += chunk.toString()));
    const logger = createLogger({ level: 'debug', secrets: [secret], pretty: false, destination });
    logger.info({ token: secret, headers: { authorization: `Bot ${secret}` } }, `login with ${secret}`);
    logger.error({ err: new Error(`401 for ${secret}`) }, 'failed');
    expect(written).not.toContain(secret);
    expect(written).toContain('[redacted]');
    expect(written.trim().split('\n')).toHaveLength(2);
  });
});
