import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built } from '../helpers/build.ts';
import { startBot, type BotProcess, type Launch } from './botProcess.ts';
import { DiscordDouble, GUILD_ID } from './double/discordDouble.ts';
import { shardOf } from './double/gateway.ts';
import { buttonIds, exchange, option, slash } from './exchange.ts';

const SHARDED: Launch = {
  // As `npm run start:sharded` runs it.
  args: [built('src/discord/shardedMain.js')],
  online: 'all shards online',
  // Shards start one after the other, 5.5 s apart as Discord requires, each loading the knowledge.
  timeoutMs: 100_000,
};
/** Bound against hangs for hooks and tests that start shards. */
const STARTING = 120_000;
/** Two servers that Discord puts on different shards of two. */
const GUILDS = [GUILD_ID, '100000000004194314'] as const;

/** The bot's structured log lines with a given message. */
const lines = (bot: BotProcess, msg: string): Record<string, unknown>[] =>
  bot
    .output()
    .split('\n')
    .filter((line) => line.includes(`"msg":"${msg}"`))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Resolves once `done` holds, or fails after a bound against hangs: log lines arrive a little after the replies. */
async function eventually(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Whether a process id is still running. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Asks a question from a server and returns what the member sees. */
async function ask(double: DiscordDouble, guildId: string, question: string) {
  return (await exchange(double, { type: 2, guildId, data: slash('ask', [option('question', question)]) })).message;
}

describe('npm run start:sharded with SHARD_COUNT=2', () => {
  let double: DiscordDouble;
  let bot: BotProcess;

  beforeAll(async () => {
    expect(GUILDS.map((guild) => shardOf(guild, 2))).toEqual([0, 1]);
    double = await DiscordDouble.start({ guilds: GUILDS, shards: 2 });
    bot = await startBot(double, { SHARD_COUNT: '2' }, SHARDED);
  }, STARTING);

  afterAll(async () => {
    const pids = lines(bot, 'shard process started').map((line) => Number(line.pid));
    const code = await bot?.stop();
    await double?.close();
    expect(code).toBe(0);
    expect(pids).toHaveLength(2);
    expect(pids.filter(running)).toEqual([]);
  });

  it('runs each shard in its own process, identifying as shard 0 and shard 1 of 2', () => {
    expect(double.gateway.identified.map((entry) => entry.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('answers interactions from servers on either shard, each from the shard that owns the server', async () => {
    for (const guild of GUILDS) {
      const message = await ask(double, guild, 'What tariff has President Trump threatened?');
      expect(message.embeds[0].description).toContain('tariff');
    }
    await eventually(() => lines(bot, 'interaction').length === 2, 'two interaction log lines');
    expect(lines(bot, 'interaction').map((line) => [line.guild, line.shard])).toEqual([
      [GUILDS[0], 0],
      [GUILDS[1], 1],
    ]);
  });

  it('a button from an answer given on one shard works when pressed on the other', async () => {
    const answer = await ask(double, GUILDS[0], 'What have Mexican officials done about the cartels?');
    const more = buttonIds(answer).find((id) => id.startsWith('more|'));
    expect(more).toBeDefined();
    const pressed = await exchange(double, {
      type: 3,
      guildId: GUILDS[1],
      data: { custom_id: more, component_type: 2 },
      message: { id: '400000000000000011', channel_id: '100000000000000002', flags: 0, embeds: [], components: [] },
    });
    expect(pressed.message.embeds[0].fields.length).toBeGreaterThan(0);
    await eventually(() => lines(bot, 'interaction').some((line) => line.kind === 'button'), 'the button log line');
    expect(lines(bot, 'interaction').find((line) => line.kind === 'button')).toMatchObject({ guild: GUILDS[1], shard: 1, outcome: 'more' });
  });
});

describe('shards shared between machines with SHARD_LIST', () => {
  let double: DiscordDouble;
  let machines: BotProcess[];

  beforeAll(async () => {
    double = await DiscordDouble.start({ guilds: GUILDS, shards: 2 });
    machines = await Promise.all(['0', '1'].map((list) => startBot(double, { SHARD_COUNT: '2', SHARD_LIST: list }, SHARDED)));
  }, STARTING);

  afterAll(async () => {
    for (const machine of machines ?? []) if (machine.child.exitCode === null) machine.child.kill('SIGKILL');
    await double?.close();
  });

  it('each machine runs only its own shard, and between them every server is answered', async () => {
    expect(machines.map((machine) => lines(machine, 'all shards online')[0])).toMatchObject([{ shards: [0] }, { shards: [1] }]);
    for (const guild of GUILDS) {
      const message = await ask(double, guild, 'What did the CIA share?');
      expect(message.embeds[0].description).toContain('intelligence gathered from drone operations');
    }
    await eventually(() => machines.every((machine) => lines(machine, 'interaction').length === 1), 'one interaction line per machine');
    expect(machines.map((machine) => lines(machine, 'interaction')[0]?.guild)).toEqual(GUILDS);
  });

  it('a shard whose manager is killed outright stops too, rather than staying connected unmanaged', async () => {
    const [pid] = lines(machines[1]!, 'shard process started').map((line) => Number(line.pid));
    machines[1]!.child.kill('SIGKILL');
    const deadline = Date.now() + 20_000;
    while (running(pid!) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(running(pid!)).toBe(false);
  }, STARTING);
});

describe('a shard that cannot start', () => {
  it('stops the manager with a clear log line and exit code 1, instead of restarting the shard forever', async () => {
    const double = await DiscordDouble.start({ guilds: GUILDS, shards: 2 });
    try {
      const failed = await startBot(double, { SHARD_COUNT: '2', KNOWLEDGE_DIR: '/no/such/folder' }, SHARDED).then(
        () => '',
        (error: Error) => error.message,
      );
      expect(failed).toMatch(/exited with 1 before coming online/u);
      expect(failed).toContain('The knowledge folder \\"/no/such/folder\\" does not exist');
      expect(failed).toContain('the shards could not start');
      expect(failed.split('"msg":"starting shard"')).toHaveLength(2);
    } finally {
      await double.close();
    }
  }, STARTING);
});

describe('npm start with SHARD_COUNT set', () => {
  it('runs one shard as before: SHARD_COUNT=auto, which the discord.js client cannot read, is for start:sharded', async () => {
    const double = await DiscordDouble.start({ guilds: GUILDS, shards: 2 });
    const bot = await startBot(double, { SHARD_COUNT: 'auto' });
    try {
      expect(bot.output()).toContain('SHARD_COUNT is for npm run start:sharded; this bot runs one shard');
      expect(double.gateway.identified.map((entry) => entry.shard)).toEqual([[0, 1]]);
      const message = await ask(double, GUILDS[1], 'What did the CIA share?');
      expect(message.embeds[0].description).toContain('intelligence gathered from drone operations');
    } finally {
      expect(await bot.stop()).toBe(0);
      await double.close();
    }
  });
});
