import type { MarkdownIt, Token } from 'markdown-it';
import { lazy, requirePackage } from '../lazy.ts';
import type { Block } from './blocks.ts';
import { splitFrontMatter } from './frontMatter.ts';
import { SectionPath } from './sectionPath.ts';

/**
 * CommonMark plus GFM tables and strikethrough; HTML is recognised so that tags can be left out of the text. Loaded
 * on first use: a start that reads its documents from the index cache parses no Markdown.
 */
const markdownParser = lazy((): MarkdownIt => requirePackage<typeof import('markdown-it').default>('markdown-it')({ html: true }));

/** A GitHub task-list box at the start of a list item: "[ ] ", "[x] ". */
const TASK_BOX = /^\[[ xX]\][ \t]+/u;
/** A GitHub alert's marker ("[!NOTE]", "[!WARNING]"), alone on a block quote's first line. */
const ALERT_MARKER = /^\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]$/iu;
const LINE_BREAK_TAG = /^<br\s*\/?>$/iu;
/** Line breaks inside HTML text, shown as a break between its words. */
const LINE_BREAK_TAGS = /<br\s*\/?>/giu;
/**
 * In an HTML block, in reading order: a collapsible part's closing tag, its `<summary>` title, a heading (READMEs
 * centre a logo in `<h1 align="center">`), or a paragraph (and the tagline under that logo): the innermost, as a
 * paragraph may wrap a logo's heading and its tagline.
 */
const HTML_PARTS = /<\/details\s*>|<summary\b[^>]*>([\s\S]*?)<\/summary\s*>|<h([1-6])\b[^>]*>([\s\S]*?)<\/h\2\s*>|<p\b[^>]*>((?:(?!<\/?(?:p|h[1-6])\b)[\s\S])*?)<\/p\s*>/giu;
/** A link with what it shows: in an HTML paragraph of nothing else, badges or a row of links, not a sentence. */
const HTML_LINK = /<a\b[^>]*>[\s\S]*?<\/a\s*>/giu;
const HTML_TAG = /<[^>]*>/gu;
/** An image's text for those who cannot see it: what a logo alone in a heading says. */
const IMAGE_ALT = /<img\b[^>]*?\balt\s*=\s*"([^"]*)"/iu;
/** "fast-check logo": a logo's text names whose logo it is. */
const LOGO_WORD = /\s+logo$/iu;
/** Something a reader would read: a letter or a digit. */
const READABLE = /[\p{L}\p{N}]/u;
/** Table cells are shown in a row as a reader scans it: "option · default · meaning". */
const CELL_SEPARATOR = ' · ';

/**
 * Inline tokens as a reader sees them: markup, link targets, tags and images (badges, logos) dropped, entities
 * decoded; a soft line break is the space it renders as, a hard one a line break.
 */
function displayedText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'text':
        case 'code_inline':
          return token.content;
        case 'softbreak':
          return ' ';
        case 'hardbreak':
          return '\n';
        case 'html_inline':
          return LINE_BREAK_TAG.test(token.content) ? '\n' : '';
        default:
          return '';
      }
    })
    .join('');
}

/** What stands between the items of a row of links: " | ", " · ". */
const ROW_SEPARATOR = /[|·•]/gu;
/** A row's unlinked item is a label ("English", "Docs home") of at most this many words, without a sentence's marks. */
const ROW_LABEL_WORDS = 3;
const SENTENCE_MARK = /[.!?:;,]/u;

/** A web address standing alone, which Markdown shows as it is written. */
const BARE_ADDRESS = /^\s*(?:<?https?:\/\/\S+?>?\s*)+$/u;

/**
 * Whether every readable word of the inline tokens sits inside a link or is a bare web address: a line of badges or
 * links, not a sentence. A row of several links separated by "|" or "·" may show one item unlinked, the page being
 * read ("**English** | [Русский](…) | [简体中文](…)"): a label of a few words, not a sentence.
 */
function isLinkOnly(tokens: readonly Token[]): boolean {
  let depth = 0;
  let links = 0;
  let separated = false;
  const unlinked: string[] = [];
  for (const token of tokens) {
    if (token.type === 'link_open') {
      depth++;
      links++;
    } else if (token.type === 'link_close') depth--;
    else if (depth === 0 && (token.type === 'text' || token.type === 'code_inline')) {
      const content = token.type === 'text' ? token.content.replace(ROW_SEPARATOR, () => ((separated = true), ' ')) : token.content;
      if (READABLE.test(content) && !BARE_ADDRESS.test(content)) unlinked.push(content);
    }
  }
  if (unlinked.length === 0) return true;
  const label = unlinked.join(' ').trim();
  return unlinked.length === 1 && links >= 2 && separated && !SENTENCE_MARK.test(label) && label.split(/\s+/u).length <= ROW_LABEL_WORDS;
}

