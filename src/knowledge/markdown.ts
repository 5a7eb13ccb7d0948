import type { MarkdownIt, Token } from 'markdown-it';
import { lazy, requirePackage } from '../lazy.ts';
import type { Block } from './blocks.ts';
import { splitFrontMatter } from './frontMatter.ts';

/**
 * CommonMark plus GFM tables and strikethrough; HTML is recognised so that tags can be left out of the text. Loaded
 * on first use: a start that reads its documents from the index cache parses no Markdown.
 */
const markdownParser = lazy((): MarkdownIt => requirePackage<typeof import('markdown-it').default>('markdown-it')({ html: true }));

/** A GitHub task-list box at the start of a list item: "[ ] ", "[x] ". */
const TASK_BOX = /^\[[ xX]\][ \t]+/u;
const LINE_BREAK_TAG = /^<br\s*\/?>$/iu;

/** Inline tokens as a reader sees them: markup, link targets and tags dropped, entities decoded, breaks kept. */
function displayedText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'text':
        case 'code_inline':
          return token.content;
        case 'softbreak':
        case 'hardbreak':
          return '\n';
        case 'image':
          return displayedText(token.children ?? []);
        case 'html_inline':
          return LINE_BREAK_TAG.test(token.content) ? '\n' : '';
        default:
          return '';
      }
    })
    .join('');
}

/** A table row as one paragraph: "Name: Ana; Role: Chief of staff", each cell after its column's header. */
function rowText(cells: readonly string[], header: readonly string[]): string {
  return cells
    .map((cell, i) => {
      const label = header[i]?.replace(/:$/u, '') ?? '';
      return cell === '' || label === '' ? cell : `${label}: ${cell}`;
    })
    .filter((cell) => cell !== '')
    .join('; ');
}

export interface MarkdownContent {
  /** The front matter's title, when it has one. */
  readonly title?: string;
  readonly blocks: Block[];
}

/**
 * Reads Markdown into headings and paragraphs of the text as displayed: `[text](url)` gives "text", emphasis markers
 * and table pipes go, each list item and table row is a paragraph. Front matter, code blocks, HTML blocks and
 * rules are not text to quote and are left out.
 */
export function readMarkdownBlocks(text: string): MarkdownContent {
  const { title, body } = splitFrontMatter(text.replace(/^\uFEFF/u, ''));
  const blocks: Block[] = [];
  let header: string[] = [];
  let row: string[] | undefined;
  let inHeader = false;
  let inHeading = false;
  let itemStart = false;
  const push = (kind: Block['kind'], content: string): void => {
    const trimmed = content.trim();
    if (trimmed !== '') blocks.push({ kind, text: trimmed });
  };
  for (const token of markdownParser().parse(body, {})) {
    if (token.type === 'heading_open') inHeading = true;
    else if (token.type === 'heading_close') inHeading = false;
    else if (token.type === 'list_item_open') itemStart = true;
    else if (token.type === 'thead_open') inHeader = true;
    else if (token.type === 'thead_close') inHeader = false;
    else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close' && row) {
      if (inHeader) header = row;
      else push('paragraph', rowText(row, header));
      row = undefined;
    } else if (token.type === 'inline') {
      const shown = displayedText(token.children ?? []);
      if (row) row.push(shown.trim());
      else if (inHeading) push('heading', shown);
      else push('paragraph', itemStart ? shown.replace(TASK_BOX, '') : shown);
      itemStart = false;
    }
  }
  return title ? { title, blocks } : { blocks };
}
