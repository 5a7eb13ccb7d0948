import type Database from 'libsql';
import { randomInt } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { requirePackage } from '../lazy.ts';
import { memberHash, newSalt } from './memberHash.ts';
import { migrate } from './migrations.ts';
import { periodStart, type ForgetPeriod, type ReportPeriod } from './period.ts';

/** Where and how the store keeps what members asked. */
export interface FeedbackStoreOptions {
  /** The folder of the database file (`DATA_DIR`); `:memory:` for a store that lives in the process only. */
  readonly dir: string;
  /** Whether a question's words are kept; when false only its outcome, reference and missing words are. */
  readonly storeQuestions: boolean;
  /** The salt of member hashes (`MEMBER_HASH_SALT`); by default one drawn once and kept in the database. */
  readonly salt?: string;
  readonly now?: () => number;
}

/** A question as answered, for the store: never the member's name, only their id to be hashed. */
export interface AskedQuestion {
  readonly memberId: string;
  readonly text: string;
  readonly source: 'command' | 'message';
  readonly outcome: 'answer' | 'refusal';
  /** The answer's reference ("Title · §1 · ¶2"), for an answer. */
  readonly reference?: string;
  /** The words the documents lack, for a refusal. */
  readonly missing: readonly string[];
}

/** An answer as a command gives it for the store, before the transport adds who asked and where. */
export type AnswerRecord = Omit<AskedQuestion, 'memberId' | 'source'>;

export type VoteOutcome = 'stored' | 'changed' | 'unchanged' | 'unknown-answer';

/** What `/docent report` shows. */
export interface FeedbackReport {
  readonly period: ReportPeriod;
  readonly counts: { readonly questions: number; readonly answered: number; readonly refused: number; readonly fromMessages: number; readonly up: number; readonly down: number };
  /** Words the documents lack, most often missing first, with a few questions that missed them (when kept). */
  readonly missing: readonly { readonly word: string; readonly count: number; readonly questions: readonly string[] }[];
  /** Answers voted down, most down-votes first. */
  readonly downVoted: readonly { readonly question?: string; readonly reference: string; readonly up: number; readonly down: number }[];
}

export const DATABASE_FILE = 'docent.db';
/** How long a replica waits for another's lock on the shared file before giving up. */
const BUSY_TIMEOUT_MS = 5000;
const BUSY_RETRY_MS = 25;

/** SQLite's "database is locked" (SQLITE_BUSY, or a kind of it such as SQLITE_BUSY_RECOVERY), as libsql reports it. */
const isBusy = (error: unknown): boolean => String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_BUSY');

/**
 * Runs a step again while SQLite answers it "database is locked", until the busy timeout has passed: switching the
 * journal to WAL while another replica opens the same file can fail without waiting through the busy timeout (a CI run
 * saw it). An attempt may itself wait up to that timeout, so the whole can take up to twice it; it never hangs.
 */
export function waitingWhileBusy(step: () => void, timeoutMs = BUSY_TIMEOUT_MS): void {
  const deadline = Date.now() + timeoutMs;
  // A synchronous pause between attempts: opening the store is synchronous, and happens once, at start.
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      step();
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      Atomics.wait(pause, 0, 0, BUSY_RETRY_MS);
    }
  }
}
const REPORT_ROWS = 10;
/** Question ids are drawn, not counted: replicas with stores of their own never give two answers the same vote id. */
const newQuestionId = (): number => randomInt(1, 2 ** 47);
const EXAMPLES_PER_WORD = 3;

/**
 * The questions members asked, their outcomes and votes, in SQLite (WAL, one transaction per write), so a vote
 * acknowledged to a member survives a crash of the process.
 */
export class FeedbackStore {
  private readonly now: () => number;
  private readonly salt: string;
  /** Every answer and every vote writes: their statements are prepared once, with the schema in place. */
  private readonly writes: {
    readonly recordQuestion: (question: AskedQuestion) => number;
    readonly vote: (questionId: number, member: string, vote: 1 | -1) => VoteOutcome;
  };

  private constructor(
    private readonly db: Database.Database,
    private readonly options: FeedbackStoreOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.salt = options.salt ?? this.keptSalt();
    this.writes = this.prepareWrites();
  }

  /** Opens (creating if needed) the database in `options.dir` and brings its schema up to date. */
  static open(options: FeedbackStoreOptions): FeedbackStore {
    const memory = options.dir === ':memory:';
    if (!memory) mkdirSync(options.dir, { recursive: true });
    // Loaded on first open: a one-shot console command that reads no store does not pay for the native module.
    const SQLite = requirePackage<typeof Database>('libsql');
    const db = new SQLite(memory ? ':memory:' : join(options.dir, DATABASE_FILE));
    // First, so that replicas opening one file together wait for each other's locks instead of failing.
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    waitingWhileBusy(() => db.exec('PRAGMA journal_mode = WAL'));
    // NORMAL in WAL mode: a commit is in the log before the call returns, so it survives the process dying.
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA foreign_keys = ON');
    migrate(db);
    return new FeedbackStore(db, options);
  }

  private keptSalt(): string {
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'member_salt'").get() as { value: string } | undefined;
    if (row) return row.value;
    // Replicas sharing DATA_DIR may start together: the first salt written is the one all of them keep.
    this.db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('member_salt', ?)").run(newSalt());
    return this.keptSalt();
  }

