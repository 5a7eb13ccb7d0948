/**
 * Reads a document's aliases file (`<name>.aliases` next to it): one group of names per line, separated by "=",
 * each name standing for the others. Blank lines and lines starting with "#" are ignored.
 *
 * @example
 * parseAliases('JSOC = Joint Special Operations Command\nEl Chapo = Joaquín Guzmán');
 * // [['JSOC', 'Joint Special Operations Command'], ['El Chapo', 'Joaquín Guzmán']]
 */
export function parseAliases(text: string): string[][] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('=').map((name) => name.trim()).filter((name) => name !== ''))
    .filter((names) => names.length >= 2);
}
