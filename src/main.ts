import { parseCliArgs, CLI_USAGE } from './cli/args.ts';
import { runCli } from './cli/main.ts';
import { loadEnvironment } from './config/environment.ts';

/** docent's entry point: the offline console (the Discord bot joins in a later step). */
async function main(): Promise<number> {
  const env = loadEnvironment();
  let args;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${CLI_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(CLI_USAGE);
    return 0;
  }
  return runCli(args, args.knowledge ?? env.KNOWLEDGE_DIR);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`docent stopped: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
