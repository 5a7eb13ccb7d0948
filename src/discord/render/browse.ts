import type { APIEmbed } from 'discord.js';
import type { Contents, DocumentNeeded, SectionText } from '../../engine/sections.ts';
import type { Summary, SummaryNotFound } from '../../engine/summarize.ts';
import { whichDocument, type CommandExample } from '../../present/documentChoice.ts';
import { counted } from '../../present/plural.ts';
import { placeInDocument, sectionLabel } from '../../present/reference.ts';
import { blockquote, escapeEcho, escapeText } from './escape.ts';
import { LIMITS, truncate } from './limits.ts';
import { ACCENT, MUTED, reply, type ButtonSpec, type Reply } from './reply.ts';

/** Room for a section page's text, leaving the rest of the 4096 for markup. */
const PAGE_SIZE = 3800;

/** Joins lines until the next would not fit, then says how many were left out. */
function fitLines(lines: readonly string[], max: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const note = `\n…and ${lines.length - i} more`;
    if (length + line.length + 1 + (i < lines.length - 1 ? note.length : 0) > max) {
      kept.push(note.trim());
      break;
    }
    kept.push(line);
    length += line.length + 1;
  }
  return truncate(kept.join('\n'), max);
}

export function renderNotFound(missing: { what: string; name: string }): Reply {
  return reply([{ color: MUTED, description: `There is no ${missing.what} called “${escapeEcho(truncate(missing.name, 200))}”. Try /sections.` }], {
    ephemeral: true,
  });
}

/** /section: the section's first page, or why there is none. */
export function renderSection(result: SectionText | DocumentNeeded | undefined, name: string): Reply {
  if (!result) return renderNotFound({ what: 'section', name });
  if (result.kind === 'document-needed') return renderDocumentNeeded(result, { command: 'section', options: [['name', name]] });
  return renderSectionPage(result, 0);
}

/** /summary or /section without a document when several are loaded: the documents to choose from, privately. */
export function renderDocumentNeeded(needed: DocumentNeeded, request: CommandExample): Reply {
  const rows = needed.documents.map((document) => `**${escapeText(document.id)}** — ${escapeText(document.title)}`);
  const lead = `${escapeEcho(whichDocument(needed, request, 'the document option'))}.`;
  return reply([{ color: MUTED, description: fitLines([lead, '', ...rows], LIMITS.embedDescription) }], { ephemeral: true });
}

/** /summary: each sentence quoted with its reference, in document order. */
export function renderSummary(result: Summary | SummaryNotFound | DocumentNeeded): Reply {
  if (result.kind === 'document-needed') return renderDocumentNeeded(result, { command: 'summary' });
  if (result.kind === 'not-found') return renderNotFound(result);
  const scope = result.section ? sectionLabel(result.section) : result.document.title;
  const lines = result.sentences.map(
    (passage) => `${blockquote(escapeText(passage.text))}\n— ${escapeText(placeInDocument(passage.ref))}`,
  );
  const embed: APIEmbed = {
    color: ACCENT,
    title: truncate(`Summary of ${escapeText(scope)} (${result.length})`, LIMITS.embedTitle),
    description: fitLines(lines, LIMITS.embedDescription),
    footer: { text: truncate(escapeText(result.document.title), LIMITS.footer) },
  };
  return reply([embed]);
}

/** /sections: numbers, titles and paragraph counts, one embed per document. */
export function renderContents(contents: readonly Contents[]): Reply {
  const embeds = contents.map(
    ({ document, sections }): APIEmbed => ({
      color: ACCENT,
      title: truncate(`Contents · ${escapeText(document.title)}`, LIMITS.embedTitle),
      description: fitLines(
        sections.map((s) => `**§${s.number}** ${escapeText(s.title)} — ${counted(s.paragraphs, 'paragraph')}`),
        LIMITS.embedDescription,
      ),
      footer: { text: `Read one with /section · document id: ${document.id}` },
    }),
  );
  return reply(embeds.length > 0 ? embeds : [{ color: MUTED, description: 'No document is loaded.' }]);
}

/** Splits text at a space or line break so that every piece fits. */
function splitLong(text: string, size: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const cut = Math.max(rest.lastIndexOf(' ', size), rest.lastIndexOf('\n', size));
    const at = cut > size / 2 ? cut : size;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  return [...pieces, rest];
}

/** A section's paragraphs packed into pages of at most PAGE_SIZE rendered characters; the same pages every time. */
export function sectionPages(section: SectionText): string[] {
  const pages: string[] = [];
  let page = '';
  for (const paragraph of section.paragraphs) {
    for (const piece of splitLong(`**¶${paragraph.number}** ${escapeText(paragraph.text)}`, PAGE_SIZE)) {
      if (page !== '' && page.length + 2 + piece.length > PAGE_SIZE) {
        pages.push(page);
        page = '';
      }
      page = page === '' ? piece : `${page}\n\n${piece}`;
    }
  }
  return page === '' ? [...pages, '(This section is empty.)'] : [...pages, page];
}

/** /section and its buttons: one page of the section, with Previous / Next when it runs over. */
export function renderSectionPage(section: SectionText, requestedPage: number, ephemeral = false): Reply {
  const pages = sectionPages(section);
  const page = Math.min(Math.max(0, requestedPage), pages.length - 1);
  const embed: APIEmbed = {
    color: ACCENT,
    title: truncate(escapeText(sectionLabel(section)), LIMITS.embedTitle),
    description: pages[page] ?? '',
    footer: { text: truncate(`${escapeText(section.document.title)}${pages.length > 1 ? ` · page ${page + 1} of ${pages.length}` : ''}`, LIMITS.footer) },
  };
  const turn = (to: number, label: string): ButtonSpec => ({
    label,
    state: { kind: 'section', mode: 'turn', document: section.document.id, section: section.number, page: to },
    disabled: to < 0 || to >= pages.length,
  });
  const buttons = pages.length > 1 ? [turn(page - 1, 'Previous'), turn(page + 1, 'Next')] : [];
  return reply([embed], { buttons, ephemeral });
}
