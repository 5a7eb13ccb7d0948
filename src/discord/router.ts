import { DiscordAPIError, RESTJSONErrorCodes, type Interaction, type RepliableInteraction } from 'discord.js';
import { performance } from 'node:perf_hooks';
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../log.ts';
import type { FeedbackStore } from '../store/feedbackStore.ts';
import { handleButton } from './buttons.ts';
import type { Command, CommandContext } from './command.ts';
import { Cooldown } from './cooldown.ts';
import { answerRecorder } from './recordAnswer.ts';
import { renderChoices, renderCooldown, renderFailure, renderProblem } from './render/notices.ts';
import { deferInteraction, sendReply } from './respond.ts';

export interface RouterOptions {
  readonly commands: ReadonlyMap<string, Command>;
  /** The engine in service now, read once per interaction: a `LiveDocent`'s current one, or an `EngineThread`, which swaps a reloaded index in itself. */
  readonly docent: () => Engine;
  readonly logger: Logger;
  readonly cooldown?: Cooldown;
  /** Where answers and votes are stored; without it answers carry no vote buttons. */
  readonly feedback?: FeedbackStore;
}

/** Errors that mean the interaction's token can no longer answer: telling the member through it would fail again. */
const EXPIRED: ReadonlySet<unknown> = new Set([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
  // Webhook calls after the token's 15 minutes.
  RESTJSONErrorCodes.UnknownWebhook,
  RESTJSONErrorCodes.InvalidWebhookToken,
]);

function isExpired(error: unknown): boolean {
  return error instanceof DiscordAPIError && EXPIRED.has(error.code);
}

/** The command, button or autocomplete an interaction is for, for the log line. */
function describe(interaction: Interaction): { kind: string; command?: string } {
  if (interaction.isAutocomplete()) return { kind: 'autocomplete', command: interaction.commandName };
  if (interaction.isCommand()) return { kind: 'command', command: interaction.commandName };
  if (interaction.isButton()) return { kind: 'button', command: interaction.customId.split('|')[0] };
  return { kind: 'other' };
}

/**
 * Routes every interaction to its command, autocomplete or button handler, with a per-user cooldown, and one
 * structured log line each. Nothing thrown inside a handler escapes: the member gets a short private notice.
 */
export function createRouter(options: RouterOptions): (interaction: Interaction) => Promise<void> {
  const cooldown = options.cooldown ?? new Cooldown();
  const { logger, feedback } = options;

  async function dispatch(interaction: Interaction): Promise<string> {
    const docent = options.docent();
    if (interaction.isAutocomplete()) {
      const command = options.commands.get(interaction.commandName);
      if (command?.kind !== 'message' && command?.autocomplete) await command.autocomplete(interaction, { docent, logger });
      else await interaction.respond(renderChoices([]));
      return 'suggested';
    }
    if (!interaction.isRepliable()) return 'ignored';
    const wait = cooldown.take(interaction.user.id);
    if (wait > 0) {
      await sendReply(interaction, renderCooldown(wait));
      return 'cooldown';
    }
    if (interaction.isButton()) return handleButton(interaction, docent, feedback);
    const context: CommandContext = {
      docent,
      logger,
      respond: (reply) => sendReply(interaction, reply),
      defer: (ephemeral) => deferInteraction(interaction, ephemeral),
      services: feedback ? { feedback: () => feedback } : {},
      ...(feedback ? { record: answerRecorder(feedback, logger, interaction.user.id, 'command') } : {}),
    };
    const command = interaction.isCommand() ? options.commands.get(interaction.commandName) : undefined;
    if (interaction.isChatInputCommand() && command && command.kind !== 'message') {
      if (interaction.options.data.some((option) => option.name === 'question' || option.name === 'text')) {
        logger.debug({ command: interaction.commandName, text: interaction.options.data.map((option) => option.value) }, 'asked');
      }
      await command.execute(interaction, context);
      return 'answered';
    }
    if (interaction.isMessageContextMenuCommand() && command?.kind === 'message') {
      await command.execute(interaction, context);
      return 'answered';
    }
    await sendReply(interaction, renderProblem('docent does not know this command. Its commands may have changed: try /help.'));
    return 'unknown-command';
  }

  async function fail(interaction: Interaction, error: unknown): Promise<string> {
    if (isExpired(error)) {
      logger.warn({ ...describe(interaction) }, 'interaction expired before docent could answer');
      return 'expired';
    }
    logger.error({ err: error, ...describe(interaction) }, 'interaction failed');
    if (interaction.isRepliable()) {
      await sendReply(interaction as RepliableInteraction, renderFailure()).catch((replyError: unknown) => {
        logger.warn({ err: replyError }, 'could not tell the member that something went wrong');
      });
    }
    return 'error';
  }

  return async (interaction) => {
    const start = performance.now();
    const outcome = await dispatch(interaction).catch((error: unknown) => fail(interaction, error));
    logger.info(
      { ...describe(interaction), guild: interaction.guildId ?? 'dm', latencyMs: Math.round(performance.now() - start), outcome },
      'interaction',
    );
  };
}
