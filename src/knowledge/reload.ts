import { listEntries, noDocuments, readKnowledgeFile, uniqueIds, type Knowledge, type SkippedFile } from './load.ts';
import { KNOWLEDGE_FILE } from './readEntry.ts';
import { buildDocument, documentId, draftsOf, withLinked } from './parse.ts';
import type { Skip } from './skipped.ts';
import type { Document } from './types.ts';

/** The folder read again on top of the documents in service. */
export interface ReloadedKnowledge extends Knowledge {
  /** Files that now fail to load but loaded before: their previous version stays in service. */
  readonly kept: readonly SkippedFile[];
  readonly added: readonly string[];
  /** Files there before whose document now reads differently: an edit to what docent quotes, or an id that moved. */
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

/** Whether two documents quote the same: id, title, sections, paragraphs, sentence boundaries, aliases and links. */
function sameContent(a: Document, b: Document): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.title !== b.title || a.sections.length !== b.sections.length) return false;
  if (JSON.stringify(a.aliases ?? []) !== JSON.stringify(b.aliases ?? []) || JSON.stringify(a.linked ?? []) !== JSON.stringify(b.linked ?? [])) return false;
  return a.sections.every((section, i) => {
    const other = b.sections[i]!;
    return (
      section.title === other.title &&
      section.paragraphs.length === other.paragraphs.length &&
      section.paragraphs.every((paragraph, j) => {
        const { text, sentences } = other.paragraphs[j]!;
        return paragraph.text === text && paragraph.code?.language === other.paragraphs[j]!.code?.language && paragraph.sentences.length === sentences.length && paragraph.sentences.every((sentence, k) => sentence.start === sentences[k]!.start);
      })
    );
  });
}

/** The same document under another id, for a kept file whose id moved because a namesake was added beside it. */
function withId(document: Document, id: string): Document {
  if (document.id === id) return document;
  return { ...withLinked(buildDocument(id, document.title, document.source, draftsOf(document)), document.linked), ...(document.aliases ? { aliases: document.aliases } : {}) };
}

/**
 * Reads one file of the folder as the document with this id, or says why it has none; never throws. `inService` is
 * the file's document before the reload, if it had one: a reader may keep it when the file is unchanged.
 */
export type FileReader = (file: string, id: string, inService: Document | undefined) => Promise<Document | Skip>;

/**
 * Reads the knowledge folder again, file by file, with `read` (by default here and now; a reload reads in a worker
 * thread). A file that fails (unreadable, not UTF-8, or now empty) keeps its previous document if it had one, so that
 * a bad save of one file never takes it out of service; a deleted file is dropped; a new file that fails is skipped.
 * @throws KnowledgeError when the folder is missing or would leave no document, so that the caller keeps what it has.
 */
export async function reloadKnowledge(dir: string, previous: readonly Document[], read: FileReader = (file, id) => readKnowledgeFile(dir, file, id)): Promise<ReloadedKnowledge> {
  const files = await listEntries(dir);
  const ids = uniqueIds(files.filter((file) => KNOWLEDGE_FILE.test(file)));
  const before = new Map(previous.map((document) => [document.source, document]));
  const documents: Document[] = [];
  const skipped: SkippedFile[] = [];
  const kept: SkippedFile[] = [];
  const changed: string[] = [];
  for (const file of files) {
    const id = ids.get(file) ?? documentId(file);
    const old = before.get(file);
    const reading = await read(file, id, old);
    if (!('reason' in reading)) {
      documents.push(reading);
      if (old && !sameContent(old, reading)) changed.push(file);
    } else if (old) {
      documents.push(withId(old, id));
      kept.push({ file, ...reading });
    } else skipped.push({ file, ...reading });
  }
  if (documents.length === 0) throw noDocuments(dir, skipped);
  const listed = new Set(files);
  return {
    documents,
    skipped,
    kept,
    added: files.filter((file) => !before.has(file) && documents.some((document) => document.source === file)),
    changed,
    removed: [...before.keys()].filter((file) => !listed.has(file)),
  };
}
