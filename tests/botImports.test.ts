import { describe, expect, it } from 'vitest';
import { importGraph, reachable, startGraph } from './helpers/importGraph.ts';

// The public data sets in ../shared are read by eval, fit, bench and tests (src/eval/sharedData.ts), never by the bot.
describe('the bot', () => {
  it('reaches no module of eval or bench, so never the shared folder', async () => {
    const graph = await importGraph();
    // Where the bot starts: its process, its shards, its HTTP server, its index worker, and the commands it loads from their folder.
    const entries = ['src/main.ts', 'src/discord/shardedMain.ts', 'src/http/main.ts', 'src/search/build/indexWorker.ts', ...Object.keys(graph).filter((module) => module.startsWith('commands/'))];
    const modules = [...reachable(graph, entries)];
    expect(modules).toContain('src/engine/docent.ts');
    expect(modules).toContain('commands/ask.ts');
    expect(modules.filter((file) => file.startsWith('src/eval/') || file.startsWith('src/bench/'))).toEqual([]);
  });
});

describe('the console and the command definitions', () => {
  it('import no discord.js, so that they run without it', async () => {
    const graph = await importGraph();
    const modules = [...reachable(graph, ['src/cli/main.ts', ...Object.keys(graph).filter((module) => module.startsWith('commands/'))])];
    expect(modules).toContain('commands/ask.ts');
    expect(modules.filter((module) => /^node_modules\/(discord\.js|@discordjs)\//u.test(module))).toEqual([]);
  });
});

describe('docent as a command or console', () => {
  it('loads discord.js only to run the bot: importing it takes most of a one-shot command\'s start', async () => {
    const modules = [...reachable(await startGraph(), ['src/main.ts'])];
    expect(modules).toContain('src/cli/main.ts');
    expect(modules.filter((module) => /^node_modules\/(discord\.js|@discordjs)\//u.test(module))).toEqual([]);
  });
});
