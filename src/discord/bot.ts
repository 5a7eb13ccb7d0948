import { Client } from 'discord.js';
import type { BotSettings } from '../config/environment.ts';
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../log.ts';
import type { Command } from './command.ts';
import { createMessageAsker } from './askByMessage.ts';
import { intentsFor, type CommunityOptions } from './community.ts';
import { Cooldown } from './cooldown.ts';
import { EVENTS } from './events/index.ts';
import { createRouter } from './router.ts';

export interface BotOptions {
  readonly settings: BotSettings;
  readonly docent: () => Engine;
  readonly commands: ReadonlyMap<string, Command>;
  readonly logger: Logger;
  readonly cooldown?: Cooldown;
  /** Questions asked in messages, threads and votes; without it docent answers slash commands only. */
  readonly community?: CommunityOptions;
}

/**
 * Logs the bot in with the fewest intents it needs (see `intentsFor`) and mentions disabled by default. Resolves
 * once the login is under way.
 */
export async function startBot(options: BotOptions): Promise<Client> {
  const { settings, logger } = options;
  const client = new Client({
    intents: intentsFor(options.community),
    allowedMentions: { parse: [] },
    ...(settings.apiUrl ? { rest: { api: settings.apiUrl } } : {}),
  });
  const { community } = options;
  const cooldown = options.cooldown ?? new Cooldown();
  const route = createRouter({ commands: options.commands, docent: options.docent, logger, cooldown, ...(community ? { feedback: community.feedback } : {}) });
  const askByMessage = community ? createMessageAsker({ docent: options.docent, logger, cooldown, community }) : undefined;
  for (const event of EVENTS) {
    const listener = (...args: unknown[]): void => {
      Promise.resolve((event.execute as (...all: unknown[]) => unknown)({ logger, route, askByMessage }, ...args)).catch((error: unknown) => {
        logger.error({ err: error, event: event.name }, 'event handler failed');
      });
    };
    if (event.once) client.once(event.name, listener);
    else client.on(event.name, listener);
  }
  await client.login(settings.token);
  return client;
}
