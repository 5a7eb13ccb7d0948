import { readChoices } from '../commands/choices.ts';
import { textOption, type CommandDefinition, type Options } from '../commands/definition.ts';
import type { Engine } from '../engine/engine.ts';
import { findDocument } from '../engine/find.ts';
import type { Document } from '../knowledge/types.ts';
import { unknownChoice } from '../present/unknownChoice.ts';
import { slashOptions } from './slashOptions.ts';

/** The words for a document name that matches none of those loaded. */
export function unknownDocument(documents: readonly Document[], name: string): string {
  return `No document called "${name}". Loaded: ${documents.map((document) => document.id).join(', ')}.`;
}

/** Plain text stands for the command's first option other than the document. */
function plainOptions(definition: CommandDefinition, text: string): Options {
  const first = definition.options.find((option) => option.name !== 'document');
  return first ? { [first.name]: text.trim() } : {};
}

/**
 * A command's options from text typed either way: "/summary 3 short" or, as in Discord, "/summary section: 3
 * length: short"; the document named, else the console's. A console is private to its user, so `private` changes
 * nothing. A missing required option gets the command's usage instead.
 */
export function readConsoleOptions(docent: Engine, definition: CommandDefinition, text: string, defaultDocument?: string): { options: Options } | { problem: string } {
  const named = slashOptions(text, definition.options.map((option) => option.name));
  const typed = named ? Object.fromEntries(named) : (definition.readText?.(text, docent, defaultDocument) ?? plainOptions(definition, text));
  const document = textOption(typed, 'document') ?? defaultDocument;
  if (document !== undefined && !findDocument(docent.documents, document)) return { problem: unknownDocument(docent.documents, document) };
  const read = readChoices(definition, typed);
  if ('unknown' in read) return { problem: unknownChoice(read.unknown) };
  if (definition.options.some((option) => option.required && textOption(read.options, option.name) === undefined)) {
    return { problem: `Usage: ${definition.help.usage}` };
  }
  return { options: { ...read.options, document } };
}
