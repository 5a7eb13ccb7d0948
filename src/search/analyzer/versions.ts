import type { Token, TokenFilter } from './token.ts';

/** A number that may be a release: `v` and up to three numbers (`v7`, `v7.0.0`), or three numbers (`7.0.0`). */
const VERSION = /^(v?)(\d+(?:\.\d+){0,2})$/u;

/**
 * A release version and its shorter forms, without its `v`: `v7.0.0` → `v7.0.0`, `7.0.0`, `7.0`, `7`. Nothing for a
 * decimal (`1.5`) or a plain number (`7`), which no `v` or third number marks as a version.
 */
export function versionForms(term: string): string[] {
  const match = VERSION.exec(term);
  if (!match) return [];
  const [, v, numbers] = match;
  const parts = numbers!.split('.');
  if (v === '' && parts.length < 3) return [];
  const shorter = parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
  return [...new Set([term, ...shorter])];
}

/**
 * `v7.0.0` → also `7.0.0`, `7.0` and `7`, at one position: a changelog heads a release "v7.0.0", and a member asks
 * what changed in "7.0" or in "version 7". Runs after case folding (`V7.0`).
 */
export const splitVersions: TokenFilter = (tokens) =>
  tokens.flatMap((token) => {
    const forms = versionForms(token.term);
    return forms.length === 0 ? [token] : forms.map((term) => ({ ...token, term }));
  });
