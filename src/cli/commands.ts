import type { CommandServices } from '../commands/definition.ts';
import type { Engine } from '../engine/engine.ts';
import { CONSOLE_COMMANDS } from './catalogue.ts';
import { readConsoleOptions } from './readOptions.ts';
import { renderText } from './textRenderers.ts';

/** What a console command produced: the engine's data (for --json) and its text rendering. */
export interface CommandOutput {
  readonly data: unknown;
  readonly text: string;
}

/** Whether a command's data is the usage hint or problem given instead of an answer. */
export function isUsageProblem(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'error' in data;
}

/** Runs one console command (a name `isConsoleCommand` accepts) against the engine, and the store for /report and /forget. */
export async function runCommand(docent: Engine, command: string, text: string, defaultDocument?: string, services: CommandServices = {}): Promise<CommandOutput> {
  const definition = CONSOLE_COMMANDS.get(command);
  if (!definition) throw new Error(`No console command "${command}"`);
  const read = readConsoleOptions(docent, definition, text, defaultDocument);
  if ('problem' in read) return { data: { error: read.problem }, text: read.problem };
  const data = await definition.run(docent, read.options, [...CONSOLE_COMMANDS.values()], services);
  return { data, text: renderText(command, data, { docent, options: read.options }) };
}