  private prepareWrites(): FeedbackStore['writes'] {
    const insertQuestion = this.db.prepare('INSERT INTO questions (id, asked_at, member, text, outcome, reference, source) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const insertWord = this.db.prepare('INSERT INTO missing_words (question_id, word) VALUES (?, ?)');
    const questionExists = this.db.prepare('SELECT 1 FROM questions WHERE id = ?');
    const votedBefore = this.db.prepare('SELECT vote FROM votes WHERE question_id = ? AND member = ?');
    const upsertVote = this.db.prepare(
      'INSERT INTO votes (question_id, member, vote, voted_at) VALUES (?, ?, ?, ?) ON CONFLICT (question_id, member) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at',
    );
    return {
      recordQuestion: this.db.transaction((question: AskedQuestion): number => {
        const id = newQuestionId();
        insertQuestion.run(id, this.now(), memberHash(question.memberId, this.salt), this.options.storeQuestions ? question.text : null, question.outcome, question.reference ?? null, question.source);
        for (const word of new Set(question.missing.map((missing) => missing.toLowerCase()))) insertWord.run(id, word);
        return id;
      }),
      vote: this.db.transaction((questionId: number, member: string, vote: 1 | -1): VoteOutcome => {
        if (!questionExists.get(questionId)) return 'unknown-answer';
        const before = votedBefore.get(questionId, member) as { vote: number } | undefined;
        upsertVote.run(questionId, member, vote, this.now());
        if (!before) return 'stored';
        return before.vote === vote ? 'unchanged' : 'changed';
      }),
    };
  }

  /** Records a question and returns its id, which the answer's vote buttons carry. */
  recordQuestion(question: AskedQuestion): number {
    return this.writes.recordQuestion(question);
  }

  /** One vote per member per answer: voting again replaces the vote. */
  vote(questionId: number, memberId: string, vote: 1 | -1): VoteOutcome {
    return this.writes.vote(questionId, memberHash(memberId, this.salt), vote);
  }

  /** What was asked and voted over a period that ends now. */
  report(period: ReportPeriod): FeedbackReport {
    const since = periodStart(period, this.now());
    // sum() is null over no rows.
    const asked = this.db
      .prepare("SELECT count(*) AS questions, sum(outcome = 'answer') AS answered, sum(outcome = 'refusal') AS refused, sum(source = 'message') AS fromMessages FROM questions WHERE asked_at >= ?")
      .get(since) as Record<'questions' | 'answered' | 'refused' | 'fromMessages', number | null>;
    const votes = this.db.prepare('SELECT sum(vote = 1) AS up, sum(vote = -1) AS down FROM votes WHERE voted_at >= ?').get(since) as Record<'up' | 'down', number | null>;
    const counts = {
      questions: Number(asked.questions ?? 0),
      answered: Number(asked.answered ?? 0),
      refused: Number(asked.refused ?? 0),
      fromMessages: Number(asked.fromMessages ?? 0),
      up: Number(votes.up ?? 0),
      down: Number(votes.down ?? 0),
    };
    const words = this.db
      .prepare(
        `SELECT word, count(*) AS n FROM missing_words JOIN questions ON questions.id = missing_words.question_id
         WHERE asked_at >= ? GROUP BY word ORDER BY n DESC, word LIMIT ${REPORT_ROWS}`,
      )
      .all(since) as { word: string; n: number }[];
    const examples = this.db.prepare(
      `SELECT DISTINCT text FROM questions JOIN missing_words ON questions.id = missing_words.question_id
       WHERE word = ? AND asked_at >= ? AND text IS NOT NULL ORDER BY asked_at DESC LIMIT ${EXAMPLES_PER_WORD}`,
    );
    const downVoted = this.db
      .prepare(
        `SELECT text, reference, sum(vote = 1) AS up, sum(vote = -1) AS down FROM questions JOIN votes ON votes.question_id = questions.id
         WHERE outcome = 'answer' AND voted_at >= ? GROUP BY questions.id HAVING down > 0 ORDER BY down DESC, up, max(asked_at) DESC LIMIT ${REPORT_ROWS}`,
      )
      .all(since) as { text: string | null; reference: string | null; up: number; down: number }[];
    return {
      period,
      counts,
      missing: words.map(({ word, n }) => ({ word, count: Number(n), questions: (examples.all(word, since) as { text: string }[]).map((row) => row.text) })),
      downVoted: downVoted.map((row) => ({ ...(row.text === null ? {} : { question: row.text }), reference: row.reference ?? '', up: Number(row.up), down: Number(row.down) })),
    };
  }

  /** Deletes the questions asked, and the votes cast, over a period that ends now; returns how many of each went. */
  forget(period: ForgetPeriod): { questions: number; votes: number } {
    const since = periodStart(period, this.now());
    return this.db.transaction(() => {
      const votes = this.db.prepare('DELETE FROM votes WHERE voted_at >= ? OR question_id IN (SELECT id FROM questions WHERE asked_at >= ?)').run(since, since).changes;
      const questions = this.db.prepare('DELETE FROM questions WHERE asked_at >= ?').run(since).changes;
      return { questions, votes };
    })();
  }

  /** How many members voted on an answer, or on all answers; for tests and the bench. */
  votesFor(questionId?: number): number {
    const row = questionId === undefined ? this.db.prepare('SELECT count(*) AS n FROM votes').get() : this.db.prepare('SELECT count(*) AS n FROM votes WHERE question_id = ?').get(questionId);
    return Number((row as { n: number }).n);
  }

  /** A member's stored vote on an answer; for tests and the bench. */
  storedVote(questionId: number, memberId: string): 1 | -1 | undefined {
    const row = this.db.prepare('SELECT vote FROM votes WHERE question_id = ? AND member = ?').get(questionId, memberHash(memberId, this.salt)) as { vote: 1 | -1 } | undefined;
    return row?.vote;
  }

  close(): void {
    this.db.close();
  }
}
