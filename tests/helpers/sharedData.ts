import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDataPresent, sharedDir } from '../../src/eval/sharedData.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Whether the public sets are beside the clone; where they are not, tests of them are skipped, not failed. */
export const SHARED_DATA_PRESENT = sharedDataPresent();

/** Discord's published OpenAPI description, which every request body the bot sends must fit. */
export const DISCORD_API_SPEC = join(sharedDir(), 'discord-api-spec/openapi.json');
export const DISCORD_API_SPEC_PRESENT = existsSync(DISCORD_API_SPEC);

/** A test's name, saying why it is skipped when `missing` (in the shared folder) is not there. */
const needing = (present: boolean, missing: string) => (name: string) =>
  present ? name : `${name} (skipped: ${relative(ROOT, missing)} not found beside the clone)`;

/** A test's name, saying why it is skipped when the public sets are not there. */
export const needingSharedData = needing(SHARED_DATA_PRESENT, join(sharedDir(), 'data'));

/** A test's name, saying why it is skipped when Discord's OpenAPI description is not there. */
export const needingDiscordApiSpec = needing(DISCORD_API_SPEC_PRESENT, DISCORD_API_SPEC);

/** The docs-qa set: three real technical documents and own-words questions about them. */
export const DOCS_QA = join(sharedDir(), 'docs-qa');
export const DOCS_QA_PRESENT = existsSync(join(DOCS_QA, 'dev.jsonl'));

/** A test's name, saying why it is skipped when the docs-qa set is not there. */
export const needingDocsQa = needing(DOCS_QA_PRESENT, DOCS_QA);
