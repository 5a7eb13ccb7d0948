import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../../knowledge/load.ts';
import { loadDictionary } from '../../search/analyzer/dictionary.ts';
import type { Document } from '../../knowledge/types.ts';
import { fromWorkingDir, MissingDataError } from '../dataFile.ts';
import { readQuestionLines, readSquad, type EvalQuestion } from '../datasets.ts';
import { score, type Response, type Scores } from '../metrics.ts';
import { runSystem } from '../run.ts';
import { SHARED_DATA } from '../sharedData.ts';
import { baselineSystem, docentSystem, scoped } from '../systems.ts';
import { categoryTable } from '../categories.ts';
import { groupTable, scoreGroups } from '../groupScores.ts';
import { byDocumentFile, byTag } from '../questionGroups.ts';
import { describeMisses } from '../misses.ts';
import { fittedOnLine } from '../fittedOn.ts';
import { formatTable } from '../table.ts';
import { withSwappedLetters } from '../typos.ts';

const USAGE = `Usage: npm run eval -- [--qa FILE.jsonl [--knowledge DIR] | --squad FILE.json [--scope per-article|all]]
                      [--typos] [--json] [--out FILE.jsonl] [--misses]

Measures docent's answers against plain MiniSearch (default options, same sentences) in the same run.
--typos: asks every question with two letters swapped in its longest word ("terirtory").
Defaults: --qa data/qa/seed-dev.jsonl --knowledge knowledge
SQuAD is read from beside the clone, not committed: --squad ${fromWorkingDir(SHARED_DATA.squad11)}`;

interface EvalSet {
  readonly name: string;
  readonly documents: readonly Document[];
  readonly questions: readonly EvalQuestion[];
  readonly scope: 'per-article' | 'all';
}

async function readSet(values: Record<string, string | boolean | undefined>): Promise<EvalSet> {
  if (typeof values.squad === 'string') {
    const scope = values.scope === 'all' ? 'all' : 'per-article';
    if (values.scope !== undefined && values.scope !== 'all' && values.scope !== 'per-article') {
      throw new Error(`--scope must be per-article or all, not "${String(values.scope)}"`);
    }
    const { documents, questions } = await readSquad(values.squad);
    return { name: `${values.squad} (${scope})`, documents, questions, scope };
  }
  const qa = typeof values.qa === 'string' ? values.qa : 'data/qa/seed-dev.jsonl';
  const dir = typeof values.knowledge === 'string' ? values.knowledge : 'knowledge';
  const { documents } = await loadKnowledge(dir);
  return { name: qa, documents, questions: await readQuestionLines(qa), scope: 'all' };
}

function tableOf(docent: Scores, baseline: Scores): string {
  const keys: (keyof Scores)[] = ['hit1', 'hit3', 'mrr', 'refusedUnanswerable', 'falseRefusals', 'refusedShare', 'falseRefusalShare', 'msP50', 'msP99'];
  const labels: Record<string, string> = {
    hit1: 'hit@1',
    hit3: 'hit@3',
    mrr: 'MRR',
    refusedUnanswerable: `unanswerable refused (of ${docent.unanswerable})`,
    falseRefusals: `false refusals (of ${docent.answerable})`,
    refusedShare: 'unanswerable refused, share',
    falseRefusalShare: 'false refusals, share',
    msP50: 'ms per question, median',
    msP99: 'ms per question, p99',
  };
  return formatTable([['measure', 'docent', 'plain MiniSearch'], ...keys.map((key) => [labels[key] ?? key, docent[key], baseline[key]])]);
}

/** The set as asked with a typo in each question (`withSwappedLetters`), when asked for. */
function withTypos(set: EvalSet, typos: boolean | undefined): EvalSet {
  if (!typos) return set;
  return { ...set, name: `${set.name}, with typos`, questions: set.questions.map((question) => ({ ...question, question: withSwappedLetters(question.question) })) };
}

async function writeResponses(file: string, questions: readonly EvalQuestion[], responses: Map<string, Response>): Promise<void> {
  const lines = questions.map((question) => {
    const response = responses.get(question.id);
    return JSON.stringify({ id: question.id, answer: response?.answer ?? null, passages: response?.passages ?? [], refused: response?.refused ?? false });
  });
  await writeFile(file, `${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      qa: { type: 'string' },
      knowledge: { type: 'string' },
      squad: { type: 'string' },
      scope: { type: 'string' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      misses: { type: 'boolean', default: false },
      typos: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const set = withTypos(await readSet(values), values.typos);
  loadDictionary();
  const docentResponses = runSystem(scoped(set.documents, set.scope, docentSystem), set.questions);
  const baselineResponses = runSystem(scoped(set.documents, set.scope, baselineSystem), set.questions);
  const docent = score(set.questions, docentResponses);
  const baseline = score(set.questions, baselineResponses);
  if (values.out) await writeResponses(values.out, set.questions, docentResponses);
  console.log(`${set.name}: ${set.questions.length} questions, ${set.documents.length} document(s)`);
  console.log(`${fittedOnLine(set.documents, set.questions)}\n`);
  console.log(tableOf(docent, baseline));
  console.log(`\nBy category:\n${categoryTable(set.questions, docentResponses, baselineResponses)}`);
  // Only sets that tag their questions or name their documents (docs-qa) get these; the seed and SQuAD print as before.
  const tagScores = scoreGroups(byTag(set.questions), docentResponses, baselineResponses);
  const documentScores = scoreGroups(byDocumentFile(set.questions), docentResponses, baselineResponses);
  if (tagScores.length > 0) console.log(`\nBy tag:\n${groupTable('tag', tagScores)}`);
  if (documentScores.length > 0) console.log(`\nBy document:\n${groupTable('document', documentScores)}`);
  if (values.misses) console.log(`\nMisses:\n${describeMisses(set.questions, docentResponses).join('\n')}`);
  if (values.json) {
    const groups = { ...(tagScores.length > 0 ? { byTag: tagScores } : {}), ...(documentScores.length > 0 ? { byDocument: documentScores } : {}) };
    console.log(JSON.stringify({ ...docent, baseline, ...groups }));
  }
}

main().catch((error: unknown) => {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof MissingDataError)) console.error(USAGE);
  process.exitCode = 1;
});
