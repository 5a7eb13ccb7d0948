import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readDataFile } from '../eval/dataFile.ts';
import { SHARED_DATA } from '../eval/sharedData.ts';
import { parseDocument } from '../knowledge/parse.ts';
import { splitSentences } from '../knowledge/sentences.ts';

/** A run of consecutive sentences from one source paragraph, with the title of the article it came from. */
export interface Passage {
  readonly title: string;
  readonly sentences: readonly string[];
}

/** News articles come as one block; they are cut into paragraphs of this many sentences. */
const NEWS_PARAGRAPH = 4;

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end));
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

async function squadPassages(file: string): Promise<Passage[]> {
  const squad = JSON.parse(await readDataFile(file)) as { data: { title: string; paragraphs: { context: string }[] }[] };
  return squad.data.flatMap((article) =>
    article.paragraphs.map((paragraph) => ({ title: article.title.replace(/_/gu, ' '), sentences: sentencesOf(paragraph.context) })),
  );
}

async function newsPassages(file: string): Promise<Passage[]> {
  const lines = (await readDataFile(file)).split('\n').filter((line) => line.trim() !== '');
  return lines.flatMap((line) => {
    const sentences = sentencesOf((JSON.parse(line) as { article: string }).article);
    const title = sentences[0]?.split(' ').slice(0, 4).join(' ') ?? 'News';
    return chunk(sentences, NEWS_PARAGRAPH).map((part) => ({ title, sentences: part }));
  });
}

async function knowledgePassages(file: string): Promise<Passage[]> {
  const name = file.split('/').pop() ?? file;
  const document = parseDocument({ name, text: await readFile(file, 'utf8') });
  return document.sections.flatMap((section) =>
    section.paragraphs.map((paragraph) => ({ title: section.title, sentences: paragraph.sentences.map((sentence) => sentence.text) })),
  );
}

/**
 * Every paragraph of the public text (SQuAD 1.1 part A and CNN/DailyMail part A from the shared folder, the seed),
 * in a fixed order. SQuAD 2.0 part A repeats SQuAD 1.1's articles, so it is left out.
 */
export async function readPublicText(root: string): Promise<Passage[]> {
  return [
    ...(await squadPassages(SHARED_DATA.squad11)),
    ...(await newsPassages(SHARED_DATA.cnndm)),
    ...(await knowledgePassages(join(root, 'knowledge/us-mexico-security.txt'))),
  ];
}
