import { describe, expect, it } from 'vitest';
import { DISCORD_API_SPEC_PRESENT, needingDiscordApiSpec } from '../helpers/sharedData.ts';
import { discordSchemaViolations } from './double/discordSchema.ts';

const CALLBACK = '/api/v10/interactions/200000000000000001/token-1/callback';
const callback = (body: unknown) => discordSchemaViolations({ method: 'POST', path: CALLBACK, body });

describe.skipIf(!DISCORD_API_SPEC_PRESENT)("Discord's OpenAPI schema of request bodies", () => {
  it(needingDiscordApiSpec('accepts a reply Discord accepts'), () => {
    expect(callback({ type: 4, data: { content: 'A quote.', flags: 64, allowed_mentions: { parse: [] } } })).toEqual([]);
  });

  it(needingDiscordApiSpec('rejects a reply whose content is not text, or of an unknown type, naming the path and why'), () => {
    const [problem] = callback({ type: 4, data: { content: 123 } });
    expect(problem).toContain(`POST ${CALLBACK}`);
    expect(problem).toContain('body/data/content must be string,null');
    expect(callback({ type: 42, data: { content: 'A quote.' } })).toHaveLength(1);
  });

  it(needingDiscordApiSpec('rejects a link that is not a URI in an edit of the original reply'), () => {
    const path = '/api/v10/webhooks/200000000000000001/token-1/messages/@original';
    const [problem] = discordSchemaViolations({ method: 'PATCH', path, body: { embeds: [{ title: 'A', url: 'not a link' }] } });
    expect(problem).toContain('/webhooks/{webhook_id}/{webhook_token}/messages/@original');
    expect(problem).toContain('body/embeds/0/url must match format "uri"');
  });

  it(needingDiscordApiSpec('rejects a route the spec does not describe rather than skipping it'), () => {
    expect(discordSchemaViolations({ method: 'POST', path: '/api/v10/answers', body: {} })).toEqual([
      "POST /api/v10/answers: Discord's OpenAPI description has no such operation",
    ]);
  });
});
