import { REST, Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { BotSettings } from '../config/environment.ts';
import type { Command } from './command.ts';
import { DOCUMENT_OPTION } from '../commands/definition.ts';

/** Discord's published schema types a command's permissions as an integer; discord.js's builder writes a string. */
function permissionsAsInteger(json: RESTPostAPIApplicationCommandsJSONBody): RESTPostAPIApplicationCommandsJSONBody {
  const permissions = json.default_member_permissions;
  return typeof permissions === 'string' ? ({ ...json, default_member_permissions: Number(permissions) } as unknown as RESTPostAPIApplicationCommandsJSONBody) : json;
}

/** The JSON Discord receives for each command; the `document` option only when there is more than one document. */
export function commandPayloads(commands: Iterable<Command>, documentCount: number): RESTPostAPIApplicationCommandsJSONBody[] {
  return [...commands].map((command) => {
    const json = permissionsAsInteger(command.data.toJSON());
    if (documentCount > 1 || !('options' in json) || !json.options) return json;
    return { ...json, options: json.options.filter((option) => option.name !== DOCUMENT_OPTION.name) };
  });
}

/**
 * Puts the whole command list in one request, which replaces what was there: registering twice is the same as once.
 * To one server when a guild id is set (immediate), otherwise globally.
 */
export async function registerCommands(settings: BotSettings, payloads: readonly RESTPostAPIApplicationCommandsJSONBody[]): Promise<{ scope: string; count: number }> {
  const rest = new REST(settings.apiUrl ? { api: settings.apiUrl } : {}).setToken(settings.token);
  const route = settings.guildId
    ? Routes.applicationGuildCommands(settings.applicationId, settings.guildId)
    : Routes.applicationCommands(settings.applicationId);
  const registered = (await rest.put(route, { body: payloads })) as unknown[];
  return { scope: settings.guildId ? `server ${settings.guildId}` : 'global', count: registered.length };
}
