/** How a section's path is shown: "Advanced › Multiline values". */
export const PATH_SEPARATOR = ' › ';

interface OpenHeading {
  readonly depth: number;
  readonly title: string;
  /** The document's own title: it heads every section, so no section's path repeats it. */
  readonly isDocumentTitle: boolean;
}

/**
 * The headings a Markdown section sits under, as they nest: a heading closes those of its depth and deeper; a
 * `<details>` part nests one level below the heading it is in, until it closes. Each change gives the new path.
 *
 * @example
 * const path = new SectionPath('dotenv');
 * path.enter(1, 'dotenv');           // ''
 * path.enter(2, 'Advanced');         // 'Advanced'
 * path.openDetails('Multiline');     // 'Advanced › Multiline'
 * path.closeDetails();               // 'Advanced'
 */
export class SectionPath {
  private readonly open: OpenHeading[] = [];
  /** For each `<details>` still open, how many headings were open before it. */
  private readonly details: number[] = [];
  private titleSeen = false;

  /** @param documentTitle the text of a lone top-level heading opening the document, which titles the document. */
  constructor(private readonly documentTitle?: string) {}

  /** The document's title, once its heading has been read. */
  get title(): string | undefined {
    return this.titleSeen ? this.documentTitle : undefined;
  }

  enter(depth: number, title: string): string {
    while ((this.open.at(-1)?.depth ?? 0) >= depth) this.open.pop();
    const isDocumentTitle = !this.titleSeen && this.open.length === 0 && title === this.documentTitle;
    this.titleSeen ||= isDocumentTitle;
    this.open.push({ depth, title, isDocumentTitle });
    return this.text;
  }

  openDetails(title: string): string {
    this.details.push(this.open.length);
    this.open.push({ depth: (this.open.at(-1)?.depth ?? 0) + 1, title, isDocumentTitle: false });
    return this.text;
  }

  /** The path again after a `<details>` part closes; undefined for a stray closing tag, which changes nothing. */
  closeDetails(): string | undefined {
    const before = this.details.pop();
    if (before === undefined) return undefined;
    this.open.length = Math.min(this.open.length, before);
    return this.text;
  }

  private get text(): string {
    return this.open
      .filter((heading) => !heading.isDocumentTitle && heading.title !== '')
      .map((heading) => heading.title)
      .join(PATH_SEPARATOR);
  }
}
