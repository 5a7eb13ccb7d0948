import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** A request signed longer ago than this is refused, so that a captured request cannot be replayed later. */
export const MAX_SIGNATURE_AGE_S = 5 * 60;

/** The DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The application's public key as node:crypto uses it, from the 64 hexadecimal digits Discord shows. */
export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/** The two headers Discord signs every interaction request with. */
export interface SignatureHeaders {
  readonly signature?: string;
  readonly timestamp?: string;
}

/**
 * Whether Discord signed this body: an Ed25519 signature of timestamp + body under the application's key, made at
 * most five minutes before `now` (in seconds).
 */
export function isSignedByDiscord(key: KeyObject, body: Buffer, headers: SignatureHeaders, now = Date.now() / 1000): boolean {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp || !/^[0-9a-f]{128}$/iu.test(signature) || !/^\d{1,12}$/u.test(timestamp)) return false;
  if (Math.abs(now - Number(timestamp)) > MAX_SIGNATURE_AGE_S) return false;
  return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
}
