import { mkdtempSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a file of a test knowledge folder holds: text (written as UTF-8) or raw bytes. */
export type FixtureContent = string | Uint8Array;

/** A fresh temporary knowledge folder holding the given files; `sub/` names make subfolders. */
export async function knowledgeFolder(files: Record<string, FixtureContent> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'docent-knowledge-'));
  for (const [name, content] of Object.entries(files)) {
    if (name.endsWith('/')) await mkdir(join(dir, name), { recursive: true });
    else await writeFile(join(dir, name), content);
  }
  return dir;
}

/** The same, made at once: for a test file's top level, where a bot session is declared with its folder. */
export function knowledgeFolderSync(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'docent-knowledge-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** A small document that always loads, to show that one bad file does not stop the rest. */
export const GOOD_FILE = { 'good.txt': 'The harbour opened in 1901. Ships still dock there every morning.\n' };

/**
 * Where the processes the tests start keep their indexes, instead of the repository's `.cache/docent`: every test
 * folder would otherwise leave a file there.
 */
export const TEST_INDEX_CACHE_DIR = join(tmpdir(), 'docent-tests-index-cache');
