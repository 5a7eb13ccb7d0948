const NEWLINE = 0x0a;
const TAB = 0x09;

/**
 * A text of lines sorted by their keys (a line up to its first tab, or the whole line), searched where it lies: where
 * each line in order starts, for a binary search, and the few lines out of order apart. A handful of objects for the
 * garbage collector to visit instead of a map of a hundred thousand strings, and nothing cut out or sorted on reading,
 * which would take a good part of a one-shot question's start. `#` lines at the top are a notice, not lines.
 *
 * @example
 * const lines = new SortedLines('# notice\napple\tn\nbanana\tn=banana\ncherry\n');
 * lines.find('banana'); // 'n=banana'
 * lines.find('cherry'); // ''
 * lines.find('date'); // undefined
 */
export class SortedLines {
  /** Where each line in order starts: its key ends at the next tab or newline, the line at the next newline. */
  private readonly starts: Uint32Array;
  /** Lines whose key sorts before the key of a line above them (the word list has two: "manlihood" after "manlily"). */
  private readonly misplaced = new Map<string, string>();

  constructor(private readonly text: string) {
    let first = 0;
    while (text.startsWith('#', first)) first = this.endOf(first) + 1;
    let lines = 1;
    for (let newline = text.indexOf('\n', first); newline >= 0; newline = text.indexOf('\n', newline + 1)) lines++;
    // Filled in place rather than pushed to an array and copied: 274,000 pushes were half of reading the word list.
    const starts = new Uint32Array(lines);
    let inOrder = 0;
    for (let start = first; start <= text.length; ) {
      const end = this.endOf(start);
      if (inOrder > 0 && this.compareLines(start, starts[inOrder - 1]!) < 0) {
        const keyEnd = this.keyEnd(start);
        this.misplaced.set(text.slice(start, keyEnd), keyEnd < end ? text.slice(keyEnd + 1, end) : '');
      } else starts[inOrder++] = start;
      start = end + 1;
    }
    this.starts = starts.subarray(0, inOrder);
  }

  /** What follows the key's tab on its line ('' for a line that is only its key), or undefined when no line has the key. */
  find(key: string): string | undefined {
    const misplaced = this.misplaced.get(key);
    if (misplaced !== undefined) return misplaced;
    const position = this.position(key);
    if (position === undefined) return undefined;
    const keyEnd = this.starts[position]! + key.length;
    const end = this.endOf(keyEnd);
    return keyEnd < end ? this.text.slice(keyEnd + 1, end) : '';
  }

  /** How many lines are in order: all of them in a table written sorted. */
  get inOrder(): number {
    return this.starts.length;
  }

  /** The key's place among the lines in order (a row number, in a table written sorted), or undefined when none has it. */
  position(key: string): number | undefined {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const order = this.compareKey(key, this.starts[middle]!);
      if (order === 0) return middle;
      if (order > 0) low = middle + 1;
      else high = middle;
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.find(key) !== undefined;
  }

  /** Where the line starting at `start` ends: its newline, or the end of the text. */
  private endOf(start: number): number {
    const newline = this.text.indexOf('\n', start);
    return newline < 0 ? this.text.length : newline;
  }

  /** Where the key of the line starting at `start` ends: its tab, newline or the end of the text. */
  private keyEnd(start: number): number {
    let end = start;
    while (this.keyCode(end) !== -1) end++;
    return end;
  }

  /** The character at `at` as part of a key: -1 where keys end (a tab, a newline, the end of the text). */
  private keyCode(at: number): number {
    if (at >= this.text.length) return -1;
    const code = this.text.charCodeAt(at);
    return code === TAB || code === NEWLINE ? -1 : code;
  }

  /** Negative, zero or positive as `key` sorts before, as or after the key of the line at `start`, by UTF-16 code units as `sort` orders them. */
  private compareKey(key: string, start: number): number {
    for (let k = 0; ; k++) {
      const mine = k < key.length ? key.charCodeAt(k) : -1;
      const theirs = this.keyCode(start + k);
      if (mine !== theirs || mine === -1) return mine - theirs;
    }
  }

  /** `compareKey` for the keys of the lines at `a` and `b`. */
  private compareLines(a: number, b: number): number {
    for (let k = 0; ; k++) {
      const mine = this.keyCode(a + k);
      const theirs = this.keyCode(b + k);
      if (mine !== theirs || mine === -1) return mine - theirs;
    }
  }
}
