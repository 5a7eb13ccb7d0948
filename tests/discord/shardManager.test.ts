import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botSettings, parseEnvironment } from '../../src/config/environment.ts';
import { recommendedShards, shardPlan } from '../../src/discord/shardManager.ts';
import { TEST_TOKEN } from './botProcess.ts';
import { APPLICATION_ID, DiscordDouble } from './double/discordDouble.ts';

const plan = (env: Record<string, string>) => shardPlan(parseEnvironment(env));

describe('shardPlan', () => {
  it('runs every shard, Discord recommending how many unless SHARD_COUNT says', () => {
    expect(plan({})).toEqual({ total: 'auto' });
    expect(plan({ SHARD_COUNT: '3' })).toEqual({ total: 3 });
  });

  it('runs only the listed shards of a fixed total, so that machines can share them', () => {
    expect(plan({ SHARD_COUNT: '4', SHARD_LIST: '2,3,3' })).toEqual({ total: 4, list: [2, 3] });
    expect(() => plan({ SHARD_COUNT: 'auto', SHARD_LIST: '0' })).toThrow(/SHARD_LIST needs SHARD_COUNT as a number/u);
    expect(() => plan({ SHARD_COUNT: '2', SHARD_LIST: '1,2,5' })).toThrow('SHARD_LIST names shard 2, 5, but shards are numbered from 0 to 1.');
  });
});

describe('recommendedShards', () => {
  let double: DiscordDouble;
  beforeAll(async () => {
    double = await DiscordDouble.start({ shards: 3 });
  });
  afterAll(() => double?.close());

  it('asks GET /gateway/bot at DISCORD_API_URL, which discord.js’s own auto never does', async () => {
    const settings = botSettings(parseEnvironment({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_API_URL: double.apiUrl }));
    expect(await recommendedShards(settings)).toBe(3);
    expect(double.requests.at(-1)).toMatchObject({ method: 'GET', path: '/api/v10/gateway/bot' });
  });
});
