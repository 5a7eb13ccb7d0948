import { loadKnowledge, type SkippedFile } from '../knowledge/load.ts';
import type { Document } from '../knowledge/types.ts';
import { buildIndex } from '../search/buildIndex.ts';
import type { SentenceIndex } from '../search/index/sentenceIndex.ts';
import { ask, type AskOptions, type AskResult } from './ask.ts';

/**
 * docent's engine: documents in, quoted answers with references out. Every method returns plain data.
 *
 * @example
 * const docent = await Docent.load('knowledge');
 * const result = docent.ask('Who leads the faction pushing for military action?');
 * if (result.kind === 'answer') console.log(result.answer.text, result.answer.ref);
 */
export class Docent {
  readonly index: SentenceIndex;

  /** Builds the index over documents already parsed, e.g. by `parseDocument`. */
  constructor(readonly documents: readonly Document[]) {
    this.index = buildIndex(documents);
  }

  /**
   * Loads every `.md` and `.txt` file of a folder.
   * @throws KnowledgeError when the folder is missing or holds no usable document.
   */
  static async load(dir: string): Promise<{ docent: Docent; skipped: readonly SkippedFile[] }> {
    const { documents, skipped } = await loadKnowledge(dir);
    return { docent: new Docent(documents), skipped };
  }

  /**
   * The best verbatim passage for a question, with supporting passages, or a refusal with its reason.
   *
   * @example
   * docent.ask('What did Sheinbaum say?', { supporting: 2 }); // at most two supporting passages
   * docent.ask('Who is the mayor of New York?'); // { kind: 'refusal', reason: 'not-mentioned', missing: ['New', 'York'] }
   */
  ask(question: string, options?: AskOptions): AskResult {
    return ask(this.index, question, options);
  }
}
