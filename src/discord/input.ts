/**
 * Removes Discord's markup from text a member typed, before it is searched: user, role and channel mentions,
 * custom emoji, @everyone and @here, and code fences. What remains is what the member meant to ask.
 */
export function plainQuestion(text: string): string {
  return text
    .replace(/<a?:(\w{1,32}):\d{15,21}>/gu, ' $1 ')
    .replace(/<(?:@[!&]?|#)\d{15,21}>|<@[!&]?\d+>|<#\d+>/gu, ' ')
    .replace(/@(?:everyone|here)\b/giu, ' ')
    .replace(/`{1,3}/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
