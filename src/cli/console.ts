import { clearLine, createInterface, cursorTo } from 'node:readline';
import type { CommandServices } from '../commands/definition.ts';
import type { Engine } from '../engine/engine.ts';
import { isConsoleCommand } from './catalogue.ts';
import { runCommand, type CommandOutput } from './commands.ts';

export interface ConsoleOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly json: boolean;
  readonly document?: string;
  /** Where notices go when input is not a terminal, apart from the answers (stderr); the output when not given. */
  readonly noticeOutput?: NodeJS.WritableStream;
  /** Subscribes the console to notices, such as a reload of the knowledge; returns the function that unsubscribes. */
  readonly notices?: (show: (notice: string) => void) => () => void;
  /** The feedback store for /report and /forget. */
  readonly services?: CommandServices;
}

const QUIT = new Set(['/quit', '/exit', '/q']);

/** "/quote foo bar" → quote, "foo bar"; a line without a command is a question. */
export function interpretLine(line: string): { command: string; text: string } {
  const match = /^\/(\S+)\s*(.*)$/su.exec(line.trim());
  return match ? { command: (match[1] ?? '').toLowerCase(), text: match[2] ?? '' } : { command: 'ask', text: line };
}

function show(output: CommandOutput, json: boolean): string {
  return json ? JSON.stringify(output.data, null, 2) : output.text;
}

/**
 * The interactive console: reads commands line by line until /quit or end of input. Given a function, it asks it for
 * the engine at each line, so that a reloaded one answers the next question.
 */
export async function runConsole(docent: Engine | (() => Engine), options: ConsoleOptions): Promise<void> {
  const current = typeof docent === 'function' ? docent : () => docent;
  const interactive = 'isTTY' in options.input && options.input.isTTY === true;
  const lines = createInterface({ input: options.input, output: options.output, terminal: interactive });
  const write = (text: string): boolean => options.output.write(`${text}\n`);
  if (interactive) write('docent offline console. Type /help for commands, /quit to leave.');
  lines.setPrompt('docent> ');
  // At a terminal a notice replaces the prompt line, then the prompt and whatever was typed so far come back under it.
  const showNotice = (notice: string): void => {
    if (!interactive) {
      (options.noticeOutput ?? options.output).write(`${notice}\n`);
      return;
    }
    clearLine(options.output, 0);
    cursorTo(options.output, 0);
    write(notice);
    lines.prompt(true);
  };
  const unsubscribe = options.notices?.(showNotice);
  if (interactive) lines.prompt();
  for await (const line of lines) {
    if (QUIT.has(line.trim().toLowerCase())) break;
    if (line.trim() !== '') {
      const { command, text } = interpretLine(line);
      write(
        isConsoleCommand(command)
          ? `${show(await runCommand(current(), command, text, options.document, options.services), options.json)}\n`
          : `Unknown command /${command}. Type /help for the list.\n`,
      );
    }
    if (interactive) lines.prompt();
  }
  unsubscribe?.();
  lines.close();
}
