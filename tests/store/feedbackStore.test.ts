import Database from 'libsql';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, FeedbackStore, waitingWhileBusy, type AskedQuestion } from '../../src/store/feedbackStore.ts';
import { memberHash } from '../../src/store/memberHash.ts';
import { migrate, schemaVersion, SCHEMA_VERSION } from '../../src/store/migrations.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'docent-store-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const refusal = (text: string, missing: string[], memberId = '1'): AskedQuestion => ({ memberId, text, source: 'message', outcome: 'refusal', missing });
const answer = (text: string, reference: string, memberId = '1'): AskedQuestion => ({ memberId, text, source: 'command', outcome: 'answer', reference, missing: [] });

describe('the feedback store', () => {
  it('creates the schema at its latest version from an empty file, in WAL mode', () => {
    const dir = tempDir();
    FeedbackStore.open({ dir, storeQuestions: true }).close();
    const db = new Database(join(dir, DATABASE_FILE));
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect((db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal');
    db.close();
  });

  it('switches a file to WAL once another replica lets go of it, and gives up with SQLite\'s own error when none does', () => {
    const dir = tempDir();
    const other = new Database(join(dir, DATABASE_FILE));
    other.exec('BEGIN EXCLUSIVE');
    const opening = new Database(join(dir, DATABASE_FILE));
    opening.exec('PRAGMA busy_timeout = 0');
    expect(() => waitingWhileBusy(() => opening.exec('PRAGMA journal_mode = WAL'), 50)).toThrow(/locked/);
    let attempts = 0;
    waitingWhileBusy(() => {
      attempts += 1;
      if (attempts === 3) other.exec('COMMIT');
      opening.exec('PRAGMA journal_mode = WAL');
    });
    expect(attempts).toBe(3);
    expect((opening.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal');
    other.close();
    opening.close();
  });

  it('migrates a version 1 file with its rows to the latest version, keeping them', () => {
    const dir = tempDir();
    const db = new Database(join(dir, DATABASE_FILE));
    migrate(db, 1);
    db.prepare("INSERT INTO questions (asked_at, member, text, outcome, reference) VALUES (?, 'm', 'Who leads?', 'answer', 'Doc · §1 · ¶2')").run(Date.now());
    db.close();
    const store = FeedbackStore.open({ dir, storeQuestions: true });
    expect(store.vote(1, '7', -1)).toBe('stored');
    expect(store.report('day').downVoted).toEqual([{ question: 'Who leads?', reference: 'Doc · §1 · ¶2', up: 0, down: 1 }]);
    expect(store.report('day').counts.fromMessages).toBe(0);
    store.close();
  });

  it('refuses a file from a newer docent rather than guessing at it', () => {
    const dir = tempDir();
    const db = new Database(join(dir, DATABASE_FILE));
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => FeedbackStore.open({ dir, storeQuestions: true })).toThrow(/newer than this docent/u);
  });

  it('groups refused questions by the words the documents lack, most frequent first', () => {
    const store = FeedbackStore.open({ dir: ':memory:', storeQuestions: true });
    store.recordQuestion(refusal('What did Canada say?', ['Canada']));
    store.recordQuestion(refusal('Canada and tariffs?', ['canada', 'tariffs']));
    store.recordQuestion(refusal('Is Canada involved?', ['Canada']));
    store.recordQuestion(answer('Who leads?', 'Doc · §1 · ¶2'));
    const report = store.report('week');
    expect(report.missing.map(({ word, count }) => [word, count])).toEqual([['canada', 3], ['tariffs', 1]]);
    expect(report.missing[0]?.questions).toHaveLength(3);
    expect(report.counts).toMatchObject({ questions: 4, answered: 1, refused: 3, fromMessages: 3 });
  });

  it('keeps one vote per member per answer: voting again replaces it', () => {
    const store = FeedbackStore.open({ dir: ':memory:', storeQuestions: true });
    const id = store.recordQuestion(answer('Who leads?', 'Doc · §1 · ¶2'));
    expect(store.vote(id, 'a', 1)).toBe('stored');
    expect(store.vote(id, 'a', 1)).toBe('unchanged');
    expect(store.vote(id, 'a', -1)).toBe('changed');
    expect(store.vote(id, 'b', -1)).toBe('stored');
    expect(store.votesFor(id)).toBe(2);
    expect(store.report('day').downVoted[0]).toMatchObject({ up: 0, down: 2 });
    expect(store.vote(id + 1, 'a', 1)).toBe('unknown-answer');
  });

  it('keeps no question text when question storage is off, and never a member id', () => {
    const dir = tempDir();
    const store = FeedbackStore.open({ dir, storeQuestions: false, salt: 'pepper' });
    store.recordQuestion(refusal('What did Canada say?', ['Canada'], '123456789012345678'));
    store.close();
    const db = new Database(join(dir, DATABASE_FILE));
    const row = db.prepare('SELECT text, member FROM questions').get() as { text: string | null; member: string };
    expect(row.text).toBeNull();
    expect(row.member).toBe(memberHash('123456789012345678', 'pepper'));
    expect(row.member).not.toContain('123456789012345678');
    db.close();
  });

  it('forgets a period: questions asked and votes cast in it, and nothing older', () => {
    let now = Date.UTC(2026, 0, 1);
    const store = FeedbackStore.open({ dir: ':memory:', storeQuestions: true, now: () => now });
    const old = store.recordQuestion(answer('Old question?', 'Doc · §1 · ¶1'));
    now += 10 * 86_400_000;
    store.recordQuestion(answer('New question?', 'Doc · §2 · ¶1'));
    store.vote(old, 'a', -1);
    expect(store.forget('day')).toEqual({ questions: 1, votes: 1 });
    expect(store.report('month').counts).toMatchObject({ questions: 1, down: 0 });
    expect(store.forget('all')).toEqual({ questions: 1, votes: 0 });
  });
});
