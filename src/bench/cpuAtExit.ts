import { writeSync } from 'node:fs';
import { CPU_LINE } from './cpuLine.ts';

/**
 * Preloaded (`node --import`) into the one-shot processes the bench times: at exit, writes the process's CPU time
 * (user and system, all its threads) as the last line of its standard error, since a parent cannot read a finished
 * child's. On a busy machine the wall time swings with the load; the CPU time much less.
 */
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeSync(2, `\n${CPU_LINE} ${(user + system) / 1000}\n`);
});
