import { describe, expect, it } from 'vitest';
import { botSettings, ConfigError, parseEnvironment } from '../../src/config/environment.ts';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GdOcnt.c2VjcmV0LXRlc3QtdG9rZW4tbmV2ZXItbG9nZ2Vk';

describe('settings', () => {
  it('defaults the knowledge folder and log level, and treats empty values as unset', () => {
    expect(parseEnvironment({ DISCORD_TOKEN: '', KNOWLEDGE_DIR: '' })).toMatchObject({ KNOWLEDGE_DIR: 'knowledge', LOG_LEVEL: 'info' });
  });

  it('keeps built indexes in .cache/docent unless told another folder, or off', () => {
    expect(parseEnvironment({ INDEX_CACHE_DIR: '' }).INDEX_CACHE_DIR).toBe('.cache/docent');
    expect(parseEnvironment({ INDEX_CACHE_DIR: '/var/cache/docent' }).INDEX_CACHE_DIR).toBe('/var/cache/docent');
    expect(parseEnvironment({ INDEX_CACHE_DIR: 'off' }).INDEX_CACHE_DIR).toBeUndefined();
  });

  it('rejects a malformed token, id, URL or log level with one clear line each, never quoting the value', () => {
    const bad = { DISCORD_TOKEN: 'not-a-token-but-a-secret', DISCORD_GUILD_ID: 'abc', DISCORD_API_URL: 'ftp:/x', LOG_LEVEL: 'loud' };
    let message = '';
    try {
      parseEnvironment(bad);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain('DISCORD_TOKEN is not a Discord bot token');
    expect(message).toContain('DISCORD_GUILD_ID must be a numeric server (guild) id');
    expect(message).toContain('DISCORD_API_URL must be an http(s) URL');
    expect(message).toContain('LOG_LEVEL must be one of');
    expect(message).not.toContain('not-a-token-but-a-secret');
  });

  it('reads SHARD_COUNT as a number or auto and SHARD_LIST as shard ids, refusing anything else', () => {
    expect(parseEnvironment({ SHARD_COUNT: 'auto', SHARD_LIST: '' })).toMatchObject({ SHARD_COUNT: 'auto', SHARD_LIST: undefined });
    expect(parseEnvironment({ SHARD_COUNT: ' 4 ', SHARD_LIST: '2, 3' })).toMatchObject({ SHARD_COUNT: 4, SHARD_LIST: [2, 3] });
    expect(() => parseEnvironment({ SHARD_COUNT: '0' })).toThrow(/SHARD_COUNT must be a whole number of shards from 1, or auto/u);
    expect(() => parseEnvironment({ SHARD_COUNT: 'two' })).toThrow(ConfigError);
    expect(() => parseEnvironment({ SHARD_LIST: '0;1' })).toThrow(/SHARD_LIST must be shard ids separated by commas/u);
  });

  it('caps knowledge files at 20 MB unless KNOWLEDGE_MAX_BYTES says otherwise, in whole bytes', () => {
    expect(parseEnvironment({}).KNOWLEDGE_MAX_BYTES).toBe(20_000_000);
    expect(parseEnvironment({ KNOWLEDGE_MAX_BYTES: '' }).KNOWLEDGE_MAX_BYTES).toBe(20_000_000);
    expect(parseEnvironment({ KNOWLEDGE_MAX_BYTES: ' 5000000 ' }).KNOWLEDGE_MAX_BYTES).toBe(5_000_000);
    for (const bad of ['20MB', '0', '-1', '1.5']) {
      expect(() => parseEnvironment({ KNOWLEDGE_MAX_BYTES: bad })).toThrow(/KNOWLEDGE_MAX_BYTES must be a whole number of bytes above 0/u);
    }
  });

  it('requires an application id for the bot', () => {
    expect(() => botSettings(parseEnvironment({ DISCORD_TOKEN: TOKEN }))).toThrow(/DISCORD_APPLICATION_ID is not set/u);
    expect(botSettings(parseEnvironment({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '100000000000000001', DISCORD_API_URL: 'http://127.0.0.1:9/api/' }))).toEqual({
      token: TOKEN,
      applicationId: '100000000000000001',
      apiUrl: 'http://127.0.0.1:9/api',
    });
  });
});
