/** Whether a file is Markdown (`.md`, `.markdown`): read as displayed, and how manuals, READMEs and FAQs are written. */
export function isMarkdown(fileName: string): boolean {
  return /\.(md|markdown)$/iu.test(fileName);
}

/** Whether a document is a manual (a README, a guide, an FAQ), read and asked otherwise than prose: one in Markdown. */
export function isManualDocument(document: { readonly source: string }): boolean {
  return isMarkdown(document.source);
}
