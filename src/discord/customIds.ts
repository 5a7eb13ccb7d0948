import { stopWords } from '../search/analyzer/stopWords.ts';
import { tokenize } from '../search/analyzer/tokenize.ts';
import { INVISIBLE_CONTROLS } from './render/escape.ts';
import { LIMITS } from './render/limits.ts';

/**
 * Button state lives entirely in `custom_id`, so buttons keep working after a restart and on any shard.
 * Every id is at most 100 characters; parsing rejects anything malformed (stale or forged ids).
 */
export type ButtonState =
  /** The next page of supporting passages for a question. */
  | { readonly kind: 'more'; readonly page: number; readonly document: string; readonly question: string }
  /** A page of a section's text: `open` sends it as a new message, `turn` replaces the current one. */
  | { readonly kind: 'section'; readonly mode: 'open' | 'turn'; readonly document: string; readonly section: number; readonly page: number }
  /** A member's 👍 (1) or 👎 (-1) on a stored answer. */
  | { readonly kind: 'vote'; readonly vote: 1 | -1; readonly answer: number };

const SEPARATOR = '|';
const MAX_PAGE = 999;

/** The words a question cannot lose: a question word and every non-stop word, in order. */
function compactQuestion(question: string, room: number): string {
  if (question.length <= room) return question;
  const words = tokenize(question).map((token) => token.surface);
  const wh = words.find((word) => /^(?:who|whom|whose|when|where|why|how|what|which)$/iu.test(word));
  const stop = stopWords();
  const content = words.filter((word) => !stop.has(word.toLowerCase()));
  let compact = '';
  for (const word of wh ? [wh, ...content] : content) {
    const next = compact === '' ? word : `${compact} ${word}`;
    if (next.length > room) break;
    compact = next;
  }
  return compact;
}

export function encodeButton(state: ButtonState): string {
  const clean = (text: string): string => text.replace(INVISIBLE_CONTROLS, ' ').replaceAll(SEPARATOR, ' ');
  if (state.kind === 'more') {
    const head = ['more', String(state.page), clean(state.document), ''].join(SEPARATOR);
    return head + compactQuestion(clean(state.question), LIMITS.customId - head.length);
  }
  if (state.kind === 'vote') return ['vote', state.vote === 1 ? 'up' : 'down', String(state.answer)].join(SEPARATOR);
  return ['section', state.mode, clean(state.document), String(state.section), String(state.page)].join(SEPARATOR).slice(0, LIMITS.customId);
}

const toPage = (text: string | undefined): number | undefined => {
  if (text === undefined || !/^\d{1,3}$/u.test(text)) return undefined;
  const page = Number(text);
  return page <= MAX_PAGE ? page : undefined;
};

/** The state behind a button, or undefined for an id docent did not make. */
export function decodeButton(customId: string): ButtonState | undefined {
  if (customId.length > LIMITS.customId) return undefined;
  const [kind, ...parts] = customId.split(SEPARATOR);
  if (kind === 'more' && parts.length >= 3) {
    const page = toPage(parts[0]);
    const question = parts.slice(2).join(SEPARATOR).trim();
    return page === undefined || question === '' ? undefined : { kind, page, document: parts[1] ?? '', question };
  }
  if (kind === 'section' && parts.length === 4) {
    const [mode, document = '', sectionText, pageText] = parts;
    const section = toPage(sectionText);
    const page = toPage(pageText);
    if ((mode !== 'open' && mode !== 'turn') || section === undefined || page === undefined) return undefined;
    return { kind, mode, document, section, page };
  }
  if (kind === 'vote' && parts.length === 2 && (parts[0] === 'up' || parts[0] === 'down') && /^[1-9]\d{0,15}$/u.test(parts[1] ?? '')) {
    return { kind, vote: parts[0] === 'up' ? 1 : -1, answer: Number(parts[1]) };
  }
  return undefined;
}
