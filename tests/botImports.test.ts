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

const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

/** The project's own modules a file imports: statically, and unless told not to, by `import()` too. */
function localImports(file: string, dynamic: boolean): string[] {
  const pattern = dynamic ? /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/gu : /(?:from|import)\s+'(\.{1,2}\/[^']+)'/gu;
  const specifiers = [...read(file).matchAll(pattern)].map((match) => match[1] ?? '');
  return specifiers.map((specifier) => relative(ROOT, resolve(ROOT, dirname(file), specifier)));
}

function reachable(entries: readonly string[], dynamic = true): Set<string> {
  const seen = new Set<string>();
  const pending = [...entries];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file) || !file.endsWith('.ts')) continue;
    seen.add(file);
    pending.push(...localImports(file, dynamic));
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

describe('docent as a command or console', () => {
  it('loads discord.js only to run the bot: importing it takes most of a one-shot command\'s start', () => {
    const modules = [...reachable(['src/main.ts'], false)];
    expect(modules).toContain('src/cli/main.ts');
    expect(modules.filter((file) => /^import (?!type )[^;]*from 'discord\.js'/mu.test(read(file)))).toEqual([]);
  });
});
