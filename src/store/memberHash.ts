import { createHash, randomBytes } from 'node:crypto';

/** A fresh salt for a database that was given none. */
export const newSalt = (): string => randomBytes(16).toString('hex');

/** What the store keeps of a member: a salted SHA-256 of their id, enough to count one vote each and never their name. */
export function memberHash(memberId: string, salt: string): string {
  return createHash('sha256').update(`${salt}:${memberId}`).digest('hex').slice(0, 32);
}