/**
 * A block quote's first line without its GitHub alert marker, which GitHub shows as the callout's icon and title
 * ("Note"), not as text: "[!NOTE]" is never quoted.
 */
function withoutAlertMarker(tokens: readonly Token[]): readonly Token[] {
  const [first, next] = tokens;
  const alone = next === undefined || next.type === 'softbreak' || next.type === 'hardbreak';
  return first?.type === 'text' && ALERT_MARKER.test(first.content) && alone ? tokens.slice(2) : tokens;
}

/** HTML content as displayed: its tags dropped, its inline Markdown read, its white space one space. */
function htmlText(html: string): string {
  const text = displayedText(markdownParser().parseInline(html.replace(LINE_BREAK_TAGS, '\n').replace(HTML_TAG, ''), {})[0]?.children ?? []);
  // HTML shows any run of white space, line breaks and indents included, as one space.
  return text.replace(/\s+/gu, ' ').trim();
}

/** What an HTML block shows a reader, in reading order. */
type HtmlPart =
  | { readonly kind: 'heading'; readonly depth: number; readonly text: string }
  | { readonly kind: 'summary' | 'paragraph'; readonly text: string }
  | { readonly kind: 'details-close' };

/**
 * The headings, paragraphs, `<summary>` titles and closing `</details>` of an HTML block: a heading shows its text, or
 * else its image's; a paragraph made only of links (badges) shows nothing to quote.
 */
function htmlParts(html: string): HtmlPart[] {
  return [...html.matchAll(HTML_PARTS)].map(([, summary, depth, heading = '', paragraph]): HtmlPart => {
    if (depth !== undefined) return { kind: 'heading', depth: Number(depth), text: htmlText(heading) || htmlText(heading.match(IMAGE_ALT)?.[1] ?? '').replace(LOGO_WORD, '') };
    if (paragraph !== undefined) return { kind: 'paragraph', text: READABLE.test(htmlText(paragraph.replace(HTML_LINK, ''))) ? htmlText(paragraph) : '' };
    return summary === undefined ? { kind: 'details-close' } : { kind: 'summary', text: htmlText(summary) };
  });
}

/** The language a fence names: its info string's first word (`js` of "js title=x"). */
function fenceLanguage(info: string): string {
  return info.trim().split(/\s+/u)[0] ?? '';
}

export interface MarkdownContent {
  /** The front matter's title, or the document's one top-level heading when it opens the document. */
  readonly title?: string;
  readonly blocks: Block[];
  /** The words of the web addresses its links point to (see `addressWords`), each once. */
  readonly linked: string[];
}

/** A word of a web address: its host's and path's parts ("docs", "github", "removing" of docs.github.com/removing-…). */
const ADDRESS_WORD = /\p{L}[\p{L}\p{N}]*/gu;
/** An address's scheme ("https://", "mailto:"), which says how it is reached, not what it points to. */
const SCHEME = /^[a-z][a-z\d+.-]*:(?:\/\/)?/iu;

/**
 * The words of the addresses the inline tokens link to: a reader sees where a link points ("github" of a link to
 * github.com), so a word there is not one the document never mentions, though no sentence says it.
 */
function addressWords(tokens: readonly Token[]): string[] {
  return tokens.flatMap((token) => (token.type === 'link_open' ? (String(token.attrGet('href') ?? '').replace(SCHEME, '').match(ADDRESS_WORD) ?? []) : []));
}

/**
 * Reads Markdown into sections, paragraphs and code blocks as displayed: `[text](url)` gives "text", emphasis
 * markers, badges and table pipes go, each list item and table row is a paragraph, a fenced or indented code block
 * is kept verbatim with its language, a GitHub alert loses its "[!NOTE]" marker. Headings of every level (HTML ones
 * too), and the `<summary>` of a `<details>` part, give each section its path ("Advanced › Multiline values"); an HTML
 * `<p>` is a paragraph. Front matter, other HTML, comments, rules and lines made only of links are not text to quote
 * and are left out, but for a section of nothing else than one such line, which it is about ("## License", "[MIT](LICENSE)").
 */
