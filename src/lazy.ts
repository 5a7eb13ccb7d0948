import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A value made the first time it is asked for, then the same one: word lists and parsers that a start does not
 * need are made when a question first does (or by the warm-up), not at import.
 */
export function lazy<T>(make: () => T): () => T {
  let made: { readonly value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** A CommonJS package loaded now: with `lazy`, when first needed rather than at import. */
export function requirePackage<T>(name: string): T {
  return require(name) as T;
}
