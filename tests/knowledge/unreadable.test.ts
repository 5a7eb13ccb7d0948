import { describe, expect, it, vi } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { skippedLine } from '../../src/present/skipped.ts';
import { GOOD_FILE, knowledgeFolder } from '../helpers/knowledgeFolder.ts';

/**
 * Tests often run as root, for whom chmod 000 blocks nothing; reading `secret.md` is denied here the way the
 * kernel denies it to an ordinary user (EACCES). The chmod version in badFiles.test.ts runs when not root.
 */
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const denied = (path: unknown): boolean => String(path).endsWith('secret.md');
  return {
    ...fs,
    readFile: (async (path: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) => {
      if (denied(path)) throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });
      return (fs.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
    }) as typeof fs.readFile,
  };
});

describe('an unreadable knowledge file', () => {
  it('is skipped with a line naming it, and the rest load', async () => {
    const dir = await knowledgeFolder({ ...GOOD_FILE, 'secret.md': 'Hidden text.' });
    const { documents, skipped } = await loadKnowledge(dir);
    expect(documents.map((document) => document.source)).toEqual(['good.txt']);
    expect(skipped.map(skippedLine)).toEqual(['Skipped secret.md: docent may not read it (permission denied).']);
  });
});
