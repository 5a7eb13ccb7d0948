import type { DocumentNeeded } from '../engine/sections.ts';
import { counted } from './plural.ts';

/** A command's request, as `whichDocument` shows it again with a document: `/section name: 2`. */
export interface CommandExample {
  readonly command: string;
  readonly options?: readonly (readonly [name: string, value: string])[];
}

/**
 * The first line of the reply when a command needs one document and several are loaded: how many there are, and how
 * to name one, `how` as the surface takes it ("the document option"), with the request again as an example.
 *
 * @example
 * whichDocument(needed, { command: 'section', options: [['name', '2']] }, 'the document option');
 * // "4 documents are loaded: say which one with the document option, as in /section name: 2 document: dotenv-readme"
 */
export function whichDocument(needed: DocumentNeeded, request: CommandExample, how: string): string {
  const options = [...(request.options ?? []), ['document', needed.documents[0]?.id ?? 'ID'] as const];
  const example = [`/${request.command}`, ...options.map(([name, value]) => `${name}: ${value}`)].join(' ');
  return `${counted(needed.documents.length, 'document')} are loaded: say which one with ${how}, as in ${example}`;
}
