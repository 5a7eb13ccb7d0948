import { sign, type KeyObject } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { percentile } from '../../eval/metrics.ts';
import type { WebhookSink } from './webhookSink.ts';

/** Throughput and latency of /ask over HTTP, as members see it: from Discord's POST to the answer's webhook edit. */
export interface AskLoadFigures {
  readonly asks: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** CPU time the replicas spent per answer: what one answer costs, whatever else the machine is running. */
  readonly cpuMsPerAsk: number;
}

export interface AskLoad {
  /** Where the load balancer sends interactions, in turn. */
  readonly urls: readonly string[];
  readonly questions: readonly string[];
  /** Interactions in flight at once: as many members asking at the same moment. */
  readonly concurrency: number;
  readonly privateKey: KeyObject;
  readonly sink: WebhookSink;
  /** The CPU time, in ms, the replicas have used so far. */
  readonly replicaCpuMs: () => number;
}

const APPLICATION_ID = '100000000000000001';
let nextId = 900000000000000000n;

/** A signed /ask interaction from a member of its own, so that no cooldown applies. */
function signedAsk(question: string, privateKey: KeyObject): { token: string; body: string; headers: Record<string, string> } {
  const id = String(nextId++);
  const token = `bench-${id}`;
  const body = JSON.stringify({
    id,
    application_id: APPLICATION_ID,
    type: 2,
    token,
    version: 1,
    guild_id: '100000000000000010',
    channel: { id: '100000000000000002', type: 0 },
    channel_id: '100000000000000002',
    member: { user: { id, username: 'member', discriminator: '0', global_name: 'Member', avatar: null }, roles: [], joined_at: new Date(0).toISOString(), permissions: '2048', deaf: false, mute: false, flags: 0 },
    app_permissions: '2048',
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: {},
    context: 0,
    data: { id: '300000000000000001', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] },
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  return { token, body, headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp } };
}

/** One /ask: the POST, then the webhook edit that carries the answer; its milliseconds. */
async function askOnce(url: string, question: string, load: AskLoad): Promise<number> {
  const { token, body, headers } = signedAsk(question, load.privateKey);
  const answered = load.sink.next(token);
  const start = performance.now();
  const response = await fetch(`${url}/interactions`, { method: 'POST', headers, body });
  const first = (await response.json()) as { type?: number };
  if (response.status !== 200 || first.type !== 5) throw new Error(`a replica answered /ask with ${response.status} ${JSON.stringify(first)}`);
  await answered;
  return performance.now() - start;
}

const round = (value: number): number => Number(value.toFixed(1));

/** Every question asked once, `concurrency` at a time, round-robin over the replicas. */
export async function runAskLoad(load: AskLoad): Promise<AskLoadFigures> {
  const times: number[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < load.questions.length) {
      const i = next++;
      times.push(await askOnce(load.urls[i % load.urls.length]!, load.questions[i]!, load));
    }
  };
  const start = performance.now();
  const cpuBefore = load.replicaCpuMs();
  await Promise.all(Array.from({ length: load.concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  const cpuMsPerAsk = (load.replicaCpuMs() - cpuBefore) / times.length;
  return { asks: times.length, perSecond: round(times.length / seconds), p50: round(percentile(times, 0.5)), p99: round(percentile(times, 0.99)), cpuMsPerAsk: round(cpuMsPerAsk) };
}
