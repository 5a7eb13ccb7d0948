import type { IncomingMessage, ServerResponse } from 'node:http';
import { canPing, limitViolations } from '../limits.ts';
import { BOT_USER } from './gateway.ts';

/** One request the bot made, as the double received it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly body: any;
  readonly headers: IncomingMessage['headers'];
  readonly at: number;
}

/** A canned answer to give instead of the normal one, once, to the next request whose path matches. */
export interface Fault {
  readonly match: RegExp;
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

let nextId = 200000000000000000n;
export const snowflake = (): string => String(nextId++);

function messageObject(body: any, applicationId: string, channelId = '100000000000000002'): Record<string, unknown> {
  return {
    id: snowflake(),
    type: body?.message_reference ? 19 : 20,
    channel_id: channelId,
    application_id: applicationId,
    author: BOT_USER,
    content: body?.content ?? '',
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    flags: body?.flags ?? 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
  };
}

async function readBody(request: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  const type = request.headers['content-type'] ?? '';
  if (type.includes('multipart/form-data')) {
    const json = /name="payload_json"\r\n(?:[^\r\n]*\r\n)*\r\n([\s\S]*?)\r\n--/u.exec(text)?.[1];
    return json ? JSON.parse(json) : text;
  }
  return JSON.parse(text);
}

/** Discord's answer to a body it will not take: 400 with the code of an invalid form body. */
const invalidForm = (why: string) => ({ message: `Invalid Form Body: ${why}`, code: 50035 });

/**
 * Why Discord would refuse a message body, or undefined: a limit broken (content over 2,000 characters, embeds, buttons).
 * Besides, the double refuses any message that could ping someone (allowed_mentions absent or parsing mentions, or a
 * reply pinging its author), which Discord would send and docent must never do.
 */
export function refusal(body: any): string | undefined {
  const message = body?.type === undefined ? body : body.data;
  if (typeof message !== 'object' || message === null || (message.content === undefined && message.embeds === undefined)) return undefined;
  const broken = limitViolations(message);
  if (broken.length > 0) return broken.join('; ');
  if (canPing(message)) return 'allowed_mentions: mentions are not allowed';
  if (message.message_reference && message.allowed_mentions.replied_user !== false) return 'allowed_mentions: a reply must not ping its author';
  return undefined;
}

/** The REST side of the double: gateway discovery, interaction callbacks, webhooks, channel messages, threads and command registration. */
export class Rest {
  readonly requests: RecordedRequest[] = [];
  readonly faults: Fault[] = [];
  private listeners: ((request: RecordedRequest) => void)[] = [];

  /** The guild of each channel and thread the double knows. */
  readonly channelGuilds = new Map<string, string>();

  constructor(
    private readonly applicationId: string,
    private readonly gatewayUrl: () => string,
    /** The shard count GET /gateway/bot recommends. */
    private readonly shards = 1,
  ) {}

  /** Calls `listener` for every request from now on; returns a function that stops it. */
  onRequest(listener: (request: RecordedRequest) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((other) => other !== listener);
    };
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const method = request.method ?? 'GET';
    const body = await readBody(request).catch(() => undefined);
    const fault = this.faults.findIndex((candidate) => candidate.match.test(`${method} ${path}`));
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}): void => {
      response.writeHead(status, payload === undefined ? headers : { 'content-type': 'application/json', ...headers });
      response.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    const recorded: RecordedRequest = { method, path, body, headers: request.headers, at: Date.now() };
    if (fault >= 0) {
      const [injected] = this.faults.splice(fault, 1);
      this.requests.push(recorded);
      send(injected!.status, injected!.body ?? { message: 'injected fault', code: 0 }, injected!.headers);
      return;
    }
    this.requests.push(recorded);
    for (const listener of this.listeners) listener(recorded);
    this.route(method, path, body, send);
  }

  /** A thread started on a message takes the message's id, as in Discord. */
  private startThread(channelId: string, messageId: string, body: any): Record<string, unknown> {
    const guildId = this.channelGuilds.get(channelId);
    this.channelGuilds.set(messageId, guildId ?? '');
    return {
      id: messageId,
      type: 11,
      guild_id: guildId,
      parent_id: channelId,
      name: body?.name ?? '',
      owner_id: BOT_USER.id,
      last_message_id: null,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      flags: 0,
      thread_metadata: { archived: false, auto_archive_duration: body?.auto_archive_duration ?? 1440, archive_timestamp: new Date().toISOString(), locked: false },
    };
  }

  private route(method: string, path: string, body: any, send: (status: number, payload?: unknown) => void): void {
    const api = path.replace(/^\/api\/v10/u, '');
    const refused = method === 'GET' ? undefined : refusal(body);
    if (refused) {
      send(400, invalidForm(refused));
      return;
    }
    const thread = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/u.exec(api);
    const channelMessage = /^\/channels\/(\d+)\/messages$/u.exec(api);
    if (method === 'POST' && thread && this.channelGuilds.has(thread[1]!)) {
      send(201, this.startThread(thread[1]!, thread[2]!, body));
    } else if (method === 'POST' && channelMessage && this.channelGuilds.has(channelMessage[1]!)) {
      send(200, { ...messageObject(body, this.applicationId, channelMessage[1]), message_reference: body?.message_reference, guild_id: this.channelGuilds.get(channelMessage[1]!) });
    } else if (method === 'GET' && (api === '/gateway/bot' || api === '/gateway')) {
      send(200, {
        url: this.gatewayUrl(),
        shards: this.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    } else if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/u.test(api)) {
      send(204);
    } else if (/^\/webhooks\/\d+\/[^/]+(?:\/messages\/(?:@original|\d+))?$/u.test(api) && (method === 'POST' || method === 'PATCH')) {
      send(200, messageObject(body, this.applicationId));
    } else if (method === 'PUT' && /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/u.test(api)) {
      send(200, (body as unknown[]).map((command) => ({ ...(command as object), id: snowflake(), application_id: this.applicationId, version: '1' })));
    } else if (method === 'GET' && api === '/users/@me') {
      send(200, BOT_USER);
    } else {
      send(404, { message: `The double does not know ${method} ${path}`, code: 0 });
    }
  }
}
