import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { sharedDir } from './sharedData.ts';

/** A path as typed from the current folder: `../shared/data/…` when run from the project root. */
export function fromWorkingDir(file: string): string {
  return relative(process.cwd(), resolve(file));
}

/** A data file that is not there: the command says which, in one line, without a stack trace. */
export class MissingDataError extends Error {
  constructor(file: string) {
    super(`missing data file ${fromWorkingDir(file)}: the public sets are read from ${fromWorkingDir(sharedDir())}/data, not committed to the repository`);
  }
}

/** Fails before a long run starts, rather than midway, when a data file it needs is missing. */
export function requireDataFiles(files: readonly string[]): void {
  const missing = files.find((file) => !existsSync(file));
  if (missing !== undefined) throw new MissingDataError(missing);
}

/** Reads an evaluation data file, a missing one reported as such. */
export async function readDataFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new MissingDataError(file);
    throw error;
  }
}
