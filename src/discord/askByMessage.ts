import { ChannelType, type Message } from 'discord.js';
import { performance } from 'node:perf_hooks';
import askDefinition from '../../commands/ask.ts';
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../log.ts';
import type { CommandContext } from './command.ts';
import type { CommunityOptions } from './community.ts';
import type { Cooldown } from './cooldown.ts';
import { answer } from './discordCommand.ts';
import { plainQuestion } from './input.ts';
import { renderCooldown, renderFailure, renderProblem } from './render/notices.ts';
import { truncate } from './render/limits.ts';
import type { Reply } from './render/reply.ts';
import { answerRecorder } from './recordAnswer.ts';
import { messageBody } from './respond.ts';

export interface MessageAskerOptions {
  readonly docent: () => Engine;
  readonly logger: Logger;
  /** The same cooldown as slash commands, so a member is not answered faster by mentioning docent. */
  readonly cooldown: Cooldown;
  readonly community: CommunityOptions;
}

const QUESTION_MAX = askDefinition.options.find((option) => option.name === 'question')?.maxLength ?? 300;
/** Discord's limit on a thread's name. */
const THREAD_NAME_MAX = 100;

/** A message is a question for docent when it mentions docent, or ends with "?" in one of the ask channels. */
function asksDocent(message: Message, community: CommunityOptions): boolean {
  if (message.author.bot || message.system || !message.inGuild()) return false;
  if (message.mentions.users.has(message.client.user.id)) return true;
  return community.askChannels.has(message.channelId) && message.content.trim().endsWith('?');
}

/** A reply to a member's message: it references the message, never pings its author. */
const toMessage = (reply: Reply) => ({ ...messageBody(reply), allowedMentions: { parse: [], repliedUser: false } });

/** Where the answer to a message goes: a thread opened on it (once, on the first send), or a reply below it. */
function answerPlace(message: Message, question: string, inThreads: boolean): (reply: Reply) => Promise<void> {
  const threadable = inThreads && (message.channel.type === ChannelType.GuildText || message.channel.type === ChannelType.GuildAnnouncement);
  return async (reply) => {
    // A notice (cooldown, a question too long) is a short reply; only an answer opens a thread.
    if (!threadable || reply.ephemeral) {
      await message.reply(toMessage(reply));
      return;
    }
    const name = truncate(question, THREAD_NAME_MAX) || 'docent';
    // Without the Create Public Threads permission (or in a locked channel) the member still gets the answer, below.
    const thread = message.thread ?? (await message.startThread({ name }).catch(() => undefined));
    await (thread ? thread.send(toMessage(reply)) : message.reply(toMessage(reply)));
  };
}

/**
 * Answers questions asked in messages as /ask answers them: the same engine, render layer, cooldown, limits and
 * escaping, with the answer in a thread on the member's message (or, inside a thread, a reply there). Never throws.
 */
export function createMessageAsker(options: MessageAskerOptions): (message: Message) => Promise<void> {
  const { logger, community } = options;

  async function respond(message: Message): Promise<string> {
    const question = plainQuestion(message.content);
    const send = answerPlace(message, question, community.answerInThreads);
    const wait = options.cooldown.take(message.author.id);
    if (wait > 0) {
      await send(renderCooldown(wait));
      return 'cooldown';
    }
    if (question === '') {
      await send(renderProblem('Ask your question in the same message as the mention, for example: @docent who leads the talks?'));
      return 'empty';
    }
    if (question.length > QUESTION_MAX) {
      await send(renderProblem(`A question is at most ${QUESTION_MAX} characters; this one has ${question.length}. Shorten it and ask again.`));
      return 'too-long';
    }
    logger.debug({ text: question }, 'asked');
    const context: CommandContext = {
      docent: options.docent(),
      logger,
      respond: send,
      // A message has no 3-second deadline to acknowledge: the answer itself is the first thing sent.
      defer: async () => undefined,
      services: {},
      record: answerRecorder(community.feedback, logger, message.author.id, 'message'),
    };
    await answer(askDefinition, { question }, false, context, [askDefinition]);
    return 'answered';
  }

  return async (message) => {
    if (!asksDocent(message, community)) return;
    const start = performance.now();
    const outcome = await respond(message).catch(async (error: unknown) => {
      logger.error({ err: error, kind: 'message' }, 'message failed');
      await message.reply(toMessage(renderFailure())).catch(() => undefined);
      return 'error';
    });
    logger.info({ kind: 'message', guild: message.guildId, latencyMs: Math.round(performance.now() - start), outcome }, 'message');
  };
}
