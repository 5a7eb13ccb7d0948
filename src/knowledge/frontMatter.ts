/** Front matter: a YAML block fenced by `---` lines at the very top, its first line a `key:` entry. */
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\p{L}\w-]+:[\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;
const TITLE = /^title:[ \t]*(.*)$/mu;

export interface FrontMatter {
  /** The `title:` entry, without quotes, when there is one. */
  readonly title?: string;
  /** The text after the front matter: the Markdown itself. */
  readonly body: string;
}

/**
 * Splits the metadata block that static-site tools put at the top of Markdown files from the text, so it is
 * never quoted; its title, if any, names the document.
 *
 * @example
 * splitFrontMatter('---\ntitle: "Field notes"\n---\n# Day one\n'); // { title: 'Field notes', body: '# Day one\n' }
 */
export function splitFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text };
  const body = text.slice(match[0].length);
  const title = TITLE.exec(match[1] ?? '')?.[1]?.trim().replace(/^(["'])(.*)\1$/u, '$2').trim();
  return title ? { title, body } : { body };
}
