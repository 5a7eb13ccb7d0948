import './heapPolicy.ts';
import { cliUsage, parseCliArgs } from './cli/args.ts';
import { CONSOLE_COMMANDS } from './cli/catalogue.ts';
import { runCli } from './cli/main.ts';
import { ConfigError, loadEnvironment } from './config/environment.ts';
import { lazy } from './lazy.ts';
import { openFeedbackStore } from './store/fromEnvironment.ts';

/**
 * docent's entry point (`npm start`, the `docent` command): the HTTP interactions server when DOCENT_MODE=http, the
 * Discord bot when DISCORD_TOKEN is set, otherwise the offline console. A command on the command line always runs in the console.
 */
async function main(): Promise<number> {
  let env;
  let args;
  try {
    env = loadEnvironment();
    args = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(error instanceof ConfigError ? message : `${message}\n\n${cliUsage(CONSOLE_COMMANDS.values())}`);
    return error instanceof ConfigError ? 1 : 2;
  }
  if (args.help) {
    console.log(cliUsage(CONSOLE_COMMANDS.values()));
    return 0;
  }
  const knowledgeDir = args.knowledge ?? env.KNOWLEDGE_DIR;
  // Imported only for the bot: discord.js alone takes most of a one-shot command's start.
  if (args.command === undefined && env.DOCENT_MODE === 'http') return (await import('./http/serve.ts')).serveHttp(env, knowledgeDir);
  if (args.command === undefined && env.DISCORD_TOKEN) return (await import('./discord/serve.ts')).serve(env, knowledgeDir);
  // The store the bot writes, opened only by the commands that read it (/report, /forget).
  const feedback = lazy(() => openFeedbackStore(env));
  return runCli(args, knowledgeDir, { maxFileBytes: env.KNOWLEDGE_MAX_BYTES, cacheDir: env.INDEX_CACHE_DIR }, { feedback });
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
