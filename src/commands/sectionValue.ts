/** Reads a section option: "3", a title, or "document-id#3" as picked from Discord's suggestions. */
export function parseSectionValue(value: string, document?: string): { section: string; document?: string } {
  const picked = /^(.+)#(\d+)$/u.exec(value.trim());
  if (picked?.[1] && picked[2]) return { section: picked[2], document: picked[1] };
  return { section: value, ...(document === undefined ? {} : { document }) };
}
