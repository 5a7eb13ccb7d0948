#!/usr/bin/env node
// The `docent` command: runs the TypeScript entry point through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/main.ts', import.meta.url).href);
