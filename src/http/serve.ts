import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, Options } from 'discord.js';
import { httpSettings, type Environment } from '../config/environment.ts';
import { createLogger } from '../log.ts';
import { loadCommands } from '../discord/loadCommands.ts';
import { createRouter } from '../discord/router.ts';
import { untilStopped } from '../discord/sharding.ts';
import { loadLiveKnowledge, logStartFailure, type LiveKnowledge } from '../service/liveKnowledge.ts';
import { openFeedbackStore } from '../store/fromEnvironment.ts';
import type { FeedbackStore } from '../store/feedbackStore.ts';
import { createAnswerer } from './answer.ts';
import { FirstResponses } from './firstResponses.ts';
import { createInteractionServer } from './server.ts';
import { publicKeyFromHex } from './signature.ts';

/** In-flight interactions get this long to finish when the process is asked to stop. */
const DRAIN_MS = 5_000;

/** Stops taking requests, lets those in flight finish for a while, then drops what is left. */
async function closeServer(server: Server): Promise<void> {
  const closed = once(server, 'close');
  server.close();
  server.closeIdleConnections();
  const drained = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
  await closed;
  clearTimeout(drained);
}

/**
 * Serves Discord's interactions over HTTP (`npm run serve:http`, `DOCENT_MODE=http`) until SIGINT or SIGTERM: it
 * listens at once, answers /healthz, and is ready (/readyz) once the index is loaded. It holds no gateway
 * connection and no state, so any number of replicas can run behind a load balancer.
 * Resolves with the process exit code; bad settings or knowledge give a clear log line and 1.
 */
export async function serveHttp(env: Environment, knowledgeDir: string): Promise<number> {
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: [env.DISCORD_TOKEN, env.DISCORD_PUBLIC_KEY].filter((secret) => secret !== undefined) });
  const stopped = untilStopped();
  let server: Server | undefined;
  let feedback: FeedbackStore | undefined;
  let knowledge: LiveKnowledge | undefined;
  // Interactions are refused as not ready until the knowledge is loaded and warmed up.
  let ready = false;
  try {
    const settings = httpSettings(env);
    const responses = new FirstResponses();
    // Never logs in: it builds interactions from payloads and sends edits and follow-ups, which need no token.
    const client = new Client({
      intents: [],
      allowedMentions: { parse: [] },
      // A replica keeps nothing between interactions: a cache of every member seen would only grow.
      makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, UserManager: 0, GuildMemberManager: 0, MessageManager: 0 }),
      rest: {
        makeRequest: responses.makeRequest,
        // It only calls interaction callbacks and webhooks, which Discord leaves out of the bot's global 50 requests a
        // second; discord.js would count them, and cap a replica at about 25 deferred answers a second.
        globalRequestsPerSecond: Infinity,
        ...(settings.apiUrl ? { api: settings.apiUrl } : {}),
      },
    });
    const commands = await loadCommands();
    // Replicas on one host share DATA_DIR, and with it the votes and the report.
    feedback = openFeedbackStore(env);
    const route = createRouter({ commands, docent: () => knowledge!.engine, logger, feedback });
    server = createInteractionServer({
      publicKey: publicKeyFromHex(settings.publicKey),
      ready: () => ready,
      answer: createAnswerer({ client, responses, route }),
      logger,
    });
    server.listen(settings.port, settings.host);
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    logger.info({ host: settings.host, port }, 'listening for interactions');
    process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
    knowledge = await loadLiveKnowledge(env, knowledgeDir, logger);
    await knowledge.engine.warmUp();
    ready = true;
    logger.info({ port }, 'docent is ready for interactions');
    const ended = await Promise.race([stopped, knowledge.failed]);
    // A replica that cannot search is no longer ready, while it drains and ends.
    ready = false;
    if (!(ended instanceof Error)) logger.info({ signal: ended }, 'shutting down');
    return ended instanceof Error ? 1 : 0;
  } catch (error) {
    logStartFailure(logger, error);
    return 1;
  } finally {
    // The server drains first, then the engine stops, so that no answer is recorded in a closed database.
    try {
      if (server) await closeServer(server);
      await knowledge?.stop();
    } finally {
      feedback?.close();
    }
  }
}
