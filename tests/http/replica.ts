import { fileURLToPath } from 'node:url';
import { startBot, type BotProcess } from '../discord/botProcess.ts';
import type { DiscordDouble } from '../discord/double/discordDouble.ts';

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
