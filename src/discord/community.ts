import { GatewayIntentBits } from 'discord.js';
import type { Environment } from '../config/environment.ts';
import type { FeedbackStore } from '../store/feedbackStore.ts';

/** What the bot does where members talk: questions asked in messages, answers in threads, votes kept. */
export interface CommunityOptions {
  /** Where questions and votes are stored. */
  readonly feedback: FeedbackStore;
  /** Answer a message by opening a thread on it (`ANSWER_IN_THREADS`), rather than by a reply below it. */
  readonly answerInThreads: boolean;
  /** Channels where every message ending in "?" is a question, mention or not (`ASK_CHANNELS`). */
  readonly askChannels: ReadonlySet<string>;
}

export function communityOptions(env: Environment, feedback: FeedbackStore): CommunityOptions {
  return { feedback, answerInThreads: env.ANSWER_IN_THREADS, askChannels: new Set(env.ASK_CHANNELS) };
}

/**
 * The gateway intents the bot asks for, and no more: Guilds for slash commands; GuildMessages to see messages that
 * mention it (whose content Discord sends without the privileged Message Content intent); Message Content only to
 * read every message of the ASK_CHANNELS.
 */
export function intentsFor(community: CommunityOptions | undefined): GatewayIntentBits[] {
  if (!community) return [GatewayIntentBits.Guilds];
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  return community.askChannels.size > 0 ? [...intents, GatewayIntentBits.MessageContent] : intents;
}
