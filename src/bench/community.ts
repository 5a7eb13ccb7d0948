import { Events } from 'discord.js';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { DiscordDouble, USER, type RecordedRequest } from '../../tests/discord/double/discordDouble.ts';
import { startBot } from '../discord/bot.ts';
import { Cooldown } from '../discord/cooldown.ts';
import { loadCommands } from '../discord/loadCommands.ts';
import { Docent } from '../engine/docent.ts';
import { percentile } from '../eval/metrics.ts';
import { createLogger } from '../log.ts';
import { FeedbackStore } from '../store/feedbackStore.ts';
import { SeededRandom } from './random.ts';

/** The burst the bench sends: questions by mention, then votes on their answers, from a crowd of members. */
export interface CommunityBurst {
  readonly questions: number;
  readonly votes: number;
  readonly members: number;
  readonly seed: number;
  /** ANSWER_IN_THREADS: two requests an answer (open the thread, post in it), or one (a reply). */
  readonly threads: boolean;
}

export const DEFAULT_BURST: CommunityBurst = { questions: 500, votes: 1000, members: 50, seed: 7, threads: true };

/** What the burst showed: whether every question and vote was handled exactly once, and how long members waited. */
export interface CommunityFigures {
  readonly burst: CommunityBurst;
  readonly answeredOnce: number;
  readonly answeredTwice: number;
  readonly unanswered: number;
  readonly threadsOpened: number;
  readonly replyMs: { readonly p50: number; readonly p99: number; readonly max: number };
  readonly votesAcknowledged: number;
  /** Distinct (member, answer) pairs voted on, and the rows the store holds: equal when no vote was stored twice. */
  readonly votePairs: number;
  readonly voteRows: number;
  /** Pairs whose stored vote is not the member's last acknowledged one. */
  readonly votesWrong: number;
  readonly voteAckMs: { readonly p50: number; readonly p99: number; readonly max: number };
  readonly burstSeconds: number;
}

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GdOcnt.YmVuY2gtdG9rZW4tbmV2ZXItdXNlZC1vbmxpbmU';
const MENTION = '<@100000000000000001>';
const SEED_QUESTIONS = ['data/qa/seed-dev.jsonl', 'data/qa/seed-blind.jsonl'];
const TIMEOUT_MS = 300_000;

const spread = (times: readonly number[]) => ({
  p50: Number(percentile(times, 0.5).toFixed(1)),
  p99: Number(percentile(times, 0.99).toFixed(1)),
  max: Number(Math.max(0, ...times).toFixed(1)),
});

function seedQuestions(root: string): string[] {
  return SEED_QUESTIONS.flatMap((file) =>
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { q: string }).q),
  );
}

