import { expect } from 'vitest';
import { snowflake, USER, type DiscordDouble, type InteractionOptions, type RecordedRequest } from './double/discordDouble.ts';
import { canPing, limitViolations } from './limits.ts';

/** A slash-command option as Discord sends it (type 3 is a string). */
export const option = (name: string, value: unknown, type = 3, focused?: boolean) => ({ name, type, value, ...(focused ? { focused } : {}) });
/** A chat-input command's interaction data. */
export const slash = (name: string, options: unknown[] = []) => ({ id: '300000000000000001', name, type: 1, options });

export const callbacks = (requests: RecordedRequest[]) => requests.filter((request) => request.path.endsWith('/callback'));
export const edits = (requests: RecordedRequest[]) => requests.filter((request) => request.method === 'PATCH');

/** What the member finally sees: the edit of a deferred reply, or the reply itself. */
export function finalMessage(requests: RecordedRequest[]): any {
  const edit = edits(requests).at(-1);
  if (edit) return edit.body;
  return callbacks(requests).find((request) => [4, 7].includes(request.body?.type))?.body?.data;
}

/**
 * Sends an interaction from a member of its own (so that the per-member cooldown stays out of the way) and waits for
 * the reply the member would see; asserts limits and mentions on every request.
 */
export async function exchange(double: DiscordDouble, options: InteractionOptions): Promise<{ requests: RecordedRequest[]; message: any }> {
  const sent = double.interact({ user: { ...USER, id: snowflake() }, ...options });
  const requests = await double.until(sent, (all) => {
    const types = callbacks(all).map((request) => request.body?.type);
    return types.includes(4) || types.includes(7) || types.includes(8) || (types.includes(5) && edits(all).length > 0) || (types.includes(6) && edits(all).length > 0);
  });
  for (const request of requests) {
    const data = request.path.endsWith('/callback') ? request.body?.data : request.body;
    expect(limitViolations(data), `${request.method} ${request.path}`).toEqual([]);
    if (request.body?.type !== 5 && request.body?.type !== 8) expect(canPing(data), `${request.method} ${request.path}`).toBe(false);
  }
  return { requests, message: finalMessage(requests) };
}

/** The custom ids of a message's buttons. */
export const buttonIds = (message: any): string[] => (message?.components ?? []).flatMap((row: any) => row.components.map((button: any) => button.custom_id));
