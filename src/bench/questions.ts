import { join } from 'node:path';
import type { Contents } from '../engine/sections.ts';
import type { SummarizeOptions, SummaryLength } from '../engine/summarize.ts';
import { readQuestionLines, readSquad } from '../eval/datasets.ts';
import { SHARED_DATA } from '../eval/sharedData.ts';
import type { Document } from '../knowledge/types.ts';
import { sentencesOf } from '../knowledge/types.ts';
import { SeededRandom } from './random.ts';

const readSeedQuestions = (root: string): Promise<{ question: string }[]> => readQuestionLines(join(root, 'data/qa/seed-dev.jsonl'));

/** What the one-shot `docent ask` asks: the first seed question, the first of every mix's `asks`. */
export async function oneShotQuestion(root: string): Promise<string> {
  const [first] = await readSeedQuestions(root);
  if (!first) throw new Error('data/qa/seed-dev.jsonl holds no question');
  return first.question;
}

/** Inputs for each kind of call the bench makes. */
export interface Calls {
  /** Questions for `ask`, and for the plain MiniSearch baseline. */
  readonly asks: readonly string[];
  /** Remembered phrases for `quote`: fragments of the corpus's sentences, some with a typo or a word missing. */
  readonly quotes: readonly string[];
  /** What a member has typed so far, keystroke by keystroke, for autocomplete. */
  readonly typed: readonly string[];
  readonly summaries: readonly SummarizeOptions[];
}

/** What the bench asks of one corpus: the same for the same seed and corpus, in every run. */
export interface QuestionMix extends Calls {
  /**
   * Other calls of every kind, run first, so that the measured ones meet compiled code: questions the corpus
   * answers (its own sentences) as well as ones it refuses.
   */
  readonly warmUp: Calls;
  /**
   * More questions, asked once after the warm-up rounds: what only a word not met before runs (its analysis, its
   * related forms) is compiled after many such words, as in a bot that has been answering for a while. Their
   * latencies are those of a process just started.
   */
  readonly warmUpQuestions: readonly string[];
}

const SQUAD_ASKS = 345;
const WARM_UP = 50;
/**
 * SQuAD questions apart from the measured ones, for `warmUpQuestions`. After 300, a seed run's p99 still swung from
 * 1 to 5 ms with V8 compiling and deoptimizing inside the measured calls; after 2,000 it held near 1 ms.
 */
const WARM_UP_QUESTIONS = 2_000;
/** Calls of each other kind in the warm-up. */
const WARM_UP_CALLS = 20;
const QUOTES = 100;
const TYPED_PHRASES = 30;
/** Autocomplete is asked again every few characters, as Discord does while a member types. */
const KEYSTROKE_STEP = 3;
const SUMMARIES = 60;
const LENGTHS: readonly SummaryLength[] = ['short', 'medium', 'long'];

/** A word of the fragment with two inner letters swapped, as a hurried typist would. */
function withTypo(words: string[], random: SeededRandom): string[] {
  const long = words.map((word, i) => [word, i] as const).filter(([word]) => word.length >= 5);
  if (long.length === 0) return words;
  const [word, i] = random.pick(long);
  const at = random.int(1, word.length - 3);
  const copy = [...words];
  copy[i] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return copy;
}

function fragments(documents: readonly Document[], random: SeededRandom, count = QUOTES): string[] {
  const sentences = documents.flatMap((document) => sentencesOf(document)).filter((sentence) => sentence.text.split(/\s+/u).length >= 6);
  return Array.from({ length: count }, (_, i) => {
    const sentence = random.pick(sentences);
    const words = sentence.text.split(/\s+/u);
    const length = random.int(4, Math.min(9, words.length));
    const start = random.int(0, words.length - length);
    const fragment = words.slice(start, start + length);
    if (i % 3 === 1) return withTypo(fragment, random).join(' ');
    if (i % 3 === 2) fragment.splice(random.int(1, fragment.length - 2), 1);
    return fragment.join(' ');
  });
}

function keystrokes(phrases: readonly string[]): string[] {
  return phrases.flatMap((phrase) => {
    const typed: string[] = [];
    for (let length = 2; length < phrase.length; length += KEYSTROKE_STEP) typed.push(phrase.slice(0, length));
    return [...typed, phrase];
  });
}

function summaryRequests(contents: readonly Contents[], random: SeededRandom, count = SUMMARIES): SummarizeOptions[] {
  const requests: SummarizeOptions[] = [];
  for (let i = 0; i < count; i++) {
    const { document, sections } = random.pick(contents);
    const length = random.pick(LENGTHS);
    const whole = i % 2 === 0;
    requests.push({ document: document.id, length, ...(whole ? {} : { section: String(random.pick(sections).number) }) });
  }
  return requests;
}

/**
 * The fixed question mix for a corpus: every seed question and a sample of SQuAD 1.1 part A's questions (answerable
 * or not in this corpus, as members' questions are), fragments of the corpus's own sentences to quote and to type,
 * and summaries of whole documents and of sections; then other calls of each kind for the warm-up.
 */
export async function questionMix(root: string, documents: readonly Document[], contents: readonly Contents[], seed: number): Promise<QuestionMix> {
  const random = new SeededRandom(seed);
  const seedQuestions = await readSeedQuestions(root);
  const squad = await readSquad(SHARED_DATA.squad11);
  const sampled = random.sample(squad.questions, SQUAD_ASKS + WARM_UP).map((question) => question.question);
  const quotes = fragments(documents, random);
  const summaries = summaryRequests(contents, random);
  // Drawn after the measured calls, which stay the same whatever the warm-up.
  const ownSentences = random.sample(documents.flatMap((document) => sentencesOf(document)), WARM_UP_CALLS).map((sentence) => sentence.text);
  const warmUpQuotes = fragments(documents, random, WARM_UP_CALLS);
  const warmUpSummaries = summaryRequests(contents, random, WARM_UP_CALLS);
  const drawn = new Set(sampled);
  const unmeasured = squad.questions.map((question) => question.question).filter((question) => !drawn.has(question));
  return {
    asks: [...seedQuestions.map((question) => question.question), ...sampled.slice(WARM_UP)],
    quotes,
    typed: keystrokes(quotes.slice(0, TYPED_PHRASES)),
    summaries,
    warmUp: {
      asks: [...sampled.slice(0, WARM_UP), ...ownSentences],
      quotes: warmUpQuotes,
      typed: keystrokes(warmUpQuotes.slice(0, WARM_UP_CALLS / 4)),
      summaries: warmUpSummaries,
    },
    warmUpQuestions: random.sample(unmeasured, WARM_UP_QUESTIONS),
  };
}
