import { parseCircular, type DependencyTree } from 'dpdm';
import { beforeAll, describe, expect, it } from 'vitest';
import { importGraph, reachable } from './helpers/importGraph.ts';

let graph: DependencyTree;
beforeAll(async () => {
  graph = await importGraph();
});

describe('the modules of src/ and commands/', () => {
  // A type-only circle costs nothing at run time, but it still ties two files together: none is allowed.
  it('import one another in no circle, counting `import type`', () => {
    expect(Object.keys(graph)).toContain('src/engine/docent.ts');
    expect(parseCircular(graph)).toEqual([]);
  });

  it('of the engine, search and knowledge never reach discord.js, so they run without Discord', () => {
    const core = Object.keys(graph).filter((module) => /^src\/(engine|search|knowledge)\//u.test(module));
    expect(core).toContain('src/search/index/sentenceIndex.ts');
    const discord = [...reachable(graph, core)].filter((module) => /^node_modules\/(discord\.js|@discordjs)\//u.test(module));
    expect(discord).toEqual([]);
  });

  it('of the engine reach search only through its entry, documentSearch.ts, so that search keeps its inside to itself', () => {
    const engine = Object.keys(graph).filter((module) => module.startsWith('src/engine/'));
    expect(engine).toContain('src/engine/liveDocent.ts');
    const searchImports = engine.flatMap((module) => (graph[module] ?? []).map((dependency) => dependency.id ?? '')).filter((id) => id.startsWith('src/search/'));
    expect(new Set(searchImports)).toEqual(new Set(['src/search/documentSearch.ts']));
  });
});
