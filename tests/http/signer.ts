import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** An application's key pair, made in the test: Discord's side signs with the private key, docent verifies. */
export interface Signer {
  /** The public key as the developer portal shows it: 64 hexadecimal digits. */
  readonly publicKeyHex: string;
  readonly publicKey: KeyObject;
  /** The two headers Discord sends, signing timestamp + body. */
  readonly headers: (body: string | Buffer, timestamp?: number) => Record<string, string>;
}

export function makeSigner(): Signer {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicKeyHex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
  return {
    publicKeyHex,
    publicKey,
    headers: (body, timestamp = Math.floor(Date.now() / 1000)) => ({
      'x-signature-ed25519': sign(null, Buffer.concat([Buffer.from(String(timestamp)), Buffer.from(body)]), privateKey).toString('hex'),
      'x-signature-timestamp': String(timestamp),
    }),
  };
}
