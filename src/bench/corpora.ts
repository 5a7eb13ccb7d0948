import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readDataFile } from '../eval/dataFile.ts';
import { SHARED_DATA } from '../eval/sharedData.ts';
import { generateCorpus, type CorpusFile } from './corpus.ts';
import { readPublicText } from './publicText.ts';

/** A knowledge folder the bench measures, as docent would load it. */
export interface Corpus {
  readonly name: string;
  readonly description: string;
  readonly dir: string;
}

export interface CorpusSettings {
  /** The repository root, where `knowledge/` is. */
  readonly root: string;
  /** Where generated folders are written. */
  readonly workDir: string;
  readonly largeBytes: number;
  readonly seed: number;
}

async function writeFolder(dir: string, files: readonly CorpusFile[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const file of files) await writeFile(join(dir, file.name), file.text);
}

/** SQuAD 1.1 part A as one knowledge base: each article a Markdown file, its title the heading. */
async function squadFiles(): Promise<CorpusFile[]> {
  const squad = JSON.parse(await readDataFile(SHARED_DATA.squad11)) as {
    data: { title: string; paragraphs: { context: string }[] }[];
  };
  return squad.data.map((article, i) => ({
    name: `${String(i + 1).padStart(2, '0')}-${article.title}.md`,
    text: [`# ${article.title.replace(/_/gu, ' ')}`, ...article.paragraphs.map((paragraph) => paragraph.context)].join('\n\n'),
  }));
}

/** The seed document, SQuAD 1.1 part A as one knowledge base, and the large generated corpus, written to folders. */
export async function prepareCorpora(settings: CorpusSettings, only?: readonly string[]): Promise<Corpus[]> {
  const wanted = (name: string): boolean => only === undefined || only.length === 0 || only.includes(name);
  const corpora: Corpus[] = [];
  if (wanted('seed')) corpora.push({ name: 'seed', description: 'the seed document', dir: join(settings.root, 'knowledge') });
  if (wanted('squad')) {
    const dir = join(settings.workDir, 'squad');
    await writeFolder(dir, await squadFiles());
    corpora.push({ name: 'squad', description: 'SQuAD 1.1 part A, 24 articles as one knowledge base', dir });
  }
  if (wanted('large')) {
    const dir = join(settings.workDir, 'large');
    const passages = await readPublicText(settings.root);
    await writeFolder(dir, generateCorpus(passages, { bytes: settings.largeBytes, seed: settings.seed }));
    corpora.push({ name: 'large', description: `generated from the public text, seed ${settings.seed}`, dir });
  }
  return corpora;
}
