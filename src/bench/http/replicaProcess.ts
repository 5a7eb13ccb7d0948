import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One `npm run serve:http` process the bench sends interactions to. */
export interface ReplicaProcess {
  readonly url: string;
  /** CPU time the process has used so far, user and system, in ms (Linux: from /proc; elsewhere NaN). */
  readonly cpuMs: () => number;
  readonly stop: () => Promise<void>;
}

export interface ReplicaSettings {
  readonly root: string;
  readonly knowledgeDir: string;
  readonly cacheDir: string;
  readonly publicKeyHex: string;
  readonly apiUrl: string;
}

/** Linux counts a process's CPU time in clock ticks of 10 ms (USER_HZ, 100 on every architecture Node runs on). */
const MS_PER_TICK = 10;

/** utime + stime of a process, from /proc/PID/stat (fields 14 and 15, after the parenthesised name). */
function processCpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return Number.NaN;
  }
}

/** Bounds the wait for a replica that builds the large corpus's index from scratch. */
const START_TIMEOUT_MS = 10 * 60_000;

/** Starts the built HTTP server on a free port of 127.0.0.1 and resolves once it says it is ready for interactions. */
export async function startReplicaProcess(settings: ReplicaSettings): Promise<ReplicaProcess> {
  const child: ChildProcess = spawn(process.execPath, [join(settings.root, 'dist/src/http/main.js')], {
    cwd: settings.root,
    env: {
      ...process.env,
      DISCORD_TOKEN: '',
      DISCORD_PUBLIC_KEY: settings.publicKeyHex,
      DISCORD_API_URL: settings.apiUrl,
      KNOWLEDGE_DIR: settings.knowledgeDir,
      INDEX_CACHE_DIR: settings.cacheDir,
      PORT: '0',
      HTTP_HOST: '127.0.0.1',
      // As in service: one log line per interaction is part of the cost.
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`a replica did not start:\n${output}`)), START_TIMEOUT_MS);
    void exited.then(() => reject(new Error(`a replica exited while starting:\n${output}`)));
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const ready = /"port":(\d+)[^\n]*docent is ready for interactions/u.exec(output);
      if (!ready) return;
      clearTimeout(timer);
      // Its log lines from here on are read and dropped.
      child.stdout?.off('data', read).resume();
      resolve(Number(ready[1]));
    };
    child.stdout?.on('data', read);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    cpuMs: () => processCpuMs(child.pid),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
