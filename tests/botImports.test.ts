import { describe, expect, it } from 'vitest';
import { importGraph, reachable } from './helpers/importGraph.ts';

// The public data sets in ../shared are read by eval, fit, bench and tests (src/eval/sharedData.ts), never by the bot.
describe('the bot', () => {
  it('reaches no module of eval or bench, so never the shared folder', async () => {
    const graph = await importGraph();
    // Where the bot starts: its process, its shards, its index worker, and the commands it loads from their folder.
    const entries = ['src/main.ts', 'src/discord/shardedMain.ts', 'src/search/build/indexWorker.ts', ...Object.keys(graph).filter((module) => module.startsWith('commands/'))];
    const modules = [...reachable(graph, entries)];
    expect(modules).toContain('src/engine/docent.ts');
    expect(modules).toContain('commands/ask.ts');
    expect(modules.filter((file) => file.startsWith('src/eval/') || file.startsWith('src/bench/'))).toEqual([]);
  });
});

describe('the console and the command definitions', () => {
  it('import no discord.js, so that they run without it', () => {
    const modules = [...reachable(['src/cli/main.ts', ...readdirSync(join(ROOT, 'commands')).map((name) => `commands/${name}`)])];
    expect(modules).toContain('commands/ask.ts');
    expect(modules.filter((file) => /from 'discord\.js'/u.test(readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });
});
