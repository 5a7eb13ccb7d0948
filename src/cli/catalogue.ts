import type { CommandDefinition } from '../commands/definition.ts';
import { checkRenderers, loadDefinitions } from '../commands/load.ts';
import { TEXT_RENDERERS } from './textRenderers.ts';

/** The console's commands: every definition in `commands/`, loaded once, each with its text renderer. */
export const CONSOLE_COMMANDS: ReadonlyMap<string, CommandDefinition> = await loadDefinitions();
checkRenderers(CONSOLE_COMMANDS.values(), TEXT_RENDERERS, 'src/cli/textRenderers.ts');

export function isConsoleCommand(name: string): boolean {
  return CONSOLE_COMMANDS.has(name);
}
