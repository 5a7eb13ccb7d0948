import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_INDEX_CACHE_DIR } from '../helpers/knowledgeFolder.ts';
import { APPLICATION_ID, type DiscordDouble } from './double/discordDouble.ts';

const BIN = fileURLToPath(new URL('../../bin/docent.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A token of the right shape that Discord never issued; tests grep the logs for it. */
export const TEST_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GdOcnt.c2VjcmV0LXRlc3QtdG9rZW4tbmV2ZXItbG9nZ2Vk';

export interface BotProcess {
  readonly child: ChildProcess;
  /** Everything the bot printed so far, standard output and error together. */
  readonly output: () => string;
  /** Sends SIGTERM and resolves with the exit code. */
  readonly stop: () => Promise<number | null>;
}

/** How to start the process, when not as `npm start` does. */
export interface Launch {
  /** Node's arguments; the `docent` command by default. */
  readonly args?: readonly string[];
  /** The log text that says it is ready for interactions. */
  readonly online?: string;
  /** A bound against hangs while starting, 30 s by default. */
  readonly timeoutMs?: number;
}

/**
 * Starts docent exactly as `npm start` does (the `docent` command, no arguments) with DISCORD_API_URL pointing at
 * the double, and resolves once it has logged in and received READY.
 */
export async function startBot(double: DiscordDouble, env: Record<string, string> = {}, launch: Launch = {}): Promise<BotProcess> {
  const readyText = launch.online ?? 'docent is online';
  // Each process keeps its questions and votes apart, and leaves none behind.
  const dataDir = mkdtempSync(join(tmpdir(), 'docent-data-'));
  const child = spawn(process.execPath, launch.args ?? [BIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: double.apiUrl,
      DISCORD_GUILD_ID: '',
      KNOWLEDGE_DIR: 'knowledge',
      INDEX_CACHE_DIR: TEST_INDEX_CACHE_DIR,
      LOG_LEVEL: 'debug',
      DATA_DIR: dataDir,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      rmSync(dataDir, { recursive: true, force: true });
      resolve(code);
    }),
  );
  const online = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`docent did not come online:\n${output}`)), launch.timeoutMs ?? 30_000);
    const check = (): void => {
      if (output.includes(readyText)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`docent exited with ${code} before coming online:\n${output}`));
    });
  });
  await online;
  return {
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
