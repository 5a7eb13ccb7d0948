import type { Database } from 'libsql';

/**
 * The schema, one step a version: step i takes a database from version i to i + 1 (SQLite's `user_version`).
 * Steps are only ever appended, so a database of any earlier version is brought up to date in order.
 */
export const MIGRATIONS: readonly string[] = [
  // v1: questions with their outcome, the words a refusal found missing, and one vote per member per answer.
  `CREATE TABLE questions (
     id INTEGER PRIMARY KEY,
     asked_at INTEGER NOT NULL,
     member TEXT NOT NULL,
     text TEXT,
     outcome TEXT NOT NULL CHECK (outcome IN ('answer', 'refusal')),
     reference TEXT
   );
   CREATE TABLE missing_words (
     question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
     word TEXT NOT NULL
   );
   CREATE TABLE votes (
     question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
     member TEXT NOT NULL,
     vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
     voted_at INTEGER NOT NULL,
     PRIMARY KEY (question_id, member)
   );
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // v2: where a question was asked (a slash command or a message), and indexes for the report's periods.
  `ALTER TABLE questions ADD COLUMN source TEXT NOT NULL DEFAULT 'command' CHECK (source IN ('command', 'message'));
   CREATE INDEX questions_asked_at ON questions (asked_at);
   CREATE INDEX votes_voted_at ON votes (voted_at);
   CREATE INDEX missing_words_question ON missing_words (question_id);`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  return Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
}

/**
 * Brings the database up to SCHEMA_VERSION, each step in its own transaction with its version number, so a crash
 * mid-way leaves a consistent earlier version. `upTo` stops early (for tests of an older file).
 * @throws Error when the file is from a newer docent than this one.
 */
export function migrate(db: Database, upTo = SCHEMA_VERSION): void {
  const from = schemaVersion(db);
  if (from > SCHEMA_VERSION) throw new Error(`the database is at schema version ${from}, newer than this docent (${SCHEMA_VERSION}): upgrade docent`);
  for (let version = from; version < upTo; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.exec(`PRAGMA user_version = ${version + 1}`);
    })();
  }
}
