import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { offeredPassages, quotedText } from '../../engine/ask.ts';
import { textWithLead } from '../../engine/passage.ts';
import { loadKnowledge } from '../../knowledge/load.ts';
import { DocumentSearch } from '../../search/documentSearch.ts';
import { FITTED_JUDGES, judgeEvidence, MIN_COVERAGE, ruledOut, type RefusalJudge, type RefusalJudges } from '../../search/rank/evidence.ts';
import { MANUAL_REFUSAL_FEATURE_NAMES, manualRefusalFeatures } from '../../search/rank/manualRefusal.ts';
import { refusalFeatures } from '../../search/rank/refusalFeatures.ts';
import { linearScore, type LinearModel } from '../../search/rank/model.ts';
import { STRUCTURE_FEATURE_NAMES } from '../../search/rank/structureFeatures.ts';
import { RANKING_MODEL } from '../../search/rank/weights.ts';
import { readQuestionLines, type EvalQuestion } from '../datasets.ts';
import { containsAnswer } from '../judge.ts';
import { formatTable } from '../table.ts';
import { fitListwise, type Group } from './listwise.ts';
import { fitLogistic, logisticProbability } from './logistic.ts';
import { crossValidatedL2 } from './regularisation.ts';
import { CANDIDATE_THRESHOLDS } from './thresholds.ts';

const USAGE = `Usage: npm run fit:manuals -- [--sets data/tech] [--held-out ../shared/docs-qa] [--max-false-refusals 0.02] [--write]

Fits what docent reads differently in a manual, on the project's technical question sets (each FOLDER.jsonl of --sets
asked of the documents in FOLDER/): the structure model (structureFeatures.ts: an FAQ heading that asks, code), added
to the prose ranking fitted on SQuAD; then, under it, the manual refusal model (manualRefusal.ts), a logistic model
whose L2 strength is chosen by cross-validation over its training sets and whose threshold is the highest at which,
out of fold, it refuses by itself at most --max-false-refusals of the answerable questions that no rule and no
coverage floor refuses. Every figure is held out: each set is scored by models fitted on the other sets, and
--held-out (dev.jsonl over docs/) by the models fitted on all of them, which never see it; hit@1 and hit@3 are read
from the passages /ask offers, as npm run eval reads them. --write writes those models to
src/search/rank/manualWeights.ts.`;

const WEIGHTS_FILE = fileURLToPath(new URL('../../search/rank/manualWeights.ts', import.meta.url));
const NO_STRUCTURE: LinearModel = { bias: 0, weights: {} };

/** A question set over its own documents: the search they are asked of, and the questions. */
interface TechnicalSet {
  readonly name: string;
  readonly search: DocumentSearch;
  readonly questions: readonly EvalQuestion[];
}

/** The models fitted for manuals, and how they are judged. */
interface ManualModels {
  readonly structure: LinearModel;
  readonly refusal: RefusalJudge;
}

/** The prose models alone, for manuals too: the prose ranking, the prose refusal model (this change's rules included). */
const PROSE_ONLY = { structure: NO_STRUCTURE, judges: { prose: FITTED_JUDGES.prose } };

async function readSet(name: string, questionsFile: string, knowledgeDir: string): Promise<TechnicalSet> {
  const { documents } = await loadKnowledge(knowledgeDir);
  return { name, search: DocumentSearch.build(documents), questions: await readQuestionLines(questionsFile) };
}

/** Every FOLDER.jsonl of the directory with its FOLDER of documents, in natural order (t2 before t10). */
async function readSets(dir: string): Promise<TechnicalSet[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.jsonl')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return Promise.all(names.map((name) => readSet(name.replace(/\.jsonl$/u, ''), join(dir, name), join(dir, name.replace(/\.jsonl$/u, '')))));
}

/** The candidates of every answerable question, as rows of (ranking score, structure features), labelled by the answer. */
function structureGroups(set: TechnicalSet): Group[] {
  return set.questions
    .filter((question) => !question.unanswerable)
    .map((question) => {
      const { query, ranked } = set.search.rankQuestion(question.question, { structure: NO_STRUCTURE });
      return {
        rows: ranked.map((candidate) => [linearScore(RANKING_MODEL, candidate.features), ...STRUCTURE_FEATURE_NAMES.map((name) => candidate.structure[name])]),
        positive: ranked.map((candidate) => containsAnswer(quotedText(set.search, query, [candidate.entry]), question.answers)),
      };
    });
}

/**
 * The structure model from listwise weights over (ranking score, features): divided by the ranking score's weight,
 * so that the ranking's own score is added unchanged and the refusal models read scores on the scale they know.
 * @throws Error when the fit gives the ranking's own score no positive weight: the features would then replace it.
 */
