/** How the line a timed process writes at exit with its CPU time in milliseconds starts (see `cpuAtExit.ts`). */
export const CPU_LINE = 'docent-bench-cpu-ms';
