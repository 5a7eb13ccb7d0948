import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { isCommand, type Command } from './command.ts';

/** The project's `commands/` folder. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

/**
 * Loads every command module in a folder: each default export must pass `isCommand`.
 * @throws Error naming a module that is not a command, so a broken command never ships silently.
 */
export async function loadCommands(dir = COMMANDS_DIR): Promise<Map<string, Command>> {
  const files = (await readdir(dir)).filter((file) => /\.(ts|js)$/u.test(file) && !file.endsWith('.d.ts')).sort();
  const commands = new Map<string, Command>();
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
    if (!isCommand(module.default)) throw new Error(`commands/${file} does not export a command as its default export`);
    commands.set(module.default.data.name, module.default);
  }
  return commands;
}
