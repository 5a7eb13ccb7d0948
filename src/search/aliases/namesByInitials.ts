/** Between the terms of one name, and between the names under one initials: neither is ever inside a term. */
const TERM_BREAK = ' ';
const NAME_BREAK = '\n';

/** Initials and their names, each name as its analyzed terms: what is stored, and what crosses between threads. */
export type NameEntries = Iterable<readonly [string, readonly (readonly string[])[]]>;

/**
 * Multi-word names (as analyzed terms) by their initials in lower case, each initials' names packed into one string.
 * A large corpus has 126,000 such names: as lists they were 257,000 objects and 1.2 million references that every
 * full collection marked, for a lookup that few questions make; as strings they are a few thousand leaves.
 */
export class NamesByInitials {
  /** Each initials' names as `pack` made them. */
  constructor(private readonly packed: ReadonlyMap<string, string>) {}

  static of(entries: NameEntries): NamesByInitials {
    return new NamesByInitials(new Map(Array.from(entries, ([initials, names]) => [initials, NamesByInitials.pack(names)])));
  }

  /** One initials' names as the one string they are kept in. */
  static pack(names: readonly (readonly string[])[]): string {
    return names.map((name) => name.join(TERM_BREAK)).join(NAME_BREAK);
  }

  /** The names with these initials, in the order they were found; none when no name has them. */
  get(initials: string): string[][] {
    const names = this.packed.get(initials);
    return names === undefined ? [] : names.split(NAME_BREAK).map((name) => name.split(TERM_BREAK));
  }

  /** Every initials with its names, in the order they were found: what is stored. */
  *entries(): IterableIterator<[string, string[][]]> {
    for (const initials of this.packed.keys()) yield [initials, this.get(initials)];
  }
}
