/**
 * An independent check of Discord's limits on a payload the bot sent (from the loopback notes), written apart
 * from the render code so that the render code is tested, not trusted.
 */
export function limitViolations(data: any): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string): void => {
    if (!ok) problems.push(problem);
  };
  if (!data) return problems;
  check((data.content ?? '').length <= 2000, 'content over 2000');
  const embeds: any[] = data.embeds ?? [];
  check(embeds.length <= 10, 'more than 10 embeds');
  let total = 0;
  for (const embed of embeds) {
    const title = embed.title ?? '';
    const description = embed.description ?? '';
    const footer = embed.footer?.text ?? '';
    const author = embed.author?.name ?? '';
    const fields: any[] = embed.fields ?? [];
    check(title.length <= 256, 'title over 256');
    check(description.length <= 4096, 'description over 4096');
    check(footer.length <= 2048, 'footer over 2048');
    check(author.length <= 256, 'author over 256');
    check(fields.length <= 25, 'more than 25 fields');
    for (const field of fields) {
      check(field.name.length >= 1 && field.name.length <= 256, 'field name not 1-256');
      check(field.value.length >= 1 && field.value.length <= 1024, 'field value not 1-1024');
      total += field.name.length + field.value.length;
    }
    total += title.length + description.length + footer.length + author.length;
  }
  check(total <= 6000, `embeds total ${total} over 6000`);
  const rows: any[] = data.components ?? [];
  check(rows.length <= 5, 'more than 5 rows');
  const ids = new Set<string>();
  for (const row of rows) {
    check((row.components ?? []).length <= 5, 'more than 5 buttons in a row');
    for (const button of row.components ?? []) {
      check(typeof button.custom_id === 'string' && button.custom_id.length >= 1 && button.custom_id.length <= 100, 'custom_id not 1-100');
      check((button.label ?? '').length <= 80, 'button label over 80');
      check(!ids.has(button.custom_id), 'duplicate custom_id');
      ids.add(button.custom_id);
    }
  }
  const choices: any[] | undefined = data.choices;
  if (choices) {
    check(choices.length <= 25, 'more than 25 choices');
    for (const choice of choices) {
      check(choice.name.length >= 1 && choice.name.length <= 100, 'choice name not 1-100');
      check(String(choice.value).length >= 1 && String(choice.value).length <= 100, 'choice value not 1-100');
    }
  }
  return problems;
}

/** Whether a payload can ping anyone: only an explicitly empty allowed_mentions is safe. */
export function canPing(data: any): boolean {
  const allowed = data?.allowed_mentions ?? data?.allowedMentions;
  return !allowed || !Array.isArray(allowed.parse) || allowed.parse.length > 0 || (allowed.users ?? []).length > 0 || (allowed.roles ?? []).length > 0;
}

/** Every piece of text a member would see in a payload. */
export function visibleText(data: any): string {
  const embeds: any[] = data?.embeds ?? [];
  return [
    data?.content ?? '',
    ...embeds.flatMap((embed) => [embed.title, embed.description, embed.footer?.text, ...(embed.fields ?? []).flatMap((f: any) => [f.name, f.value])]),
  ]
    .filter(Boolean)
    .join('\n');
}
