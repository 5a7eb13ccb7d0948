import '../heapPolicy.ts';
import { ConfigError, loadEnvironment } from '../config/environment.ts';
import { serveHttp } from './serve.ts';

/** `npm run serve:http`: the HTTP interactions server, whatever DOCENT_MODE says. */
async function main(): Promise<number> {
  try {
    const env = loadEnvironment();
    return await serveHttp(env, env.KNOWLEDGE_DIR);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 1;
  }
}

process.exitCode = await main();
