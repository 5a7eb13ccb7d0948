import { Worker } from 'node:worker_threads';
import { watchKnowledge, type WatchOptions } from '../../knowledge/watch.ts';
import { KnowledgeError, type SkippedFile } from '../../knowledge/load.ts';
import type { Document } from '../../knowledge/types.ts';
import { moduleUrl, workerBoot } from '../../moduleUrl.ts';
import type { IndexOrigin } from '../../search/documentSearch.ts';
import type { AskOptions, AskResult } from '../ask.ts';
import type { Engine } from '../engine.ts';
import type { ReloadReport } from '../liveDocent.ts';
import type { Passage } from '../passage.ts';
import type { QuoteOptions, QuoteResult } from '../quote.ts';
import { section, sections, type Contents, type DocumentNeeded, type SectionText } from '../sections.ts';
import type { Summary, SummarizeOptions, SummaryNotFound } from '../summarize.ts';
import type { EngineOptions, EngineReply, EngineRequest, EngineSettings, EngineTask, LoadReply, ReloadReply, SearchCall, Searches } from './engineMessages.ts';

const ENTRY = moduleUrl('./engineWorker', import.meta.url);

type Waiting = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * The documents after a reload: those it kept are this thread's copies, the others came whole.
 * @throws Error when a kept document is not here: the two threads' documents no longer agree.
 */
function documentsAfter(previous: readonly Document[], named: readonly (string | Document)[]): Document[] {
  const byId = new Map(previous.map((document) => [document.id, document]));
  return named.map((document) => {
    if (typeof document !== 'string') return document;
    const kept = byId.get(document);
    if (!kept) throw new Error(`The engine thread kept the document "${document}", which this thread does not hold.`);
    return kept;
  });
}

/**
 * The engine for a long-running server: it searches in a worker thread, which holds the index, so that the event loop
 * answering Discord never waits on a search or on collecting its garbage (on a large corpus, a collection every 20 s
 * or so, 50–95 ms of it on the thread that searches). This thread keeps a copy of the documents, so browsing them
 * (tables of contents, sections, autocomplete of names) is answered at once. Reloads run in the worker too, and only
 * the documents they changed cross back.
 *
 * @example
 * const { engine } = await EngineThread.load('knowledge', { cacheDir: '.cache' });
 * const stop = engine.watch((report) => console.log(report.kind));
 * const result = await engine.ask('Who leads the faction?');
 * engine.sections(); // at once, from this thread's documents
 * await engine.close();
 */
export class EngineThread implements Engine {
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;
  private current: readonly Document[];
  private sentenceCount: number;
  private reportStop: (error: Error) => void = () => undefined;
  /**
   * Settles with what stopped the thread, if it stops before `close` (it ran out of memory, say): every search fails
   * from then on, so a server should end and be started again.
   */
  readonly stopped = new Promise<Error>((resolve) => (this.reportStop = resolve));

  private constructor(
    readonly dir: string,
    private readonly worker: Worker,
    loaded: Extract<LoadReply, { kind: 'loaded' }>,
  ) {
    this.current = loaded.documents;
    this.sentenceCount = loaded.sentences;
    worker.on('message', (reply: EngineReply) => this.settle(reply));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`The engine thread stopped (exit code ${code}).`)));
  }

  /**
   * Starts the thread and loads the folder there, as `Docent.load` does.
   * @throws KnowledgeError when the folder is missing or holds no usable document; Error when the thread fails.
   */
  static async load(dir: string, options: EngineOptions = {}): Promise<{ engine: EngineThread; skipped: readonly SkippedFile[]; index?: IndexOrigin }> {
    const settings: EngineSettings = { entry: ENTRY.href, dir, options };
    const worker = new Worker(workerBoot(ENTRY), { workerData: settings });
    const loaded = await new Promise<LoadReply>((resolve, reject) => {
      const stopped = (code: number): void => reject(new Error(`The engine thread stopped (exit code ${code}) before it loaded ${dir}.`));
      // Only these listeners go: the worker's own, which start and stop its messages, stay.
      const settle = (): void => void worker.off('message', onLoaded).off('error', reject).off('exit', stopped);
      const onLoaded = (reply: LoadReply): void => {
        settle();
        resolve(reply);
      };
      worker.on('message', onLoaded).on('error', reject).on('exit', stopped);
    });
    if (loaded.kind === 'failed') {
      await worker.terminate();
      throw loaded.knowledge ? new KnowledgeError(loaded.knowledge.message, loaded.knowledge.skipped) : loaded.error;
    }
    const { skipped, index } = loaded;
    return { engine: new EngineThread(dir, worker, loaded), skipped, ...(index ? { index } : {}) };
  }

  get documents(): readonly Document[] {
    return this.current;
  }

  /** How many sentences the index in service holds. */
  get sentences(): number {
    return this.sentenceCount;
  }

  ask(question: string, options?: AskOptions): Promise<AskResult> {
    return this.search('ask', question, options);
  }

  findPassages(text: string, options?: { limit?: number; document?: string }): Promise<Passage[]> {
    return this.search('findPassages', text, options);
  }

  quote(text: string, options?: QuoteOptions): Promise<QuoteResult> {
    return this.search('quote', text, options);
  }

  summarize(options?: SummarizeOptions): Promise<Summary | SummaryNotFound | DocumentNeeded> {
    return this.search('summarize', options);
  }

  sections(document?: string): Contents[] {
    return sections(this.current, document);
  }

  section(name: string, document?: string): SectionText | DocumentNeeded | undefined {
    return section(this.current, name, document);
  }

  /** Warms the thread's engine up (see `Docent.warmUp`); questions asked meanwhile wait for it. */
  async warmUp(): Promise<void> {
    await this.request({ kind: 'warm-up' });
  }

  /** Reads the folder again in the thread (see `LiveDocent.reload`), then takes its changed documents in here. */
  async reload(): Promise<ReloadReport> {
    const { report, documents } = (await this.request({ kind: 'reload' })) as ReloadReply;
    if (report.kind === 'reloaded' && documents) {
      this.current = documentsAfter(this.current, documents);
      this.sentenceCount = report.sentences;
    }
    return report;
  }

  /** Reloads whenever the folder changes, reporting each reload, or why the thread could not; returns a function that stops watching. */
  watch(onReload: (report: ReloadReport) => void, options?: WatchOptions): () => void {
    const failed = (error: Error): void => onReload({ kind: 'failed', reason: error.message, error });
    return watchKnowledge(this.dir, () => void this.reload().then(onReload, failed), options);
  }

  /** Stops the thread; questions still waiting are answered with an error. */
  async close(): Promise<void> {
    this.closing = true;
    await this.worker.terminate();
  }

  private search<M extends keyof Searches>(method: M, ...args: Parameters<Searches[M]>): Promise<ReturnType<Searches[M]>> {
    return this.request({ kind: 'search', call: { method, args } as SearchCall }) as Promise<ReturnType<Searches[M]>>;
  }

  private request(task: EngineTask): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...task, id } satisfies EngineRequest);
    });
  }

  private settle(reply: EngineReply): void {
    const waiting = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if (reply.ok) waiting?.resolve(reply.value);
    else waiting?.reject(new Error(reply.message));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(this.failure);
    this.waiting.clear();
    if (!this.closing) this.reportStop(this.failure);
  }
}