export function readMarkdownBlocks(text: string): MarkdownContent {
  const { title: declared, body } = splitFrontMatter(text.replace(/^\uFEFF/u, ''));
  const tokens = markdownParser().parse(body, {});
  const path = new SectionPath(declared === undefined ? loneTopHeading(tokens) : undefined);
  const blocks: Block[] = [];
  const linked = new Set<string>();
  let row: string[] | undefined;
  let inHeader = false;
  let headingDepth = 0;
  let itemStart = false;
  let quoteStart = false;
  // Lines of links alone under a heading below the title, and how many other blocks it has: a section of one link
  // ("## License", "[MIT](LICENSE)") says what it is about with that link, where a line of links among other text, a
  // row or list of them, or links under the title (a website, badges) only point elsewhere.
  let linksOnly: { readonly text: string; readonly links: number }[] = [];
  let sectionBlocks = 0;
  let topical = false;
  const push = (content: string): void => {
    const trimmed = content.trim();
    if (!READABLE.test(trimmed)) return;
    blocks.push({ kind: 'paragraph', text: trimmed });
    sectionBlocks++;
  };
  const endSection = (): void => {
    const [only] = linksOnly;
    if (topical && sectionBlocks === 0 && linksOnly.length === 1 && only?.links === 1) push(only.text);
    linksOnly = [];
  };
  /** A section begins: under a heading (`depth`), or where a `<details>` part opens or closes (none). */
  const heading = (title: string | undefined, depth?: number): void => {
    if (title === undefined) return;
    endSection();
    blocks.push({ kind: 'heading', text: title });
    sectionBlocks = 0;
    topical = depth !== undefined && depth > 1;
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'heading_open':
        headingDepth = Number(token.tag.slice(1));
        break;
      case 'list_item_open':
        itemStart = true;
        break;
      case 'blockquote_open':
        quoteStart = true;
        break;
      case 'thead_open':
        inHeader = true;
        break;
      case 'thead_close':
        inHeader = false;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row && !inHeader) push(row.filter((cell) => cell !== '').join(CELL_SEPARATOR));
        row = undefined;
        break;
      case 'fence':
      case 'code_block': {
        const code = token.content.replace(/\s+$/u, '');
        if (code.trim() !== '') {
          blocks.push({ kind: 'code', text: code, language: token.type === 'fence' ? fenceLanguage(token.info) : '' });
          sectionBlocks++;
        }
        break;
      }
      case 'html_block':
        for (const part of htmlParts(token.content)) {
          if (part.kind === 'paragraph') push(part.text);
          else if (part.kind === 'heading') heading(part.text === '' ? undefined : path.enter(part.depth, part.text), part.depth);
          else heading(part.kind === 'summary' ? path.openDetails(part.text) : path.closeDetails());
        }
        break;
      case 'inline': {
        const children = quoteStart ? withoutAlertMarker(token.children ?? []) : (token.children ?? []);
        for (const word of addressWords(children)) linked.add(word);
        const shown = displayedText(children);
        if (row) row.push(shown.trim());
        else if (headingDepth > 0) heading(path.enter(headingDepth, shown.trim()), headingDepth);
        else if (!isLinkOnly(children)) push(itemStart ? shown.replace(TASK_BOX, '') : shown);
        else linksOnly.push({ text: shown, links: itemStart ? 0 : children.filter((child) => child.type === 'link_open').length });
        headingDepth = 0;
        itemStart = false;
        quoteStart = false;
        break;
      }
    }
  }
  endSection();
  const title = declared ?? path.title;
  return title ? { title, blocks, linked: [...linked] } : { blocks, linked: [...linked] };
}

/** The text of the document's first heading when it is its only top-level one: the title, not a section of it. */
function loneTopHeading(tokens: readonly Token[]): string | undefined {
  const headings = tokens.flatMap((token, i) => {
    if (token.type === 'heading_open') return [{ depth: Number(token.tag.slice(1)), text: displayedText(tokens[i + 1]?.children ?? []).trim() }];
    return token.type === 'html_block' ? htmlParts(token.content).flatMap((part) => (part.kind === 'heading' ? [part] : [])) : [];
  });
  const first = headings[0];
  if (first?.depth !== 1 || headings.filter((h) => h.depth === 1).length > 1) return undefined;
  return first.text || undefined;
}