function structureModel(groups: readonly Group[]): LinearModel {
  const [scale, ...weights] = fitListwise(groups);
  if (scale === undefined || scale <= 0) throw new Error(`the ranking's own score was fitted a weight of ${scale}; the structure model only adds to it`);
  return { bias: 0, weights: Object.fromEntries(STRUCTURE_FEATURE_NAMES.map((name, i) => [name, Number(((weights[i] ?? 0) / scale).toFixed(4))])) };
}

/** One question under a structure model: the manual refusal inputs of its best window, and what refuses it whatever they say. */
interface RefusalRow {
  readonly inputs: number[];
  readonly answerable: boolean;
  /** Refused by a rule before any model (`ruledOut`): left out of the fit, as the prose fit leaves them. */
  readonly ruled: boolean;
  /** The best window meets less than `MIN_COVERAGE` of the question, or there is none: refused whatever the model says. */
  readonly lowCoverage: boolean;
  readonly set: number;
}

function refusalRows(sets: readonly TechnicalSet[], structure: LinearModel): RefusalRow[] {
  return sets.flatMap((set, i) =>
    set.questions.map((question) => {
      const { query, windows } = set.search.rankQuestion(question.question, { structure });
      const inputs = manualRefusalFeatures(query, windows, refusalFeatures(set.search.index, query, windows));
      return {
        inputs: MANUAL_REFUSAL_FEATURE_NAMES.map((name) => inputs[name] ?? 0),
        answerable: !question.unanswerable,
        ruled: ruledOut(query, windows),
        lowCoverage: (windows[0]?.features.unionCoverage ?? 0) < MIN_COVERAGE,
        set: i,
      };
    }),
  );
}

/**
 * The highest threshold at which the model, by itself, refuses at most `maxFalseRefusals` of the answerable
 * questions that no rule and no coverage floor refuses. (The prose fit caps every refusal of SQuAD 1.1's questions
 * instead; on manuals the rules alone refuse more than such a cap would allow.)
 */
function highestThreshold(rows: readonly RefusalRow[], probabilities: readonly number[], maxFalseRefusals: number): number {
  const weighed = rows.flatMap((row, i) => (row.answerable && !row.ruled && !row.lowCoverage ? [probabilities[i]!] : []));
  const falseShare = (t: number): number => weighed.filter((p) => p < t).length / Math.max(1, weighed.length);
  return CANDIDATE_THRESHOLDS.filter((t) => falseShare(t) <= maxFalseRefusals).at(-1) ?? 0;
}

/** The manual refusal model fitted on the rows no rule refuses, its L2 and threshold chosen over the rows' own sets. */
function refusalModel(rows: readonly RefusalRow[], maxFalseRefusals: number): RefusalJudge {
  const weighed = rows.filter((row) => !row.ruled);
  const x = weighed.map((row) => row.inputs);
  const y = weighed.map((row) => row.answerable);
  const l2 = crossValidatedL2(x, y, weighed.map((row) => row.set), { withinOneStandardError: true });
  // Each set's probabilities from a model fitted without it, so that the threshold is chosen on questions its model
  // did not see. (The structure model they are ranked under, and the L2 strength, were fitted with every set here.)
  const outOfFold = rows.map(() => 0);
  for (const set of new Set(rows.map((row) => row.set))) {
    const training = weighed.filter((row) => row.set !== set);
    const model = fitLogistic(training.map((row) => row.inputs), training.map((row) => row.answerable), { l2 });
    rows.forEach((row, i) => {
      if (row.set === set) outOfFold[i] = logisticProbability(model, row.inputs);
    });
  }
  const { weights, bias } = fitLogistic(x, y, { l2 });
  const model = { bias: Number(bias.toFixed(4)), weights: Object.fromEntries(MANUAL_REFUSAL_FEATURE_NAMES.map((name, i) => [name, Number(weights[i]!.toFixed(4))])) };
  return { model, threshold: highestThreshold(rows, outOfFold, maxFalseRefusals) };
}

/** Fits both models on the sets: the structure model first, the refusal model on rankings made under it. */
function fitManualModels(sets: readonly TechnicalSet[], groups: ReadonlyMap<TechnicalSet, Group[]>, maxFalseRefusals: number): ManualModels {
  const structure = structureModel(sets.flatMap((set) => groups.get(set)!));
  return { structure, refusal: refusalModel(refusalRows(sets, structure), maxFalseRefusals) };
}

