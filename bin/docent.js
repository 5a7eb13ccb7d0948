#!/usr/bin/env node
// The `docent` command: runs the build in dist/ (made by `npm run build`, which `npm ci` runs) with plain node.
import { existsSync } from 'node:fs';

const main = new URL('../dist/src/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('docent is not built: run npm run build (npm ci runs it).');
  process.exit(1);
}
await import(main.href);
