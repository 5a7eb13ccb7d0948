import { fileURLToPath } from 'node:url';
import { parseDependencyTree, type DependencyTree } from 'dpdm';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * What every module under src/ and commands/ imports, `import type` and `import()` included, read by dpdm with
 * the TypeScript parser. Paths are relative to the project's root; a package's module is its file under node_modules.
 */
export function importGraph(): Promise<DependencyTree> {
  return parseDependencyTree(['src/**/*.ts', 'commands/*.ts'], { cwd: ROOT, context: ROOT });
}

/** What is loaded at start: the same graph without `import type` (erased when compiled) and without `import()`. */
export function startGraph(): Promise<DependencyTree> {
  return parseDependencyTree(['src/**/*.ts', 'commands/*.ts'], { cwd: ROOT, context: ROOT, transform: true, skipDynamicImports: true });
}

/** The entries and every module they import, directly or through others. */
export function reachable(graph: DependencyTree, entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...entries];
  for (let module = pending.pop(); module !== undefined; module = pending.pop()) {
    if (seen.has(module)) continue;
    seen.add(module);
    for (const dependency of graph[module] ?? []) if (dependency.id !== null) pending.push(dependency.id);
  }
  return seen;
}
