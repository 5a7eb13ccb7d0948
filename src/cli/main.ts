import type { CommandServices } from '../commands/definition.ts';
import { Docent, type DocentOptions } from '../engine/docent.ts';
import { LiveDocent, reportOf } from '../engine/liveDocent.ts';
import { KnowledgeError, type SkippedFile } from '../knowledge/load.ts';
import { indexNotice } from '../present/indexOrigin.ts';
import { skippedLine } from '../present/skipped.ts';
import type { CliArgs } from './args.ts';
import { exitQuietlyWhenPipeCloses } from './closedPipe.ts';
import { findDocument } from '../engine/find.ts';
import { isConsoleCommand } from './catalogue.ts';
import { isUsageProblem, runCommand } from './commands.ts';
import { unknownDocument } from './readOptions.ts';
import { runConsole } from './console.ts';
import { reloadNotice } from './reloadNotice.ts';

function reportSkipped(skipped: readonly SkippedFile[]): void {
  for (const file of skipped) console.error(skippedLine(file));
}

/**
 * The offline console: one command from the arguments, or an interactive session that picks up changes to the
 * knowledge folder as it runs, with the index read from `options.cacheDir` when it holds a valid one; `services`
 * give /report and /forget the bot's store. Returns the process exit code.
 */
export async function runCli(args: CliArgs, knowledgeDir: string, options?: DocentOptions, services: CommandServices = {}): Promise<number> {
  exitQuietlyWhenPipeCloses();
  if (args.command !== undefined && !isConsoleCommand(args.command)) {
    console.error(`Unknown command "${args.command}". Try --help.`);
    return 2;
  }
  let docent: Docent;
  try {
    const loaded = await Docent.load(knowledgeDir, options);
    reportSkipped(loaded.skipped);
    const notice = loaded.index && indexNotice(loaded.index);
    if (notice?.notable) console.error(`docent: ${notice.message}.`);
    docent = loaded.docent;
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    reportSkipped(error.skipped);
    console.error(error.message);
    return 1;
  }
  if (args.document !== undefined && !findDocument(docent.documents, args.document)) {
    console.error(unknownDocument(docent.documents, args.document));
    return 2;
  }
  if (args.command === undefined) {
    const live = new LiveDocent(knowledgeDir, docent, options);
    // Runs while the console waits for the first line of input.
    setImmediate(() => live.current.warmUp());
    await runConsole(() => live.current, {
      input: process.stdin,
      output: process.stdout,
      noticeOutput: process.stderr,
      json: args.json,
      document: args.document,
      services,
      notices: (show) =>
        live.watch((outcome) => show(reloadNotice(reportOf(outcome))), {
          onError: (error) => show(`Stopped watching ${knowledgeDir} (${error.message}): restart docent to pick up changes.`),
        }),
    });
    return 0;
  }
  const output = await runCommand(docent, args.command, args.text, args.document, services);
  console.log(args.json ? JSON.stringify(output.data, null, 2) : output.text);
  return isUsageProblem(output.data) ? 2 : 0;
}
