import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger } from 'pino';

export interface LoggerOptions {
  readonly level: string;
  /** Values that must never be written, such as the bot token; replaced wherever they appear. */
  readonly secrets?: readonly string[];
  /** Readable lines for a person at a terminal; JSON lines otherwise. Defaults to whether stdout is a terminal. */
  readonly pretty?: boolean;
  readonly destination?: NodeJS.WritableStream;
}

const REDACTED = '[redacted]';

/** Replaces every secret in a string; pino's `redact` covers known paths, this covers text such as error messages. */
function scrubber(secrets: readonly string[]): (text: string) => string {
  const present = secrets.filter((secret) => secret.length >= 8);
  return (text) => present.reduce((result, secret) => result.split(secret).join(REDACTED), text);
}

function scrubDeep(value: unknown, scrub: (text: string) => string, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: scrub(value.message), stack: scrub(value.stack ?? '') };
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, scrub, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubDeep(item, scrub, depth + 1)]));
}

/** docent's logger: pino, with the token redacted by path and by value in every line. */
export function createLogger(options: LoggerOptions): Logger {
  const scrub = scrubber(options.secrets ?? []);
  const destination = options.destination ?? process.stdout;
  const readable = options.pretty ?? ('isTTY' in destination && destination.isTTY === true);
  const stream = readable ? pretty({ destination, colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname', sync: true }) : destination;
  return pino(
    {
      level: options.level,
      base: undefined,
      redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'DISCORD_TOKEN'], censor: REDACTED },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => scrubDeep(arg, scrub)) as Parameters<typeof method>);
        },
      },
    },
    stream,
  );
}
