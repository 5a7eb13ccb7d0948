import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Docent } from '../../src/engine/docent.ts';
import { parseDocument } from '../../src/knowledge/parse.ts';
import type { Document } from '../../src/knowledge/types.ts';

export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));
export const SEED_FILE = 'us-mexico-security.txt';
export const SEED_TEXT = readFileSync(`${KNOWLEDGE_DIR}${SEED_FILE}`, 'utf8');

export function seedDocument(): Document {
  return parseDocument({ name: SEED_FILE, text: SEED_TEXT });
}

let shared: Docent | undefined;
/** One engine over the seed document, built once per test file. */
export function seedDocent(): Docent {
  shared ??= new Docent([seedDocument()]);
  return shared;
}

/** An engine over small hand-made documents, one `.md` text each. */
export function docentOf(...texts: string[]): Docent {
  return new Docent(texts.map((text, i) => parseDocument({ name: `doc${i + 1}.md`, text })));
}

/** An engine over small hand-made prose, one `.txt` text each: judged as prose is, not as a manual (`isManual`). */
export function proseOf(...texts: string[]): Docent {
  return new Docent(texts.map((text, i) => parseDocument({ name: `text${i + 1}.txt`, text })));
}
