import type { ClientEvents } from 'discord.js';
import type { Logger } from '../log.ts';

/** What event handlers are given besides the event's own arguments. */
export interface EventContext {
  readonly logger: Logger;
  readonly route: (interaction: ClientEvents['interactionCreate'][0]) => Promise<void>;
  /** Answers a message that asks docent a question; absent when docent does not read messages. */
  readonly askByMessage?: (message: ClientEvents['messageCreate'][0]) => Promise<void>;
}

/** A client event handler as a module, in the manner of the create-discord-bot template. */
export interface Event<Name extends keyof ClientEvents = keyof ClientEvents> {
  readonly name: Name;
  readonly once?: boolean;
  execute(context: EventContext, ...args: ClientEvents[Name]): void | Promise<void>;
}
