import { buildDocument } from '../knowledge/parse.ts';
import { readDataFile } from './dataFile.ts';
import { readJsonLines } from './jsonLines.ts';
import type { Document } from '../knowledge/types.ts';

/** One evaluation question; `answers` are strings the primary quote must contain. */
export interface EvalQuestion {
  readonly id: string;
  readonly question: string;
  readonly answers: readonly string[];
  readonly unanswerable: boolean;
  /** The document the question is about, for per-article evaluation. */
  readonly documentId?: string;
  /** The file of the knowledge folder the question is about, as the set names it (`doc`), for per-document results. */
  readonly documentFile?: string;
  /** The kinds of question the set says it is (how-to, code, yes-no…), for per-tag results. */
  readonly tags?: readonly string[];
}

/** Reads the JSON-lines question format: `{id, q, answers, unanswerable?, doc?, tags?}`. */
export async function readQuestionLines(file: string): Promise<EvalQuestion[]> {
  const rows = await readJsonLines<{ id: string; q: string; answers?: string[]; unanswerable?: boolean; doc?: string; tags?: string[] }>(file);
  return rows.map((row) => ({
    id: row.id,
    question: row.q,
    answers: row.answers ?? [],
    unanswerable: row.unanswerable === true,
    documentFile: row.doc,
    tags: row.tags,
  }));
}

interface SquadFile {
  readonly data: readonly {
    readonly title: string;
    readonly paragraphs: readonly {
      readonly context: string;
      readonly qas: readonly {
        readonly id: string;
        readonly question: string;
        readonly answers: readonly { readonly text: string }[];
        readonly is_impossible?: boolean;
      }[];
    }[];
  }[];
}

export interface SquadSet {
  readonly documents: readonly Document[];
  readonly questions: readonly EvalQuestion[];
}

/** Reads SQuAD 1.1 or 2.0 JSON: each article becomes one document (title, no headings, its paragraphs in order). */
export async function readSquad(file: string): Promise<SquadSet> {
  const squad = JSON.parse(await readDataFile(file)) as SquadFile;
  const documents: Document[] = [];
  const questions: EvalQuestion[] = [];
  squad.data.forEach((article, a) => {
    const id = `squad-${a + 1}`;
    const paragraphs = article.paragraphs.map((paragraph) => paragraph.context);
    documents.push(buildDocument(id, article.title.replace(/_/gu, ' '), `${article.title}.txt`, [{ title: '', paragraphs }]));
    for (const paragraph of article.paragraphs) {
      for (const qa of paragraph.qas) {
        questions.push({
          id: qa.id,
          question: qa.question,
          answers: [...new Set(qa.answers.map((answer) => answer.text))],
          unanswerable: qa.is_impossible === true,
          documentId: id,
        });
      }
    }
  });
  return { documents, questions };
}
