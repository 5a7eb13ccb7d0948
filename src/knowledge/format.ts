/** Whether a file is Markdown (`.md`, `.markdown`): read as displayed, and how manuals, READMEs and FAQs are written. */
export function isMarkdown(fileName: string): boolean {
  return /\.(md|markdown)$/iu.test(fileName);
}
