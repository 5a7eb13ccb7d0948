import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { DEFAULT_MAX_FILE_BYTES } from '../knowledge/readEntry.ts';

/** Discord ids are decimal snowflakes. */
const SNOWFLAKE = /^\d{15,21}$/u;
/** A bot token: three dot-separated base64url parts. The value itself never appears in a message. */
const TOKEN = /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/u;
export const DEFAULT_INDEX_CACHE_DIR = '.cache/docent';
export const DEFAULT_DATA_DIR = '.data';
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Empty values in `.env` mean "not set". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** `true` or `false` in any case; empty means the default. */
const flag = (byDefault: boolean) =>
  optional(z.string().trim().toLowerCase().pipe(z.enum(['true', 'false'], { error: 'must be true or false' }))).transform((value) => (value === undefined ? byDefault : value === 'true'));

/** `gateway` holds a connection to Discord; `http` answers the interactions Discord POSTs to docent's own server. */
export const MODES = ['gateway', 'http'] as const;

/** The settings of HTTP-interactions mode (`DOCENT_MODE=http`, `npm run serve:http`). */
const HTTP_SETTINGS = {
  DOCENT_MODE: optional(z.enum(MODES, { error: `must be one of ${MODES.join(', ')}` })).transform((value) => value ?? 'gateway'),
  /** The application's Ed25519 public key (General Information → Public Key), to verify each request's signature. */
  DISCORD_PUBLIC_KEY: optional(z.string().trim().regex(/^[0-9a-fA-F]{64}$/u, 'must be the 64 hexadecimal digits of the application\'s public key')),
  PORT: optional(
    z
      .string()
      .trim()
      .regex(/^\d+$/u, 'must be a port number from 0 to 65535')
      .transform(Number)
      .refine((port) => port <= 65_535, 'must be a port number from 0 to 65535'),
  ).transform((value) => value ?? 8080),
  HTTP_HOST: optional(z.string().trim()).transform((value) => value ?? '0.0.0.0'),
};

/** Where members talk (issue #20): the feedback store, answers to messages, and what is kept of them. */
const COMMUNITY_SETTINGS = {
  DATA_DIR: optional(z.string().trim()).transform((value) => value ?? DEFAULT_DATA_DIR),
  STORE_QUESTIONS: flag(true),
  MEMBER_HASH_SALT: optional(z.string().min(8, 'must be at least 8 characters')),
  ANSWER_IN_THREADS: flag(true),
  ASK_CHANNELS: optional(
    z
      .string()
      .trim()
      .regex(/^\d{15,21}(?:\s*,\s*\d{15,21})*$/u, 'must be numeric channel ids separated by commas')
      .transform((value) => value.split(',').map((id) => id.trim())),
  ).transform((value) => value ?? []),
};

const schema = z.object({
  DISCORD_TOKEN: optional(z.string().trim().regex(TOKEN, 'is not a Discord bot token (three dot-separated parts)')),
  DISCORD_APPLICATION_ID: optional(z.string().trim().regex(SNOWFLAKE, 'must be the numeric application id')),
  DISCORD_GUILD_ID: optional(z.string().trim().regex(SNOWFLAKE, 'must be a numeric server (guild) id')),
  DISCORD_API_URL: optional(
    z
      .string()
      .trim()
      .refine((value) => URL.canParse(value) && /^https?:$/u.test(new URL(value).protocol), 'must be an http(s) URL such as https://discord.com/api'),
  ),
  KNOWLEDGE_DIR: optional(z.string().trim()).transform((value) => value ?? 'knowledge'),
  KNOWLEDGE_MAX_BYTES: optional(
    z
      .string()
      .trim()
      .regex(/^[1-9]\d*$/u, 'must be a whole number of bytes above 0, such as 20000000')
      .transform(Number),
  ).transform((value) => value ?? DEFAULT_MAX_FILE_BYTES),
  /** Where built indexes are kept between starts; `off` builds the index at every start instead. */
  INDEX_CACHE_DIR: optional(z.string().trim()).transform((value) => (value === 'off' ? undefined : (value ?? DEFAULT_INDEX_CACHE_DIR))),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })).transform((value) => value ?? 'info'),
  /** Shards in all for `npm run start:sharded`: a number, or `auto` for Discord's recommendation. */
  SHARD_COUNT: optional(
    z
      .string()
      .trim()
      .regex(/^(?:auto|[1-9]\d*)$/u, 'must be a whole number of shards from 1, or auto')
      .transform((value) => (value === 'auto' ? value : Number(value))),
  ),
  /** The shards this machine runs, when several machines share them: ids from 0, separated by commas. */
  SHARD_LIST: optional(
    z
      .string()
      .trim()
      .regex(/^\d+(?:\s*,\s*\d+)*$/u, 'must be shard ids separated by commas, such as 0,1')
      .transform((value) => value.split(',').map(Number)),
  ),
  ...HTTP_SETTINGS,
  ...COMMUNITY_SETTINGS,
});

export type Environment = z.infer<typeof schema>;

/** What is wrong with the settings, one line a setting, never quoting a value. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Validates settings from an environment. Values are never echoed: a bad token must not reach a log. */
export function parseEnvironment(env: NodeJS.ProcessEnv): Environment {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`Invalid settings:\n  ${lines.join('\n  ')}`);
  }
  return result.data;
}

/** Reads `.env` (if present) into the process environment, then validates the settings docent uses. */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  loadDotenv({ quiet: true });
  return parseEnvironment(env);
}

/** Settings the bot needs on top of the console's; present whenever a token is set. */
export interface BotSettings {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId?: string;
  readonly apiUrl?: string;
}

/** DISCORD_API_URL without its trailing slash, as an optional field; empty means Discord's own. */
const apiUrl = (env: Environment): { apiUrl?: string } => (env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL.replace(/\/+$/u, '') } : {});

/** The bot's settings, or a ConfigError naming what is missing. */
export function botSettings(env: Environment): BotSettings {
  if (!env.DISCORD_TOKEN) throw new ConfigError('DISCORD_TOKEN is not set.');
  if (!env.DISCORD_APPLICATION_ID) {
    throw new ConfigError('DISCORD_APPLICATION_ID is not set: copy the application id from the Discord developer portal.');
  }
  return {
    token: env.DISCORD_TOKEN,
    applicationId: env.DISCORD_APPLICATION_ID,
    ...(env.DISCORD_GUILD_ID ? { guildId: env.DISCORD_GUILD_ID } : {}),
    ...apiUrl(env),
  };
}

/** What the HTTP-interactions server needs on top of the console's settings. */
export interface HttpSettings {
  /** The application's public key, raw, as 64 hexadecimal digits. */
  readonly publicKey: string;
  readonly port: number;
  readonly host: string;
  readonly apiUrl?: string;
}

/** The HTTP server's settings, or a ConfigError naming what is missing. */
export function httpSettings(env: Environment): HttpSettings {
  if (!env.DISCORD_PUBLIC_KEY) {
    throw new ConfigError('DISCORD_PUBLIC_KEY is not set: copy the public key from the Discord developer portal (General Information).');
  }
  return {
    publicKey: env.DISCORD_PUBLIC_KEY.toLowerCase(),
    port: env.PORT,
    host: env.HTTP_HOST,
    ...apiUrl(env),
  };
}
