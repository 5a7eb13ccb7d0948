import { describe, expect, it } from 'vitest';
import { keepShardCountFromClient, managedShard } from '../../src/discord/sharding.ts';

describe('shard settings in the environment', () => {
  it('knows the shard it runs only when the ShardingManager started the process', () => {
    expect(managedShard({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' })).toBe(1);
    expect(managedShard({ SHARD_COUNT: '2' })).toBeUndefined();
  });

  it('hides SHARD_COUNT from the client of a bot started on its own, and leaves the manager’s for a shard', () => {
    const alone: NodeJS.ProcessEnv = { SHARD_COUNT: 'auto' };
    keepShardCountFromClient(alone);
    expect(alone).toEqual({});
    const shard: NodeJS.ProcessEnv = { SHARDING_MANAGER: 'true', SHARDS: '0', SHARD_COUNT: '2' };
    keepShardCountFromClient(shard);
    expect(shard.SHARD_COUNT).toBe('2');
  });
});
