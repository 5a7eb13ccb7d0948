import { ButtonStyle, ComponentType, embedLength, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import { encodeButton, type ButtonState } from '../customIds.ts';
import { LIMITS, truncate } from './limits.ts';

/** A reply as docent sends it: the same shape for reply, editReply, update and followUp. */
export interface Reply {
  readonly content?: string;
  readonly embeds: readonly APIEmbed[];
  readonly components: readonly APIActionRowComponent<APIButtonComponent>[];
  /** Nobody is ever pinged, whatever the text says. */
  readonly allowedMentions: { readonly parse: readonly [] };
  /** Seen only by the member who asked. */
  readonly ephemeral: boolean;
}

export interface ButtonSpec {
  readonly label: string;
  readonly state: ButtonState;
  readonly disabled?: boolean;
}

/** docent's embed colour. */
export const ACCENT = 0x5865f2;
export const MUTED = 0x99aab5;

/** Holds one embed to every per-part limit, the names and values of its fields included. */
function fitParts(embed: APIEmbed): APIEmbed {
  return {
    ...embed,
    ...(embed.title === undefined ? {} : { title: truncate(embed.title, LIMITS.embedTitle) }),
    ...(embed.description === undefined ? {} : { description: truncate(embed.description, LIMITS.embedDescription) }),
    ...(embed.footer === undefined ? {} : { footer: { ...embed.footer, text: truncate(embed.footer.text, LIMITS.footer) } }),
    ...(embed.author === undefined ? {} : { author: { ...embed.author, name: truncate(embed.author.name, LIMITS.author) } }),
    ...(embed.fields === undefined
      ? {}
      : {
          fields: embed.fields.slice(0, LIMITS.embedFields).map((field) => ({
            ...field,
            name: truncate(field.name, LIMITS.fieldName) || '\u200B',
            value: truncate(field.value, LIMITS.fieldValue) || '\u200B',
          })),
        }),
  };
}

/** Keeps the embeds of one message within 6000 characters together: later fields go first, then text is cut. */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted = embeds.slice(0, LIMITS.embeds).map(fitParts);
  const total = (): number => fitted.reduce((sum, embed) => sum + embedLength(embed), 0);
  for (let i = fitted.length - 1; i >= 0 && total() > LIMITS.embedTotal; i--) {
    const embed = fitted[i]!;
    const fields = [...(embed.fields ?? [])];
    while (fields.length > 0 && total() > LIMITS.embedTotal) {
      fields.pop();
      fitted[i] = { ...embed, fields };
    }
    const excess = total() - LIMITS.embedTotal;
    if (excess > 0 && embed.description) {
      fitted[i] = { ...fitted[i], description: truncate(embed.description, Math.max(1, embed.description.length - excess)) };
    }
  }
  return fitted.filter((embed) => embedLength(embed) > 0 || embed.color !== undefined).slice(0, LIMITS.embeds);
}

/** Buttons in rows of five, at most five rows, labels and ids within their limits. */
export function buttonRows(buttons: readonly ButtonSpec[]): APIActionRowComponent<APIButtonComponent>[] {
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  const limited = buttons.slice(0, LIMITS.buttonsPerRow * LIMITS.rows);
  for (let i = 0; i < limited.length; i += LIMITS.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: limited.slice(i, i + LIMITS.buttonsPerRow).map((button) => ({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: truncate(button.label, LIMITS.buttonLabel),
        custom_id: encodeButton(button.state),
        disabled: button.disabled ?? false,
      })),
    });
  }
  return rows;
}

/** The one way replies are made: embeds fitted to the limits, mentions disabled. */
export function reply(embeds: readonly APIEmbed[], options: { buttons?: readonly ButtonSpec[]; ephemeral?: boolean; content?: string } = {}): Reply {
  return {
    ...(options.content === undefined ? {} : { content: truncate(options.content, LIMITS.content) }),
    embeds: fitEmbeds(embeds),
    components: buttonRows(options.buttons ?? []),
    allowedMentions: { parse: [] },
    ephemeral: options.ephemeral ?? false,
  };
}
