/** What the process was asked to stop by: a signal, or its sharding manager going away. */
export type StopReason = 'SIGINT' | 'SIGTERM' | 'manager gone';

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * The shard this process runs when discord.js's ShardingManager started it (it sets SHARDING_MANAGER and SHARDS,
 * one shard per process); undefined for a bot started on its own.
 */
export function managedShard(env: NodeJS.ProcessEnv = process.env): number | undefined {
  return env.SHARDING_MANAGER && env.SHARDS !== undefined ? Number(env.SHARDS) : undefined;
}

/**
 * The discord.js Client reads SHARD_COUNT from the environment as its own total; docent's may say `auto`, which the
 * Client rejects, and it is meant for `npm run start:sharded` only. A bot started on its own runs one shard.
 */
export function keepShardCountFromClient(env: NodeJS.ProcessEnv = process.env): void {
  if (managedShard(env) === undefined) delete env.SHARD_COUNT;
}

/** discord.js keeps reporting to the manager while the client shuts down; with the manager gone, those reports fail. */
function ignoreClosedChannel(error: Error): void {
  if ((error as NodeJS.ErrnoException).code !== 'ERR_IPC_CHANNEL_CLOSED') throw error;
}

/** How long a shard whose manager is gone may take to shut down before it exits regardless. */
const ORPHAN_EXIT_MS = 10_000;

/**
 * Resolves on SIGINT or SIGTERM, or, for a shard, when its manager's channel closes (the manager died). Call it early:
 * a stop asked for during start-up is then honoured once the bot is up. Its listeners go once it resolves, so a
 * second signal ends the process at once.
 */
export function untilStopped(): Promise<StopReason> {
  return new Promise((resolve) => {
    const listeners = new Map<string, () => void>();
    const finish = (reason: StopReason): void => {
      for (const [event, listener] of listeners) process.off(event, listener);
      resolve(reason);
    };
    const orphaned = (): void => {
      // A shard without its manager must not linger connected, whatever still holds its event loop.
      setTimeout(() => process.exit(0), ORPHAN_EXIT_MS).unref();
      finish('manager gone');
    };
    for (const name of SHUTDOWN_SIGNALS) listeners.set(name, () => finish(name));
    if (managedShard() !== undefined) {
      process.on('error', ignoreClosedChannel);
      listeners.set('disconnect', orphaned);
    }
    for (const [event, listener] of listeners) process.on(event, listener);
    if (managedShard() !== undefined && !process.connected) orphaned();
  });
}

/** Closes a shard's channel to its manager, which would otherwise keep the process alive after the bot stopped. */
export function leaveManager(): void {
  if (process.connected) process.disconnect();
}
