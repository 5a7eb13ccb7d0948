import type { CommandDefinition } from '../commands/definition.ts';
import { parseArgs } from 'node:util';

export interface CliArgs {
  readonly command?: string;
  readonly text: string;
  readonly json: boolean;
  readonly knowledge?: string;
  readonly document?: string;
  readonly help: boolean;
}

/** The command-line help, its commands listed from their definitions. */
export function cliUsage(commands: Iterable<CommandDefinition>): string {
  const rows = [...commands].map((command) => [command.help.usage.replace(/^\//u, ''), command.description] as const);
  const width = Math.max(...rows.map(([usage]) => usage.length));
  return `Usage: docent [command] [text] [options]
       npm start -- [command] [text] [options]

Without a command, opens the interactive console (or, with DISCORD_TOKEN set, starts the Discord bot;
with DOCENT_MODE=http, serves Discord's interactions over HTTP).

Commands:
${rows.map(([usage, description]) => `  ${usage.padEnd(width)}  ${description}`).join('\n')}

Options:
  --json              print the engine's result as JSON
  --knowledge DIR     the knowledge folder (default: $KNOWLEDGE_DIR or ./knowledge)
  --document ID       only this document, when several are loaded
  -h, --help          this text`;
}

/** Parses the command line; throws a TypeError with a readable message on unknown options. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      knowledge: { type: 'string' },
      document: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...words] = positionals;
  return {
    ...(command === undefined ? {} : { command: command.replace(/^\//u, '').toLowerCase() }),
    text: words.join(' '),
    json: values.json ?? false,
    ...(values.knowledge === undefined ? {} : { knowledge: values.knowledge }),
    ...(values.document === undefined ? {} : { document: values.document }),
    help: values.help ?? false,
  };
}
