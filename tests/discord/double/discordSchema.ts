import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { DISCORD_API_SPEC } from '../../helpers/sharedData.ts';

/** The part of a recorded request its schema check reads. */
export interface SentBody {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

/** One operation of the spec: its templated path as a pattern, and where its request body's schema sits. */
interface Operation {
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  readonly literalSegments: number;
  readonly requestBody?: { readonly required?: boolean; readonly content?: Record<string, unknown> };
}

/** OpenAPI's numeric formats and Discord's own, which ajv-formats does not know. */
const OPENAPI_FORMATS = {
  int32: { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 },
  int64: { type: 'number', validate: (n: number) => Number.isInteger(n) },
  double: { type: 'number', validate: (n: number) => Number.isFinite(n) },
  snowflake: /^(0|[1-9][0-9]*)$/u,
  // A nonce's bound is the maxLength beside it in the spec.
  nonce: true,
} as const;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A JSON pointer segment, escaped for a `$ref`'s fragment. */
const pointerSegment = (segment: string) => encodeURIComponent(segment.replace(/~/gu, '~0').replace(/\//gu, '~1'));

/** Discord's OpenAPI description, read once, with one compiled validator per operation as it is first needed. */
class DiscordSchema {
  private readonly ajv = new Ajv2020({ strict: false });
  private readonly operations: Operation[];
  private readonly apiPrefix: string;
  private readonly validators = new Map<Operation, ValidateFunction>();

  constructor(spec: any) {
    formats.default(this.ajv);
    for (const [name, format] of Object.entries(OPENAPI_FORMATS)) this.ajv.addFormat(name, format);
    // The whole spec under one id, so that requestBody schemas and their `#/components/...` refs resolve in it.
    this.ajv.addSchema({ ...spec, $id: 'spec' });
    this.apiPrefix = new URL(spec.servers[0].url).pathname;
    this.operations = Object.entries(spec.paths as Record<string, Record<string, any>>).flatMap(([template, item]) =>
      Object.entries(item)
        .filter(([method]) => method !== 'parameters')
        .map(([method, operation]) => ({
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${template.split(/\{[^}]+\}/u).map(escapeRegExp).join('[^/]+')}$`, 'u'),
          literalSegments: template.split('/').filter((segment) => !segment.startsWith('{')).length,
          requestBody: operation.requestBody,
        })),
    );
  }

  /** Why Discord would refuse this body by its schema; [] when it fits. */
  violations({ method, path, body }: SentBody): string[] {
    const where = `${method} ${path}`;
    if (!path.startsWith(this.apiPrefix)) return [`${where}: not under ${this.apiPrefix}`];
    const apiPath = path.slice(this.apiPrefix.length);
    // The most literal match wins, as Discord's router does: `messages/@original` before `messages/{message_id}`.
    const operation = this.operations
      .filter((candidate) => candidate.method === method && candidate.pattern.test(apiPath))
      .sort((a, b) => b.literalSegments - a.literalSegments)[0];
    if (!operation) return [`${where}: Discord's OpenAPI description has no such operation`];
    if (body === undefined) return operation.requestBody?.required ? [`${where} (${operation.template}): a body is required`] : [];
    if (!operation.requestBody?.content?.['application/json']) return [`${where} (${operation.template}): the spec describes no JSON body here`];
    const validate = this.validator(operation);
    return validate(body) ? [] : [`${where} (${operation.template}): ${this.ajv.errorsText(validate.errors, { dataVar: 'body' })}`];
  }

  private validator(operation: Operation): ValidateFunction {
    let validate = this.validators.get(operation);
    if (!validate) {
      const pointer = ['paths', operation.template, operation.method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema'];
      validate = this.ajv.compile({ $ref: `spec#/${pointer.map(pointerSegment).join('/')}` });
      this.validators.set(operation, validate);
    }
    return validate;
  }
}

let loaded: DiscordSchema | undefined;

/** Why Discord would refuse the body of a request the bot sent, by its published schema; [] when it fits. */
export function discordSchemaViolations(request: SentBody): string[] {
  loaded ??= new DiscordSchema(JSON.parse(readFileSync(DISCORD_API_SPEC, 'utf8')));
  return loaded.violations(request);
}
