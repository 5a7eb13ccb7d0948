import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { quotedText } from '../../engine/ask.ts';
import { loadKnowledge } from '../../knowledge/load.ts';
import { DocumentSearch } from '../../search/documentSearch.ts';
import { linearScore, type LinearModel } from '../../search/rank/model.ts';
import { STRUCTURE_FEATURE_NAMES } from '../../search/rank/structureFeatures.ts';
import { RANKING_MODEL } from '../../search/rank/weights.ts';
import { readQuestionLines, type EvalQuestion } from '../datasets.ts';
import { containsAnswer } from '../judge.ts';
import { formatTable } from '../table.ts';
import type { Group } from './listwise.ts';
import { fitListwise } from './listwise.ts';

const USAGE = `Usage: npm run fit:structure -- [--sets data/tech] [--held-out ../shared/docs-qa] [--write]

Fits the structure model (src/search/rank/structureFeatures.ts: heading, section, place in the section, code) on the
project's technical question sets: each FOLDER.jsonl of --sets asked of the documents in FOLDER/. The sentence
ranking fitted on SQuAD stays as it is; the structure model's score is added to it. Every figure is held out: each
set is scored by a model fitted on the other sets, and --held-out (dev.jsonl over docs/) by the model fitted on all
of them, which never sees it. --write writes that model to src/search/rank/structureWeights.ts.`;

const WEIGHTS_FILE = fileURLToPath(new URL('../../search/rank/structureWeights.ts', import.meta.url));
const NO_STRUCTURE: LinearModel = { bias: 0, weights: {} };

/** A question set over its own documents: the search they are asked of, and the questions. */
interface TechnicalSet {
  readonly name: string;
  readonly search: DocumentSearch;
  readonly questions: readonly EvalQuestion[];
}

async function readSet(name: string, questionsFile: string, knowledgeDir: string): Promise<TechnicalSet> {
  const { documents } = await loadKnowledge(knowledgeDir);
  const questions = (await readQuestionLines(questionsFile)).filter((question) => !question.unanswerable);
  return { name, search: DocumentSearch.build(documents), questions };
}

/** Every FOLDER.jsonl of the directory with its FOLDER of documents. */
async function readSets(dir: string): Promise<TechnicalSet[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.jsonl')).sort();
  return Promise.all(names.map((name) => readSet(name.replace(/\.jsonl$/u, ''), join(dir, name), join(dir, name.replace(/\.jsonl$/u, '')))));
}

/** The candidates of every question of a set, as rows of (ranking score, structure features), labelled by the answer. */
function structureGroups(set: TechnicalSet): Group[] {
  return set.questions.map((question) => {
    const { query, ranked } = set.search.rankQuestion(question.question, { structure: NO_STRUCTURE });
    return {
      rows: ranked.map((candidate) => [linearScore(RANKING_MODEL, candidate.features), ...STRUCTURE_FEATURE_NAMES.map((name) => candidate.structure[name])]),
      positive: ranked.map((candidate) => containsAnswer(quotedText(set.search, query, [candidate.entry]), question.answers)),
    };
  });
}

/**
 * The structure model from listwise weights over (ranking score, features): divided by the ranking score's weight,
 * so that the ranking's own score is added unchanged and the fitted text ranking keeps its scale for the refusal.
 */
function structureModel(groups: readonly Group[]): LinearModel {
  const [scale, ...weights] = fitListwise(groups);
  const unit = scale && scale > 0 ? scale : 1;
  return { bias: 0, weights: Object.fromEntries(STRUCTURE_FEATURE_NAMES.map((name, i) => [name, Number(((weights[i] ?? 0) / unit).toFixed(4))])) };
}

/** How often the first window, and any of the first three, quote an answer (refusals aside: this measures the ranking). */
function windowHits(set: TechnicalSet, structure: LinearModel): { hit1: number; hit3: number } {
  let hit1 = 0;
  let hit3 = 0;
  for (const question of set.questions) {
    const { query, windows } = set.search.rankQuestion(question.question, { structure });
    const hits = windows.slice(0, 3).map((window) => containsAnswer(quotedText(set.search, query, window.entries), question.answers));
    if (hits[0]) hit1++;
    if (hits.some(Boolean)) hit3++;
  }
  const n = Math.max(1, set.questions.length);
  return { hit1: hit1 / n, hit3: hit3 / n };
}

function row(name: string, count: number, before: { hit1: number; hit3: number }, after: { hit1: number; hit3: number }): (string | number)[] {
  return [name, count, before.hit1.toFixed(3), after.hit1.toFixed(3), before.hit3.toFixed(3), after.hit3.toFixed(3)];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sets: { type: 'string', default: 'data/tech' },
      'held-out': { type: 'string', default: '../shared/docs-qa' },
      write: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const sets = await readSets(values.sets!);
  const groups = new Map(sets.map((set) => [set, structureGroups(set)]));
  const rows = sets.map((held) => {
    const model = structureModel(sets.filter((set) => set !== held).flatMap((set) => groups.get(set)!));
    return row(held.name, held.questions.length, windowHits(held, NO_STRUCTURE), windowHits(held, model));
  });
  const model = structureModel([...groups.values()].flat());
  const heldOut = await readSet('docs-qa dev', join(values['held-out']!, 'dev.jsonl'), join(values['held-out']!, 'docs'));
  console.log('Window hit@1 and hit@3 (refusals aside), each set held out:');
  console.log(
    formatTable([
      ['set', 'answerable', 'hit@1 before', 'hit@1 after', 'hit@3 before', 'hit@3 after'],
      ...rows,
      row(`${heldOut.name} (all sets fitted)`, heldOut.questions.length, windowHits(heldOut, NO_STRUCTURE), windowHits(heldOut, model)),
    ]),
  );

  if (values.write) {
    await writeFile(WEIGHTS_FILE, weightsSource(model));
    console.log(`Wrote ${WEIGHTS_FILE}`);
  } else {
    console.log(JSON.stringify(model, null, 2));
  }
}

function weightsSource(model: LinearModel): string {
  return `import type { LinearModel } from './model.ts';

// Generated by \`npm run fit:structure -- --write\` from the project's technical question sets (data/tech). Do not edit by hand: re-run the fit.

/** Weights of the layout features (structureFeatures.ts), added to the ranking model's score. */
export const STRUCTURE_MODEL: LinearModel = ${JSON.stringify(model, null, 2)};
`;
}

main().catch((error: unknown) => {
  console.error(`fit:structure: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
