import { interactionPayload, snowflake, USER, type DiscordDouble, type InteractionOptions, type RecordedRequest } from '../discord/double/discordDouble.ts';
import { expectSafePayloads, isAnswered } from '../discord/exchange.ts';
import type { Signer } from './signer.ts';

/** What a replica answered over HTTP. */
export interface HttpAnswer {
  readonly status: number;
  readonly body: any;
}

/** POSTs a body to a replica's /interactions, signed as Discord signs it (or with the headers given). */
export async function postSigned(url: string, body: string, signer: Signer, headers?: Record<string, string>): Promise<HttpAnswer> {
  const response = await fetch(`${url}/interactions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(headers ?? signer.headers(body)) },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

/** One interaction sent over HTTP: its HTTP response, recorded as the callback a gateway bot would have made. */
export interface HttpExchange {
  readonly id: string;
  readonly token: string;
  readonly answer: HttpAnswer;
  /** The HTTP response as a callback request, then every webhook request the replica made for this interaction. */
  readonly requests: () => RecordedRequest[];
}

/** Sends an interaction to one replica as Discord would, and records what came back by HTTP and through the double. */
export async function sendInteraction(double: DiscordDouble, url: string, signer: Signer, options: InteractionOptions): Promise<HttpExchange> {
  const { id, token, payload } = interactionPayload(options);
  const answer = await postSigned(url, JSON.stringify(payload), signer);
  // The response body answers POST /interactions/{id}/{token}/callback, whose schema Discord publishes.
  const callback: RecordedRequest = { method: 'POST', path: `/api/v10/interactions/${id}/${token}/callback`, body: answer.body, headers: {}, at: Date.now() };
  return { id, token, answer, requests: () => [callback, ...double.rest.requests.filter((request) => request.path.includes(token))] };
}

/**
 * Sends an interaction from a member of its own (so that the per-member cooldown stays out of the way) and waits
 * until the member has their answer (the HTTP response, and the edit of a deferral); asserts schema, limits and
 * mentions on every body.
 */
export async function ask(double: DiscordDouble, url: string, signer: Signer, options: InteractionOptions): Promise<{ exchange: HttpExchange; requests: RecordedRequest[] }> {
  const exchange = await sendInteraction(double, url, signer, { user: { ...USER, id: snowflake() }, ...options });
  if (exchange.answer.status !== 200) throw new Error(`The replica answered ${exchange.answer.status}: ${JSON.stringify(exchange.answer.body)}`);
  const requests = await double.until(exchange, isAnswered);
  expectSafePayloads(requests);
  return { exchange, requests };
}
