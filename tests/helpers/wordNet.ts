import { parseSynset, type DataFile, type Synset } from '../../src/lexicon/wordnetData.ts';

/** A small WordNet: synsets written as data-file lines, grouped by file. */
export function wordNet(lines: Partial<Record<DataFile, string[]>>): Map<DataFile, Map<number, Synset>> {
  return new Map(
    Object.entries(lines).map(([file, fileLines]) => [file as DataFile, new Map(fileLines.map((line) => [parseSynset(line).offset, parseSynset(line)]))]),
  );
}
