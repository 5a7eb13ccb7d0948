import { Events, type Client } from 'discord.js';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { startBot } from '../../src/discord/bot.ts';
import type { Command } from '../../src/discord/command.ts';
import type { CommunityOptions } from '../../src/discord/community.ts';
import type { Cooldown } from '../../src/discord/cooldown.ts';
import { loadCommands } from '../../src/discord/loadCommands.ts';
import { Docent } from '../../src/engine/docent.ts';
import { createLogger } from '../../src/log.ts';
import { KNOWLEDGE_DIR } from '../helpers/seed.ts';
import { TEST_TOKEN } from './botProcess.ts';
import { APPLICATION_ID, type DiscordDouble } from './double/discordDouble.ts';

export interface InProcessBot {
  readonly client: Client;
  /** Every log line so far, as JSON objects. */
  readonly logs: () => Record<string, unknown>[];
  /** Everything logged so far, as written. */
  readonly output: () => string;
  /** Forgets the logs so far, so that a long test holds no more than it reads. */
  readonly clearLogs: () => void;
  readonly stop: () => Promise<void>;
}

export interface InProcessOptions {
  /** The engine to serve; by default the real one over `knowledge/`. */
  readonly docent?: (real: Docent) => Docent;
  /** Commands besides the project's own. */
  readonly extraCommands?: readonly Command[];
  readonly cooldown?: Cooldown;
  /** Questions in messages, threads and votes; slash commands only without it. */
  readonly community?: CommunityOptions;
}

/**
 * The bot as `serve` composes it (the real discord.js Client, router, commands and engine) but inside the test
 * process, so that a test can hand it an engine of its own, against the double on 127.0.0.1.
 */
export async function startInProcessBot(double: DiscordDouble, options: InProcessOptions = {}): Promise<InProcessBot> {
  let output = '';
  const destination = new PassThrough();
  destination.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const logger = createLogger({ level: 'debug', secrets: [TEST_TOKEN], pretty: false, destination });
  const { docent: real } = await Docent.load(KNOWLEDGE_DIR);
  const docent = options.docent ? options.docent(real) : real;
  const commands = await loadCommands();
  for (const command of options.extraCommands ?? []) commands.set(command.data.name, command);
  const client = await startBot({
    settings: { token: TEST_TOKEN, applicationId: APPLICATION_ID, apiUrl: double.apiUrl },
    docent: () => docent,
    commands,
    logger,
    ...(options.cooldown ? { cooldown: options.cooldown } : {}),
    ...(options.community ? { community: options.community } : {}),
  });
  if (!client.isReady()) await once(client, Events.ClientReady);
  return {
    client,
    logs: () => output.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
    output: () => output,
    clearLogs: () => {
      output = '';
    },
    stop: () => client.destroy(),
  };
}
