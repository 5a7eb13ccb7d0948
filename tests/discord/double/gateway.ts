import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

export const BOT_USER = { id: '100000000000000001', username: 'docent', discriminator: '0', global_name: 'docent', avatar: null, bot: true };

interface Frame {
  readonly op: number;
  readonly d?: unknown;
  readonly s?: number | null;
  readonly t?: string | null;
}

/** The shard that owns a guild, by Discord's rule: (guild_id >> 22) % shard_count. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** The text channels of a guild in the double: #general and #help, their ids made from the guild's. */
export function channelsOf(guildId: string): { general: string; help: string } {
  return { general: `${guildId.slice(0, -1)}2`, help: `${guildId.slice(0, -1)}3` };
}

/** A guild as GUILD_CREATE sends it, with the fields discord.js reads. */
export function guildPayload(id: string) {
  return {
    id,
    name: `Guild ${id}`,
    icon: null,
    owner_id: '100000000000000009',
    unavailable: false,
    member_count: 2,
    large: false,
    features: [],
    roles: [{ id, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '2048', managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    channels: [
      { id: channelsOf(id).general, type: 0, name: 'general', position: 0, permission_overwrites: [] },
      { id: channelsOf(id).help, type: 0, name: 'help', position: 1, permission_overwrites: [] },
    ],
    threads: [],
    members: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    joined_at: new Date(0).toISOString(),
    preferred_locale: 'en-US',
    premium_tier: 0,
    nsfw_level: 0,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    system_channel_flags: 0,
  };
}

/**
 * The gateway side of the double: HELLO, IDENTIFY → READY and GUILD_CREATE, heartbeat ACKs, RESUME, and
 * dispatches sent by tests. One session per connection; the shard id comes from IDENTIFY.
 */
export class Gateway {
  private readonly server = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<WebSocket, { shard: number; seq: number; sessionId: string }>();
  readonly identified: { shard: [number, number]; token: string; intents: number }[] = [];
  readonly resumed: number[] = [];
  private readyWaiters: (() => void)[] = [];

  constructor(
    private readonly guilds: readonly string[],
    private readonly resumeUrl: () => string,
  ) {
    this.server.on('connection', (socket) => this.accept(socket));
  }

  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.server.emit('connection', ws, request));
  }

  private send(socket: WebSocket, frame: Frame): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  }

  private dispatchTo(socket: WebSocket, t: string, d: unknown): void {
    const session = this.sessions.get(socket);
    if (!session) return;
    session.seq += 1;
    this.send(socket, { op: 0, t, s: session.seq, d });
  }

  private accept(socket: WebSocket): void {
    this.send(socket, { op: 10, d: { heartbeat_interval: 45_000 } });
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as Frame & { d: Record<string, unknown> };
      if (frame.op === 1) this.send(socket, { op: 11 });
      else if (frame.op === 2) this.identify(socket, frame.d);
      else if (frame.op === 6) this.resume(socket, frame.d);
    });
    socket.on('close', () => this.sessions.delete(socket));
  }

  /** Guilds a shard owns. */
  private guildsOf(shard: number, count: number): string[] {
    return this.guilds.filter((id) => shardOf(id, count) === shard);
  }

  private identify(socket: WebSocket, d: Record<string, unknown>): void {
    const [shard, count] = (d.shard as [number, number] | undefined) ?? [0, 1];
    this.identified.push({ shard: [shard, count], token: String(d.token), intents: Number(d.intents) });
    const sessionId = `session-${shard}-${Date.now()}`;
    this.sessions.set(socket, { shard, seq: 0, sessionId });
    const guilds = this.guildsOf(shard, count);
    this.dispatchTo(socket, 'READY', {
      v: 10,
      user: BOT_USER,
      guilds: guilds.map((id) => ({ id, unavailable: true })),
      session_id: sessionId,
      resume_gateway_url: this.resumeUrl(),
      shard: [shard, count],
      application: { id: BOT_USER.id, flags: 0 },
    });
    for (const id of guilds) this.dispatchTo(socket, 'GUILD_CREATE', guildPayload(id));
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private resume(socket: WebSocket, d: Record<string, unknown>): void {
    const sessionId = String(d.session_id);
    const shard = Number(/^session-(\d+)-/u.exec(sessionId)?.[1] ?? 0);
    this.sessions.set(socket, { shard, seq: Number(d.seq ?? 0), sessionId });
    this.resumed.push(Number(d.seq ?? 0));
    this.dispatchTo(socket, 'RESUMED', {});
  }

  /** Resolves once any shard has identified (a fresh wait each call). */
  nextReady(): Promise<void> {
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Sends a dispatch to the shard that owns a guild (or to shard 0 for direct messages). */
  dispatch(t: string, d: unknown, guildId?: string): void {
    for (const [socket, session] of this.sessions) {
      const count = this.identified.find((entry) => entry.shard[0] === session.shard)?.shard[1] ?? 1;
      const owner = guildId === undefined ? 0 : shardOf(guildId, count);
      if (owner === session.shard) this.dispatchTo(socket, t, d);
    }
  }

  /** Drops every connection with a resumable close code, as Discord does when it restarts a gateway node. */
  dropConnections(): void {
    for (const socket of this.sessions.keys()) socket.close(4000, 'dropped by the double');
  }

  get connections(): number {
    return this.sessions.size;
  }

  close(): void {
    for (const socket of this.server.clients) socket.terminate();
    this.server.close();
  }
}