async function until(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`the community burst timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Runs the real bot (discord.js Client, router, engine over knowledge/, a feedback store on disk) against the Discord
 * double on 127.0.0.1, sends the burst at once, and checks every answer and every stored vote.
 */
export async function benchCommunity(root: string, burst: CommunityBurst = DEFAULT_BURST): Promise<CommunityFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'docent-bench-community-'));
  const double = await DiscordDouble.start();
  const feedback = FeedbackStore.open({ dir: dataDir, storeQuestions: true });
  const logger = createLogger({ level: 'warn', secrets: [TOKEN], pretty: false, destination: new Writable({ write: (_chunk, _encoding, next) => next() }) });
  const { docent } = await Docent.load(join(root, 'knowledge'));
  docent.warmUp();
  const client = await startBot({
    settings: { token: TOKEN, applicationId: USER.id, apiUrl: double.apiUrl },
    docent: () => docent,
    commands: await loadCommands(),
    logger,
    // The burst measures answering, not the rate limit: ten questions and twenty votes a member pass it.
    cooldown: new Cooldown({ limit: 1_000, windowMs: 1_000 }),
    community: { feedback, answerInThreads: burst.threads, askChannels: new Set() },
  });
  try {
    if (!client.isReady()) await once(client, Events.ClientReady);
    const random = new SeededRandom(burst.seed);
    const members = Array.from({ length: burst.members }, (_, i) => ({ ...USER, id: String(300000000000000000n + BigInt(i)) }));
    const questions = seedQuestions(root);

    const sentAt = new Map<string, number>();
    const replies = new Map<string, RecordedRequest[]>();
    const replyMs: number[] = [];
    let threadsOpened = 0;
    const stopListening = double.rest.onRequest((request) => {
      if (request.method !== 'POST') return;
      if (request.path.endsWith('/threads')) threadsOpened += 1;
      const channel = /\/channels\/(\d+)\/messages$/u.exec(request.path)?.[1];
      if (channel === undefined) return;
      // An answer is posted in the thread that took the message's id, or replies to the message.
      const thread = sentAt.has(channel) ? channel : String(request.body?.message_reference?.message_id);
      const started = sentAt.get(thread);
      if (started === undefined) return;
      const seen = replies.get(thread) ?? [];
      if (seen.length === 0) replyMs.push(performance.now() - started);
      replies.set(thread, [...seen, request]);
    });
    const start = performance.now();
    for (let i = 0; i < burst.questions; i++) {
      const user = members[i % members.length]!;
      const sent = double.message({ content: `${MENTION} ${questions[i % questions.length]}`, user });
      sentAt.set(sent.id, performance.now());
    }
    await until(() => replies.size === burst.questions, `${burst.questions} answers (${replies.size} so far)`);
    // A moment for any second answer to one question to arrive and be counted.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const voteIds = [...replies.values()].flatMap(([reply]) =>
      ((reply?.body?.components ?? []) as { components: { custom_id: string }[] }[])
        .flatMap((row) => row.components.map((button) => button.custom_id))
        .filter((id) => id.startsWith('vote|')),
    );
    const last = new Map<string, string>();
    const ackMs: number[] = [];
    // Acknowledgements are matched by a listener, not by polling the double's whole log once per pending vote.
    const pending = new Map<string, () => void>();
    const stopAcks = double.rest.onRequest((request) => {
      const id = /^\/api\/v10\/interactions\/(\d+)\/[^/]+\/callback$/u.exec(request.path)?.[1];
      if (id !== undefined) pending.get(id)?.();
    });
    await Promise.all(
      Array.from({ length: burst.votes }, async (_, i) => {
        const user = members[i % members.length]!;
        const customId = random.pick(voteIds);
        const pressedAt = performance.now();
        const message = { id: String(400000000000000000n + BigInt(i)), channel_id: '100000000000000012', flags: 0, embeds: [], components: [] };
        await new Promise<void>((resolve) => {
          const sent = double.interact({ type: 3, user, data: { custom_id: customId, component_type: 2 }, message });
          pending.set(sent.id, resolve);
        });
        ackMs.push(performance.now() - pressedAt);
        last.set(`${customId.split('|')[2]}|${user.id}`, customId.split('|')[1]!);
      }),
    );
    stopAcks();
    const acknowledged = ackMs.length;
    const burstSeconds = (performance.now() - start) / 1000;
    stopListening();

    let votesWrong = 0;
    for (const [pair, direction] of last) {
      const [answer, memberId] = pair.split('|');
      if (feedback.storedVote(Number(answer), memberId!) !== (direction === 'up' ? 1 : -1)) votesWrong += 1;
    }
    const counts = [...replies.values()].map((list) => list.length);
    return {
      burst,
      answeredOnce: counts.filter((count) => count === 1).length,
      answeredTwice: counts.filter((count) => count > 1).length,
      unanswered: burst.questions - replies.size,
      threadsOpened,
      replyMs: spread(replyMs),
      votesAcknowledged: acknowledged,
      votePairs: last.size,
      voteRows: feedback.votesFor(),
      votesWrong,
      voteAckMs: spread(ackMs),
      burstSeconds: Number(burstSeconds.toFixed(1)),
    };
  } finally {
    await client.destroy();
    await double.close();
    feedback.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The figures as lines for a reader. */
export function describeCommunity(figures: CommunityFigures): string {
  const { burst } = figures;
  return [
    `Community burst, ${burst.threads ? 'answers in threads' : 'answers as replies (ANSWER_IN_THREADS=false)'}: ${burst.questions} mention-questions and ${burst.votes} votes from ${burst.members} members, sent at once through the Discord double (seed ${burst.seed}), in ${figures.burstSeconds} s`,
    `  questions answered once: ${figures.answeredOnce} of ${burst.questions}; answered twice: ${figures.answeredTwice}; unanswered: ${figures.unanswered}; threads opened: ${figures.threadsOpened}`,
    `  message → answer, ms: p50 ${figures.replyMs.p50} / p99 ${figures.replyMs.p99} / max ${figures.replyMs.max}`,
    `    (${burst.threads ? 'two requests an answer, open the thread and post in it' : 'one request an answer'}; discord.js holds a bot to Discord's global 50 requests a second)`,
    `  votes acknowledged: ${figures.votesAcknowledged} of ${burst.votes}; distinct member-answer pairs ${figures.votePairs}, rows stored ${figures.voteRows} (none twice: ${figures.votePairs === figures.voteRows}); stored vote not the last acknowledged: ${figures.votesWrong}`,
    `  vote → acknowledgement, ms: p50 ${figures.voteAckMs.p50} / p99 ${figures.voteAckMs.p99} / max ${figures.voteAckMs.max}`,
  ].join('\n');
}
