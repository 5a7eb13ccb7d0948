import {
  ApplicationCommandType,
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  ComponentType,
  InteractionType,
  MessageContextMenuCommandInteraction,
  type Client,
  type Interaction,
} from 'discord.js';

/** discord.js's interaction classes take the client and the raw payload; their constructors are not in its typings. */
type InteractionClass = new (client: Client<true>, data: unknown) => Interaction;

/** The class of an interaction docent answers, as discord.js picks it for a gateway INTERACTION_CREATE. */
function classOf(payload: { type?: unknown; data?: { type?: unknown; component_type?: unknown } }): unknown {
  const { type, data } = payload;
  if (type === InteractionType.ApplicationCommandAutocomplete) return AutocompleteInteraction;
  if (type === InteractionType.ApplicationCommand && data?.type === ApplicationCommandType.ChatInput) return ChatInputCommandInteraction;
  if (type === InteractionType.ApplicationCommand && data?.type === ApplicationCommandType.Message) return MessageContextMenuCommandInteraction;
  if (type === InteractionType.MessageComponent && data?.component_type === ComponentType.Button) return ButtonInteraction;
  return undefined;
}

/**
 * The discord.js interaction for a payload Discord POSTed, the same object the gateway client would emit, so that
 * the router, commands and render layer serve both transports; undefined for kinds docent never asks for.
 */
export function interactionFromPayload(client: Client, payload: Record<string, unknown>): Interaction | undefined {
  const InteractionOfPayload = classOf(payload) as InteractionClass | undefined;
  return InteractionOfPayload ? new InteractionOfPayload(client as Client<true>, payload) : undefined;
}
