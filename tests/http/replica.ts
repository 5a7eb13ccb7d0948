import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import { startBot, type BotProcess } from '../discord/botProcess.ts';
import { DiscordDouble } from '../discord/double/discordDouble.ts';
import { makeSigner, type Signer } from './signer.ts';

const HTTP_MAIN = fileURLToPath(new URL('../../dist/src/http/main.js', import.meta.url));

/** One HTTP-interactions replica, a real process on 127.0.0.1, and where it listens. */
export interface Replica extends BotProcess {
  readonly url: string;
}

/**
 * Starts `npm run serve:http` (the built entry) on a free port of 127.0.0.1, its webhooks pointed at the double, and
 * resolves once it says it is ready for interactions.
 */
export async function startReplica(double: DiscordDouble, publicKeyHex: string, env: Record<string, string> = {}): Promise<Replica> {
  const replica = await startBot(
    double,
    { DISCORD_TOKEN: '', DISCORD_PUBLIC_KEY: publicKeyHex, PORT: '0', HTTP_HOST: '127.0.0.1', ...env },
    { args: [HTTP_MAIN], online: 'docent is ready for interactions' },
  );
  const port = /"port":(\d+)/u.exec(replica.output())?.[1];
  if (!port) throw new Error(`The replica did not say its port:\n${replica.output()}`);
  return { ...replica, url: `http://127.0.0.1:${port}` };
}

/** The double, the key pair, and two replica processes that one test file runs against. */
export interface ReplicaSession {
  readonly double: DiscordDouble;
  readonly signer: Signer;
  readonly replicas: readonly Replica[];
}

/**
 * Starts the double and two replicas before a file's tests and stops them after; a replica still running must then
 * exit cleanly on SIGTERM. Read the fields inside tests and hooks, once they are set.
 */
export function replicaSession(): ReplicaSession {
  const session = { signer: makeSigner(), replicas: [] as Replica[] } as { double: DiscordDouble; signer: Signer; replicas: Replica[] };
  beforeAll(async () => {
    session.double = await DiscordDouble.start({ guilds: [] });
    const start = () => startReplica(session.double, session.signer.publicKeyHex);
    session.replicas = await Promise.all([start(), start()]);
  }, 60_000);
  afterAll(async () => {
    const running = session.replicas.filter((replica) => replica.child.exitCode === null && replica.child.signalCode === null);
    const codes = await Promise.all(running.map((replica) => replica.stop()));
    await session.double?.close();
    expect(codes.every((code) => code === 0)).toBe(true);
  });
  return session;
}
