import { InteractionResponseType, InteractionType, MessageFlags, type Client, type Interaction } from 'discord.js';
import type { FirstResponses } from './firstResponses.ts';
import { interactionFromPayload } from './interactionFromPayload.ts';

/** Discord waits 3 s for the first response; what is not answered by then is deferred, leaving room for the network. */
export const FIRST_RESPONSE_MS = 2_500;

/** A payload of a kind docent never asks Discord for (modals, select menus): refused with 400. */
export class UnsupportedInteraction extends Error {
  override readonly name = 'UnsupportedInteraction';
}

/** Writes the HTTP response to Discord's request; resolves once it is sent. */
export type Send = (body: unknown) => Promise<void>;

export interface AnswerOptions {
  /** A Client that never logs in: it builds interactions and sends their edits and follow-ups through REST. */
  readonly client: Client;
  /** The Client's REST interceptor, which turns the first callback into the HTTP response. */
  readonly responses: FirstResponses;
  /** The gateway bot's router: the same commands, engine and render layer. */
  readonly route: (interaction: Interaction) => Promise<void>;
  readonly deadlineMs?: number;
}

/**
 * What holds an interaction open when its answer is not ready by the deadline: no suggestions for autocomplete, and
 * "thinking…" otherwise (private for buttons, whose replies are private), which the reply then fills in.
 */
function deferralFor(interaction: Interaction): unknown {
  if (interaction.isAutocomplete()) return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  return {
    type: InteractionResponseType.DeferredChannelMessageWithSource,
    ...(interaction.isMessageComponent() ? { data: { flags: MessageFlags.Ephemeral } } : {}),
  };
}

/**
 * Answers one interaction Discord POSTed: PONG to a PING; otherwise the router's first response goes back as the
 * HTTP response, or a deferral if it is not ready within Discord's 3 seconds. Resolves once the router is done.
 */
export function createAnswerer(options: AnswerOptions): (payload: Record<string, unknown>, send: Send) => Promise<void> {
  const { client, responses, route } = options;
  const deadlineMs = options.deadlineMs ?? FIRST_RESPONSE_MS;
  return async (payload, send) => {
    if (payload.type === InteractionType.Ping) return send({ type: InteractionResponseType.Pong });
    const interaction = interactionFromPayload(client, payload);
    if (!interaction) throw new UnsupportedInteraction(`docent does not answer interactions of type ${String(payload.type)}.`);
    const { id } = interaction;
    responses.capture(id, interaction.applicationId, send);
    const deadline = setTimeout(() => {
      // From now on discord.js edits the deferral instead of replying.
      if (responses.answerFirst(id, deferralFor(interaction)) && interaction.isRepliable()) interaction.deferred = true;
    }, deadlineMs);
    let answered = false;
    try {
      await route(interaction);
    } finally {
      clearTimeout(deadline);
      answered = responses.release(id);
    }
    if (!answered) throw new Error('the router sent no response');
  };
}
