import { checkRenderers, loadDefinitions } from '../commands/load.ts';
import type { Command } from './command.ts';
import { adminCommand, discordCommand } from './discordCommand.ts';
import { DISCORD_REPLIES } from './render/commandReplies.ts';

/**
 * The Discord commands for every definition in a folder (`commands/` by default), by the name Discord knows them by;
 * the admin commands together as the subcommands of one.
 * @throws Error naming a module that is not a command, or a command with no Discord renderer.
 */
export async function loadCommands(dir?: string): Promise<Map<string, Command>> {
  const definitions = [...(await loadDefinitions(dir)).values()];
  checkRenderers(definitions, DISCORD_REPLIES, 'src/discord/render/commandReplies.ts');
  const admin = definitions.filter((definition) => definition.admin === true);
  const commands = definitions.filter((definition) => definition.admin !== true).map((definition) => discordCommand(definition, definitions));
  if (admin.length > 0) commands.push(adminCommand(admin, definitions));
  return new Map(commands.map((command) => [command.data.name, command]));
}
