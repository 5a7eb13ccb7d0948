/** "1 sentence", "2 sentences": a count with its noun, the one plural rule for everything docent prints. */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
