import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isCommandDefinition, type CommandDefinition } from './definition.ts';

/** The project's `commands/` folder. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

/**
 * Loads every command definition in a folder, by name: each default export must pass `isCommandDefinition`.
 * @throws Error naming a module that is not a command, so a broken command never ships silently.
 */
export async function loadDefinitions(dir = COMMANDS_DIR): Promise<Map<string, CommandDefinition>> {
  const files = (await readdir(dir)).filter((file) => /\.(ts|js)$/u.test(file) && !file.endsWith('.d.ts')).sort();
  const definitions = new Map<string, CommandDefinition>();
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
    if (!isCommandDefinition(module.default)) throw new Error(`commands/${file} does not export a command as its default export`);
    definitions.set(module.default.name, module.default);
  }
  return definitions;
}

/** Every definition's name must have a renderer in a transport's table, or that transport could not answer it. */
export function checkRenderers(definitions: Iterable<CommandDefinition>, renderers: object, where: string): void {
  for (const { name } of definitions) {
    if (!Object.hasOwn(renderers, name)) throw new Error(`the command "${name}" has no renderer in ${where}`);
  }
}
