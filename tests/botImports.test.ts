import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the bot starts: its process, its shards, its index worker, and the commands it loads from their folder. */
const ENTRY_POINTS = [
  'src/main.ts',
  'src/discord/shardedMain.ts',
  'src/search/build/indexWorker.ts',
  ...readdirSync(join(ROOT, 'commands')).map((name) => `commands/${name}`),
];

/** The project's own modules a file imports, statically or not. */
function localImports(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/gu)].map((match) => match[1] ?? '');
  return specifiers.map((specifier) => relative(ROOT, resolve(ROOT, dirname(file), specifier)));
}

function reachable(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...entries];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file) || !file.endsWith('.ts')) continue;
    seen.add(file);
    pending.push(...localImports(file));
  }
  return seen;
}

// The public data sets in ../shared are read by eval, fit, bench and tests (src/eval/sharedData.ts), never by the bot.
describe('the bot', () => {
  it('reaches no module of eval or bench, so never the shared folder', () => {
    const modules = [...reachable(ENTRY_POINTS)];
    expect(modules).toContain('src/engine/docent.ts');
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
