import { expect } from 'vitest';
import { snowflake, USER, type DiscordDouble, type InteractionOptions, type RecordedRequest } from './double/discordDouble.ts';
import { expectBodiesFitDiscordSchema } from './discordSchemaCheck.ts';
import { canPing, limitViolations } from './limits.ts';

/** A command option as Discord sends it (type 3 string, 5 boolean). */
export const option = (name: string, value: unknown, type = 3, focused?: boolean) => ({ name, type, value, ...(focused ? { focused } : {}) });
/** A chat-input command's `data`. */
export const slash = (name: string, options: unknown[] = []) => ({ id: '300000000000000001', name, type: 1, options });
/** A button press's `data` and the message the button sits on. */
export const button = (customId: string) => ({
  type: 3 as const,
  data: { custom_id: customId, component_type: 2 },
  message: { id: snowflake(), channel_id: '100000000000000002', flags: 0, embeds: [], components: [] },
});

export const callbacks = (requests: readonly RecordedRequest[]) => requests.filter((request) => request.path.endsWith('/callback'));
export const edits = (requests: readonly RecordedRequest[]) => requests.filter((request) => request.method === 'PATCH');

/** What the member finally sees: the edit of a deferred reply, or the reply itself. */
export function finalMessage(requests: readonly RecordedRequest[]): any {
  const edit = edits(requests).at(-1);
  if (edit) return edit.body;
  return callbacks(requests).find((request) => [4, 7].includes(request.body?.type))?.body?.data;
}

/** Whether the member has their response: a reply, an update, suggestions, or a deferral followed by its edit. */
export function isAnswered(requests: readonly RecordedRequest[]): boolean {
  const types = callbacks(requests).map((request) => request.body?.type);
  return types.includes(4) || types.includes(7) || types.includes(8) || ((types.includes(5) || types.includes(6)) && edits(requests).length > 0);
}

/** Asserts Discord's schema and limits on every payload and, on every one that carries text, that it can ping nobody. */
export function expectSafePayloads(requests: readonly RecordedRequest[]): void {
  for (const request of requests) {
    const data = request.path.endsWith('/callback') ? request.body?.data : request.body;
    expect(limitViolations(data), `${request.method} ${request.path}`).toEqual([]);
    if (request.body?.type !== 5 && request.body?.type !== 8) expect(canPing(data), `${request.method} ${request.path}`).toBe(false);
  }
  expectBodiesFitDiscordSchema(requests);
}

/**
 * Sends an interaction from a member of its own (so that the per-member cooldown stays out of the way) and waits for
 * the reply the member would see (or for `done`); asserts schema, limits and mentions on every request.
 */
export async function exchange(
  double: DiscordDouble,
  options: InteractionOptions,
  done: (requests: RecordedRequest[]) => boolean = isAnswered,
): Promise<{ requests: RecordedRequest[]; message: any }> {
  const sent = double.interact({ user: { ...USER, id: snowflake() }, ...options });
  const requests = await double.until(sent, done);
  expectSafePayloads(requests);
  return { requests, message: finalMessage(requests) };
}

export const buttonIds = (message: any): string[] => (message?.components ?? []).flatMap((row: any) => row.components.map((item: any) => item.custom_id));
export const buttonLabels = (message: any): string[] => (message?.components ?? []).flatMap((row: any) => row.components.map((item: any) => item.label));
