import { describe, expect, it } from 'vitest';
import { isSignedByDiscord, MAX_SIGNATURE_AGE_S, publicKeyFromHex } from '../../src/http/signature.ts';
import { makeSigner } from './signer.ts';

const signer = makeSigner();
const key = publicKeyFromHex(signer.publicKeyHex);
const body = Buffer.from('{"type":1}');
const verify = (headers: Record<string, string>, payload = body) =>
  isSignedByDiscord(key, payload, { signature: headers['x-signature-ed25519'], timestamp: headers['x-signature-timestamp'] });

describe('the Ed25519 signature on an interaction request', () => {
  it('accepts a body signed with the application key, read from the portal\'s 64 hexadecimal digits', () => {
    expect(verify(signer.headers(body))).toBe(true);
  });

  it('refuses a tampered body', () => {
    expect(verify(signer.headers(body), Buffer.from('{"type":2}'))).toBe(false);
  });

  it('refuses a body signed with another key', () => {
    expect(verify(makeSigner().headers(body))).toBe(false);
  });

  it('refuses a request without either header, or with a signature that is not hexadecimal', () => {
    const headers = signer.headers(body);
    expect(isSignedByDiscord(key, body, { timestamp: headers['x-signature-timestamp'] })).toBe(false);
    expect(isSignedByDiscord(key, body, { signature: headers['x-signature-ed25519'] })).toBe(false);
    expect(isSignedByDiscord(key, body, {})).toBe(false);
    expect(verify({ ...headers, 'x-signature-ed25519': 'zz'.repeat(64) })).toBe(false);
  });

  it('refuses a stale timestamp, so that a captured request cannot be replayed, and one from the future', () => {
    const now = Math.floor(Date.now() / 1000);
    expect(verify(signer.headers(body, now - MAX_SIGNATURE_AGE_S - 60))).toBe(false);
    expect(verify(signer.headers(body, now + MAX_SIGNATURE_AGE_S + 60))).toBe(false);
    expect(verify(signer.headers(body, now - 60))).toBe(true);
  });

  it('refuses a signature whose timestamp was changed after signing', () => {
    const headers = signer.headers(body);
    expect(verify({ ...headers, 'x-signature-timestamp': String(Number(headers['x-signature-timestamp']) - 1) })).toBe(false);
  });
});
