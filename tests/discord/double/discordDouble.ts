import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BOT_USER, channelsOf, Gateway } from './gateway.ts';
import { Rest, snowflake, type Fault, type RecordedRequest } from './rest.ts';

export { BOT_USER, channelsOf, snowflake, type RecordedRequest };

export const APPLICATION_ID = BOT_USER.id;
export const GUILD_ID = '100000000000000010';
export const USER = { id: '100000000000000020', username: 'member', discriminator: '0', global_name: 'Member', avatar: null };

export interface InteractionOptions {
  readonly type: 2 | 3 | 4;
  readonly data: Record<string, unknown>;
  readonly guildId?: string | null;
  readonly user?: typeof USER;
  readonly message?: Record<string, unknown>;
}

export interface MessageOptions {
  readonly content: string;
  /** Whether the message mentions docent (Discord lists it in `mentions`); true by default. */
  readonly mentionsBot?: boolean;
  /** The channel or thread; #general of the test guild by default. */
  readonly channelId?: string;
  readonly user?: typeof USER;
}

/** Everything the bot sent back for one interaction. */
export interface Exchange {
  readonly id: string;
  readonly token: string;
  /** Requests the bot made for this interaction: its callback and webhook calls, in order. */
  readonly requests: () => RecordedRequest[];
}

/** An interaction as Discord sends it, by the gateway or by HTTP POST, with a fresh id and token. */
export function interactionPayload(options: InteractionOptions): { id: string; token: string; payload: Record<string, unknown> } {
  const id = snowflake();
  const token = `token-${id}`;
  const guildId = options.guildId === undefined ? GUILD_ID : options.guildId;
  const user = options.user ?? USER;
  const where =
    guildId === null
      ? { user, channel: { id: '100000000000000030', type: 1 }, channel_id: '100000000000000030', context: 1 }
      : {
          guild_id: guildId,
          member: { user, roles: [], joined_at: new Date(0).toISOString(), permissions: '2048', deaf: false, mute: false, flags: 0 },
          channel: { id: '100000000000000002', type: 0 },
          channel_id: '100000000000000002',
          context: 0,
        };
  const payload = {
    id,
    application_id: APPLICATION_ID,
    type: options.type,
    token,
    version: 1,
    ...where,
    app_permissions: '2048',
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: {},
    data: options.data,
    ...(options.message ? { message: options.message } : {}),
  };
  return { id, token, payload };
}

/**
 * A Discord stand-in on 127.0.0.1: the REST API and the gateway, enough for the real discord.js Client to log in,
 * receive interactions and answer them. Tests read what reached its endpoints.
 */
export class DiscordDouble {
  private constructor(
    private readonly server: Server,
    readonly rest: Rest,
    readonly gateway: Gateway,
  ) {}

  /** `guilds`: the servers the bot is in; `shards`: the shard count /gateway/bot recommends. */
  static async start(options: { guilds?: readonly string[]; shards?: number } = {}): Promise<DiscordDouble> {
    let port = 0;
    const rest = new Rest(APPLICATION_ID, () => `ws://127.0.0.1:${port}`, options.shards);
    const gateway = new Gateway(options.guilds ?? [GUILD_ID], () => `ws://127.0.0.1:${port}`);
    const server = createServer((request, response) => {
      rest.handle(request, response).catch(() => response.writeHead(500).end());
    });
    server.on('upgrade', (request, socket, head) => gateway.upgrade(request, socket, head));
    for (const guild of options.guilds ?? [GUILD_ID]) for (const channel of Object.values(channelsOf(guild))) rest.channelGuilds.set(channel, guild);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    return new DiscordDouble(server, rest, gateway);
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  get requests(): readonly RecordedRequest[] {
    return this.rest.requests;
  }

  /** Makes the next request matching `match` fail with the given status (once per call). */
  inject(fault: Fault): void {
    this.rest.faults.push(fault);
  }

  /** Sends INTERACTION_CREATE as Discord would, to the shard that owns the guild. */
  interact(options: InteractionOptions): Exchange {
    const { id, token, payload } = interactionPayload(options);
    this.gateway.dispatch('INTERACTION_CREATE', payload, (payload.guild_id as string | undefined) ?? undefined);
    return { id, token, requests: () => this.rest.requests.filter((request) => request.path.includes(id) || request.path.includes(token)) };
  }

  /**
   * Sends MESSAGE_CREATE for a member's message. The exchange's requests are those about it: a thread opened on it
   * (which takes its id), messages posted in that thread, and replies that reference it.
   */
  message(options: MessageOptions): Exchange {
    const id = snowflake();
    const channelId = options.channelId ?? channelsOf(GUILD_ID).general;
    const guildId = this.rest.channelGuilds.get(channelId) ?? GUILD_ID;
    const user = options.user ?? USER;
    this.gateway.dispatch(
      'MESSAGE_CREATE',
      {
        id,
        type: 0,
        channel_id: channelId,
        guild_id: guildId,
        author: user,
        member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 },
        content: options.content,
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: options.mentionsBot === false ? [] : [BOT_USER],
        mention_roles: [],
        attachments: [],
        embeds: [],
        components: [],
        pinned: false,
        flags: 0,
      },
      guildId,
    );
    const about = (request: RecordedRequest): boolean =>
      request.path.endsWith(`/messages/${id}/threads`) || request.path.endsWith(`/channels/${id}/messages`) || request.body?.message_reference?.message_id === id;
    return { id, token: '', requests: () => this.rest.requests.filter(about) };
  }

  /** Waits until `done` holds for the requests of an exchange, or fails after a generous bound against hangs. */
  async until(exchange: Exchange, done: (requests: RecordedRequest[]) => boolean, timeoutMs = 15_000): Promise<RecordedRequest[]> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const requests = exchange.requests();
      if (done(requests)) return requests;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`Timed out waiting for the bot's reply to ${exchange.id}: ${JSON.stringify(exchange.requests().map((r) => `${r.method} ${r.path}`))}`);
  }

  async close(): Promise<void> {
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