/** What `npm run eval` measures, over the passages `/ask` offers: hit@1 and hit@3 (a refusal is a miss), refusals, false refusals. */
interface SetScores {
  readonly hit1: number;
  readonly hit3: number;
  readonly refused: number;
  readonly falseRefusals: number;
}

function scoreSet(set: TechnicalSet, structure: LinearModel, judges: RefusalJudges): SetScores {
  const scores = { hit1: 0, hit3: 0, refused: 0, falseRefusals: 0 };
  for (const question of set.questions) {
    const { query, windows } = set.search.rankQuestion(question.question, { structure });
    const answered = judgeEvidence(set.search.index, query, windows, MIN_COVERAGE, judges).answerable;
    if (question.unanswerable) {
      if (!answered) scores.refused++;
      continue;
    }
    if (!answered) {
      scores.falseRefusals++;
      continue;
    }
    // The answer and the two passages after it, as `/ask` offers them and `npm run eval` scores them.
    const hits = offeredPassages(windows, set.search.askedTerms(query), 3).map((passage) => containsAnswer(textWithLead(passage), question.answers));
    if (hits[0]) scores.hit1++;
    if (hits.some(Boolean)) scores.hit3++;
  }
  return scores;
}

const scoreBefore = (set: TechnicalSet): SetScores => scoreSet(set, PROSE_ONLY.structure, PROSE_ONLY.judges);
const scoreAfter = (set: TechnicalSet, models: ManualModels): SetScores => scoreSet(set, models.structure, { prose: FITTED_JUDGES.prose, manual: models.refusal });

function tableRow(set: TechnicalSet, name: string, before: SetScores, after: SetScores): (string | number)[] {
  const answerable = set.questions.filter((question) => !question.unanswerable).length;
  const share = (count: number): string => (count / Math.max(1, answerable)).toFixed(3);
  return [
    name,
    answerable,
    `${share(before.hit1)} → ${share(after.hit1)}`,
    `${share(before.hit3)} → ${share(after.hit3)}`,
    `${before.refused} → ${after.refused} of ${set.questions.length - answerable}`,
    `${before.falseRefusals} → ${after.falseRefusals}`,
  ];
}

function weightsSource({ structure, refusal }: ManualModels): string {
  const literal = (value: unknown): string => JSON.stringify(value, null, 2);
  return `import type { LinearModel } from './model.ts';

// Generated by \`npm run fit:manuals -- --write\` from the project's technical question sets (data/tech). Do not edit by hand: re-run the fit.

/** Weights of the layout features (structureFeatures.ts), added to the ranking model's score. */
export const STRUCTURE_MODEL: LinearModel = ${literal(structure)};

/** Logistic model of "the best window answers the question" for a manual (manualRefusal.ts). */
export const MANUAL_REFUSAL_MODEL: LinearModel = ${literal(refusal.model)};

/** Refuse a question about a manual below this probability: chosen out of fold on the sets fitted. */
export const MANUAL_REFUSAL_THRESHOLD = ${refusal.threshold};
`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sets: { type: 'string', default: 'data/tech' },
      'held-out': { type: 'string', default: '../shared/docs-qa' },
      'max-false-refusals': { type: 'string', default: '0.02' },
      write: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const maxFalseRefusals = Number(values['max-false-refusals']);
  // Read first: a missing folder fails now, not after the fitting.
  const heldOut = await readSet('docs-qa dev', join(values['held-out']!, 'dev.jsonl'), join(values['held-out']!, 'docs'));
  const sets = await readSets(values.sets!);
  const groups = new Map(sets.map((set) => [set, structureGroups(set)]));
  const rows = sets.map((held) => {
    const models = fitManualModels(sets.filter((set) => set !== held), groups, maxFalseRefusals);
    return tableRow(held, `${held.name}, held out (threshold ${models.refusal.threshold})`, scoreBefore(held), scoreAfter(held, models));
  });
  const models = fitManualModels(sets, groups, maxFalseRefusals);
  console.log('Prose models only → with the manual models, each set scored by models fitted without it (hit@1 and hit@3 as npm run eval reads them):');
  console.log(
    formatTable([
      ['set', 'answerable', 'hit@1', 'hit@3', 'unanswerable refused', 'false refusals'],
      ...rows,
      tableRow(heldOut, `${heldOut.name}, never fitted on (threshold ${models.refusal.threshold})`, scoreBefore(heldOut), scoreAfter(heldOut, models)),
    ]),
  );
  if (values.write) {
    await writeFile(WEIGHTS_FILE, weightsSource(models));
    console.log(`Wrote ${WEIGHTS_FILE}`);
  } else {
    console.log(JSON.stringify(models, null, 2));
  }
}

main().catch((error: unknown) => {
  console.error(`fit:manuals: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
