// `npm run build` (and `npm ci`, through `prepare`): compiles docent to dist/ so that it runs with plain node.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  // An install without dev dependencies (npm ci --omit=dev) cannot compile: it runs the build made before it.
  if (existsSync(join(dist, 'src/main.js'))) process.exit(0);
  console.error('docent: TypeScript is not installed, so dist/ cannot be built: run npm ci with dev dependencies first.');
  process.exit(1);
}

// From scratch: commands are loaded by listing their folder, so a module deleted from the sources must not linger.
rmSync(dist, { recursive: true, force: true });
const { status } = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (status !== 0) process.exit(status ?? 1);

// The files modules read beside themselves (word tables, vectors and their notice): everything in src/ but code.
const src = join(root, 'src');
for (const path of readdirSync(src, { recursive: true })) {
  if (/\.(ts|mjs|js)$/u.test(path) || !statSync(join(src, path)).isFile()) continue;
  mkdirSync(dirname(join(dist, 'src', path)), { recursive: true });
  copyFileSync(join(src, path), join(dist, 'src', path));
}
