import { expect, it } from 'vitest';
import { DISCORD_API_SPEC_PRESENT, needingDiscordApiSpec } from '../helpers/sharedData.ts';
import type { RecordedRequest } from './double/discordDouble.ts';
import { discordSchemaViolations } from './double/discordSchema.ts';

/** Asserts every body fits Discord's OpenAPI schema; where the spec is absent, `itSendsBodiesFittingDiscordSchema` says so. */
export function expectBodiesFitDiscordSchema(requests: readonly RecordedRequest[]): void {
  if (!DISCORD_API_SPEC_PRESENT) return;
  expect(requests.flatMap((request) => discordSchemaViolations(request))).toEqual([]);
}

/** A test that every request body of a file's session fits the schema, reported as skipped, with why, without the spec. */
export function itSendsBodiesFittingDiscordSchema(requests: () => readonly RecordedRequest[]): void {
  it.skipIf(!DISCORD_API_SPEC_PRESENT)(needingDiscordApiSpec("every request body fits Discord's OpenAPI schema"), () => {
    expect(requests().length).toBeGreaterThan(0);
    expectBodiesFitDiscordSchema(requests());
  });
}
