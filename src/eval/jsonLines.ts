import { readDataFile } from './dataFile.ts';

/** Reads a JSON-lines file: one JSON value a line, blank lines ignored. The caller states the rows' shape. */
export async function readJsonLines<Row>(file: string): Promise<Row[]> {
  const text = await readDataFile(file);
  return text
    .split(/\r?\n/u)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
}
