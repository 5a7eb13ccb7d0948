import { MessageFlags, type MessageComponentInteraction, type RepliableInteraction } from 'discord.js';
import type { Reply } from './render/reply.ts';

/** The fields every discord.js send call shares; `allowedMentions` is set on every payload, not only on the client. */
export function messageBody(reply: Reply) {
  return {
    ...(reply.content === undefined ? {} : { content: reply.content }),
    embeds: [...reply.embeds],
    components: [...reply.components],
    allowedMentions: { parse: [] },
  };
}

/** Acknowledges the interaction now, to answer within the 15 minutes after, not the 3 seconds before. */
export async function deferInteraction(interaction: RepliableInteraction, ephemeral: boolean): Promise<void> {
  if (interaction.deferred || interaction.replied) return;
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
}

/** Sends a reply in whichever way the interaction's state allows: reply, edit of a deferred reply, or follow-up. */
export async function sendReply(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(messageBody(reply));
  } else if (interaction.replied) {
    await interaction.followUp({ ...messageBody(reply), ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  } else {
    await interaction.reply({ ...messageBody(reply), ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  }
}

/** Replaces the message a button sits on (page turns). */
export async function updateMessage(interaction: MessageComponentInteraction, reply: Reply): Promise<void> {
  await interaction.update(messageBody(reply));
}
