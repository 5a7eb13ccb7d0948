import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readQuestionLines, readSquad } from '../../eval/datasets.ts';
import { SHARED_DATA } from '../../eval/sharedData.ts';
import type { Corpus } from '../corpora.ts';
import { SeededRandom } from '../random.ts';
import { runAskLoad, type AskLoadFigures } from './askLoad.ts';
import { startReplicaProcess, type ReplicaProcess } from './replicaProcess.ts';
import { WebhookSink } from './webhookSink.ts';

/** /ask over HTTP on one corpus: one replica, then two behind a round-robin balancer, on the same questions. */
export interface HttpFigures {
  readonly corpus: string;
  readonly oneReplica: AskLoadFigures;
  readonly twoReplicas: AskLoadFigures;
}

export interface HttpBenchSettings {
  readonly root: string;
  /** Questions asked before measuring, so that both replicas run compiled code. */
  readonly warmUp: readonly string[];
  readonly questions: readonly string[];
  readonly concurrency: number;
}

/**
 * Starts two `npm run serve:http` replicas on a corpus (the first builds the index, the second reads it from the
 * cache, as a second pod would from a shared volume) and measures /ask through one and through both.
 */
export async function benchHttpCorpus(corpus: Corpus, settings: HttpBenchSettings): Promise<HttpFigures> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicKeyHex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
  const cacheDir = await mkdtemp(join(tmpdir(), 'docent-bench-http-'));
  const sink = await WebhookSink.start();
  const replicas: ReplicaProcess[] = [];
  try {
    const replicaSettings = { root: settings.root, knowledgeDir: corpus.dir, cacheDir, publicKeyHex, apiUrl: sink.apiUrl };
    for (let i = 0; i < 2; i++) replicas.push(await startReplicaProcess(replicaSettings));
    const urls = replicas.map((replica) => replica.url);
    const replicaCpuMs = () => replicas.reduce((sum, replica) => sum + replica.cpuMs(), 0);
    const load = { questions: settings.questions, concurrency: settings.concurrency, privateKey, sink, replicaCpuMs };
    await runAskLoad({ ...load, urls, questions: settings.warmUp });
    const oneReplica = await runAskLoad({ ...load, urls: urls.slice(0, 1) });
    const twoReplicas = await runAskLoad({ ...load, urls });
    return { corpus: corpus.name, oneReplica, twoReplicas };
  } finally {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await sink.close();
    await rm(cacheDir, { recursive: true, force: true });
  }
}

/** The figures side by side, one row per corpus, in Markdown. */
export function httpFiguresTable(figures: readonly HttpFigures[], concurrency: number): string {
  const cell = (load: AskLoadFigures) => `${load.perSecond} | ${load.p50} | ${load.p99} | ${load.cpuMsPerAsk}`;
  return [
    `/ask over HTTP, ${concurrency} in flight: answers a second; p50 and p99 from the signed POST to the answer's webhook edit, and replica CPU per answer (ms):`,
    '',
    '| corpus | asks | 1 replica: /s | p50 | p99 | CPU | 2 replicas: /s | p50 | p99 | CPU |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...figures.map((row) => `| ${row.corpus} | ${row.oneReplica.asks} | ${cell(row.oneReplica)} | ${cell(row.twoReplicas)} |`),
  ].join('\n');
}

/** Questions measured per configuration, and asked before measuring. */
const MEASURED = 600;
const WARM_UP = 300;

/** The seed questions and a sample of SQuAD 1.1 part A's (answerable in the corpus or not, as members' are). */
export async function httpQuestions(root: string, seed: number): Promise<Pick<HttpBenchSettings, 'warmUp' | 'questions'>> {
  const seedQuestions = (await readQuestionLines(join(root, 'data/qa/seed-dev.jsonl'))).map((question) => question.question);
  const squad = (await readSquad(SHARED_DATA.squad11)).questions.map((question) => question.question);
  const sampled = new SeededRandom(seed).sample(squad, MEASURED + WARM_UP);
  return { warmUp: sampled.slice(0, WARM_UP), questions: [...seedQuestions, ...sampled.slice(WARM_UP)].slice(0, MEASURED) };
}
