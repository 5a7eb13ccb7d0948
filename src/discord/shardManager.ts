import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import { botSettings, ConfigError, type BotSettings, type Environment } from '../config/environment.ts';
import type { Logger } from '../log.ts';
import { moduleUrl } from '../moduleUrl.ts';
import { untilStopped } from './sharding.ts';

/** Each shard runs docent's entry point as this process runs: the build with plain node, or the source through tsx. */
const MAIN = fileURLToPath(moduleUrl('../main', import.meta.url));

/** How many shards in all, and which of them this machine runs (all when no list is given). */
export interface ShardPlan {
  readonly total: number | 'auto';
  readonly list?: readonly number[];
}

/** Time between two shards' logins, as ShardingManager.spawn waits: Discord takes one IDENTIFY per 5 s per bucket. */
const SPAWN_SPACING_MS = 5500;

/** The shard plan the settings describe, or a ConfigError saying what does not fit. */
export function shardPlan(env: Environment): ShardPlan {
  const total = env.SHARD_COUNT ?? 'auto';
  if (!env.SHARD_LIST) return { total };
  if (total === 'auto') {
    throw new ConfigError('SHARD_LIST needs SHARD_COUNT as a number, so that every machine splits the servers the same way.');
  }
  const outside = env.SHARD_LIST.filter((id) => id >= total);
  if (outside.length > 0) throw new ConfigError(`SHARD_LIST names shard ${outside.join(', ')}, but shards are numbered from 0 to ${total - 1}.`);
  return { total, list: [...new Set(env.SHARD_LIST)] };
}

/**
 * Discord's recommended shard count for this bot, from GET /gateway/bot. Asked through DISCORD_API_URL when set:
 * discord.js's own `auto` always asks discord.com.
 */
export async function recommendedShards(settings: BotSettings): Promise<number> {
  const rest = new REST(settings.apiUrl ? { api: settings.apiUrl } : {}).setToken(settings.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return gateway.shards;
}

/** Sends SIGTERM to a shard's process and resolves once it has exited. */
function stopProcess(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function watchShard(shard: Shard, total: number, logger: Logger): void {
  logger.info({ shard: shard.id, total }, 'starting shard');
  shard.on('spawn', (child) => logger.info({ shard: shard.id, pid: 'pid' in child ? child.pid : undefined }, 'shard process started'));
  shard.on('ready', () => logger.info({ shard: shard.id }, 'shard ready'));
  shard.on('death', (child) => {
    const code = 'exitCode' in child ? child.exitCode : undefined;
    // Unexpected only while shards are kept running; during start-up and shutdown the caller reports it.
    if (shard.manager.respawn) logger.warn({ shard: shard.id, code }, 'shard process exited, starting it again');
    else logger.info({ shard: shard.id, code }, 'shard process exited');
  });
}

/**
 * Starts the shards one at a time, each once the previous is ready and the login spacing has passed, as
 * ShardingManager.spawn does, but starts no more once `stopping()` says so.
 */
async function startShards(manager: ShardingManager, list: readonly number[], stopping: () => boolean): Promise<void> {
  for (const [index, id] of list.entries()) {
    if (stopping()) return;
    await Promise.all([manager.createShard(id).spawn(), index < list.length - 1 ? sleep(SPAWN_SPACING_MS) : undefined]);
  }
}

/**
 * Runs the bot as one process per shard under discord.js's ShardingManager until SIGINT or SIGTERM, then stops every
 * shard and waits for them. A shard that dies once all are online is started again. Resolves with the exit code.
 */
export async function runShards(env: Environment, logger: Logger): Promise<number> {
  let manager: ShardingManager | undefined;
  let stopping = false;
  const stopped = untilStopped().finally(() => (stopping = true));
  try {
    const settings = botSettings(env);
    const plan = shardPlan(env);
    const total = plan.total === 'auto' ? await recommendedShards(settings) : plan.total;
    const list = plan.list ?? Array.from({ length: total }, (_, id) => id);
    // Respawning waits until all are up: a shard that cannot start would otherwise be restarted forever.
    manager = new ShardingManager(MAIN, { totalShards: total, shardList: [...list], token: settings.token, execArgv: process.execArgv, respawn: false });
    manager.on('shardCreate', (shard) => watchShard(shard, total, logger));
    const early = await Promise.race([startShards(manager, list, () => stopping), stopped]);
    if (!early && !stopping) {
      manager.respawn = true;
      logger.info({ shards: list, total }, 'all shards online');
    }
    logger.info({ signal: early ?? (await stopped) }, 'shutting down');
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) logger.fatal(error.message);
    else logger.fatal({ err: error }, 'the shards could not start');
    return 1;
  } finally {
    if (manager) {
      manager.respawn = false;
      await Promise.all(manager.shards.map((shard) => stopProcess(shard.process)));
    }
  }
}
