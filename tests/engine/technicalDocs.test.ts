import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_LENGTH } from '../../src/engine/ask.ts';
import { passageOfEntries, textWithLead } from '../../src/engine/passage.ts';
import { leadingSection } from '../../src/search/rank/headings.ts';
import { namedDocument, withoutDocumentName } from '../../src/search/rank/namedDocument.ts';
import { parseQuery, searchTerms } from '../../src/search/rank/query.ts';
import { Docent } from '../../src/engine/docent.ts';
import { parseDocument } from '../../src/knowledge/parse.ts';
import { docentOf, proseOf } from '../helpers/seed.ts';
import type { SentenceIndex } from '../../src/search/index/sentenceIndex.ts';

/** The document a question names, read in this index: what the question is then searched in. */
const namedIn = (index: SentenceIndex) => (question: string): string | undefined => namedDocument(index, parseQuery(question, index));

const ENVKIT = [
  '# envkit',
  '',
  'Envkit loads settings from a file into the process environment.',
  '',
  '## Usage',
  '',
  'Create a settings file in the root of your project:',
  '',
  '```ini',
  'PORT=8080',
  'SECRET_KEY="change-me"',
  '```',
  '',
  '## Production',
  '',
  'Commit your encrypted settings file to code and deploy.',
  '',
  '## FAQ',
  '',
  '<details><summary>Should I commit my settings file?</summary>',
  '',
  'No. Unless you encrypt it first.',
  '',
  '</details>',
].join('\n');

const TIDEKIT = ['# tidekit', '', 'Tidekit predicts harbour tides from tables.', '', '## Loading', '', 'Call loadTables() with the path of your tide tables.'].join('\n');

describe('technical documents', () => {
  const docent = docentOf(ENVKIT, TIDEKIT);

  it('quote a code block with the sentence that introduces it, both verbatim', () => {
    const result = docent.ask('how do I create a settings file for envkit?');
    if (result.kind !== 'answer') throw new Error(`expected an answer, got ${JSON.stringify(result)}`);
    expect(result.answer.code).toEqual({ language: 'ini', lead: 'Create a settings file in the root of your project:' });
    expect(result.answer.text).toBe('PORT=8080\nSECRET_KEY="change-me"');
    expect(textWithLead(result.answer)).toBe('Create a settings file in the root of your project:\nPORT=8080\nSECRET_KEY="change-me"');
    // The lead-in ranked alone is quoted as its code too: offered once, not again as support.
    expect(result.supporting.map((passage) => passage.text)).not.toContain(result.answer.text);
  });

  it('answer "what is <document>?" with its opening paragraph, which need not say its name, past code and metadata before it', () => {
    const quaykit = ['# quaykit', '', '```sh', 'npm i quaykit', '```', '', 'Extends: `harbour.Planner`', '', 'Berth planning for small ports, in one file.', '', '## Usage', '', 'Import quaykit before anything else.', '', 'Then quaykit reads berths.json and quaykit prints a plan.'].join('\n');
    const docs = docentOf(quaykit, TIDEKIT);
    for (const question of ['what is quaykit?', 'what does quaykit do?', 'quaykit', 'tell me about quaykit', 'explain quaykit']) {
      const result = docs.ask(question);
      expect(result.kind === 'answer' && result.answer.text, question).toBe('Berth planning for small ports, in one file.');
    }
    // A question that asks more than the name is ranked as any other.
    const usage = docs.ask('what does quaykit read?');
    expect(usage.kind === 'answer' && usage.answer.text).toBe('Then quaykit reads berths.json and quaykit prints a plan.');
  });

  it('answer "what is <document>?" from under its title heading, not from a sponsor note above it', () => {
    const quaykit = ['_Your support would be greatly appreciated._', '', '# quaykit', '', 'Berth planning for small ports, in one file.', '', '## Usage', '', 'Import quaykit before anything else.'].join('\n');
    const result = docentOf(quaykit, TIDEKIT).ask('what is quaykit?');
    expect(result.kind === 'answer' && result.answer.text).toBe('Berth planning for small ports, in one file.');
    // A contents list under the title (a <details> part) is no text above it: the tagline before it is the lead.
    const contents = ['# quaykit', '', 'Berth planning for small ports.', '', '<details><summary>Contents</summary>', '', '- [Install](#install)', '', '</details>', '', 'Install it first.', '', '## Install', '', 'Run npm i quaykit.'].join('\n');
    const listed = docentOf(contents, TIDEKIT).ask('what is quaykit?');
    expect(listed.kind === 'answer' && listed.answer.text).toBe('Berth planning for small ports.');
    // With nothing but code under the title, the text above it is all there is to say what the document is.
    const bare = ['Berth planning for small ports.', '', '# quaykit', '', '```sh', 'npm i quaykit', '```'].join('\n');
    const only = docentOf(bare, TIDEKIT).ask('what is quaykit?');
    expect(only.kind === 'answer' && only.answer.text).toBe('Berth planning for small ports.');
  });

  it('know a name of two words typed as one ("nanoid" of "Nano ID"), and search the document it names', () => {
    const maps = ['# Quayo Maps', '', 'Harbour charts for the pocket.', '', '## Platforms', '', 'Works offline on phones and in the browser.'].join('\n');
    const other = ['# Berth Board', '', 'Berth Board does not work offline: it needs the harbour network.'].join('\n');
    const docs = docentOf(maps, other, TIDEKIT);
    const offline = docs.ask('does quayomaps work offline?');
    expect(offline.kind === 'answer' && offline.answer.text).toBe('Works offline on phones and in the browser.');
    const what = docs.ask('what is quayomaps?');
    expect(what.kind === 'answer' && what.answer.text).toBe('Harbour charts for the pocket.');
    // Who made it is no question its lead answers.
    const who = docs.ask('who wrote quayomaps?');
    expect(who.kind === 'answer' && who.answer.text).not.toBe('Harbour charts for the pocket.');
  });

  it('find a release by its number written with or without its v, and take no near release for it', () => {
    const changelog = docentOf('# Changelog\n\n## v2.1.0\n\n- Add the tide export.\n\n## v2.0.1\n\n- Fix the harbour map.\n\n## v1.9.0\n\n- Add berth colours.\n');
    for (const question of ['what was fixed in 2.0.1?', 'what did v2.0.1 fix?']) {
      const result = changelog.ask(question);
      expect(result.kind === 'answer' && result.answer.text, question).toBe('Fix the harbour map.');
    }
    const other = changelog.ask('what was added in 2.0.2?');
    expect(other.kind === 'answer' ? other.answer.text : 'refused').not.toBe('Fix the harbour map.');
  });

  it('refuse a numbered name the documents never write, rather than take the name without its number', () => {
    const docs = docentOf(`${TIDEKIT}\n\n## Fetching\n\nTidekit fetches its tables over http.`, ENVKIT);
    const result = docs.ask('does tidekit support http2?');
    expect(result.kind === 'refusal' && result.missing).toEqual(['http2']);
    expect(docs.ask('does tidekit fetch over http?').kind).toBe('answer');
  });

  it('weigh a number the documents never write when it only tells the problem, and refuse one that is asked about', () => {
    const docs = docentOf(`${TIDEKIT}\n\n## Limits\n\nRaise the depth option of tidekit to read tables nested deeper than the default limit.`, ENVKIT);
    expect(docs.ask('tables nested 3000 deep: how do I raise the depth limit of tidekit to read tables nested deeper?').kind).toBe('answer');
    expect(docs.ask('how do I raise the depth limit of tidekit to 3000?')).toMatchObject({ kind: 'refusal', reason: 'not-mentioned', missing: ['3000'] });
  });

  it('refuse how to do, or whether a document does, a thing it never names, and name that thing', () => {
    const logkit = docentOf(
      [
        '# logkit',
        '',
        'Logkit writes structured logs to standard output.',
        '',
        '## Redaction',
        '',
        'Use the redact option to hide secret keys in log lines.',
        '',
        'Set the censor option to replace each secret with your own text.',
        '',
        '## Files',
        '',
        'Pass the dot option to include dot files when logkit scans a folder.',
        '',
        'Drop a file in the box folder to have it scanned.',
        '',
        '## Retries',
        '',
        'The retry behavior of each transport is set by the retries option.',
      ].join('\n'),
    );
    expect(logkit.ask('does logkit support compression?')).toMatchObject({ kind: 'refusal', reason: 'not-mentioned', missing: ['compression'] });
    expect(logkit.ask('how do I set up log rotation with logkit?')).toMatchObject({ kind: 'refusal', reason: 'not-mentioned', missing: ['rotation'] });
    // Not what is asked about: an example or a contrast, a word that only qualifies one the document holds.
    const answers = (question: string) => logkit.ask(question).kind;
    expect(answers('can logkit hide secret keys, like passwords?')).toBe('answer');
    expect(answers('can logkit hide secret keys instead of printing passwords?')).toBe('answer');
    expect(answers('can logkit print my own placeholder text for secrets?')).toBe('answer');
    // A name the document lacks is asked about, even where it only qualifies a word the document holds.
    expect(logkit.ask('can logkit write yaml log lines?')).toMatchObject({ kind: 'refusal', reason: 'not-mentioned', missing: ['yaml'] });
    expect(answers('can someone show how logkit hides secret keys in log lines?')).toBe('answer');
    expect(answers('can logkit hide secret keys in log lines? (so nobody sees the passwords)')).toBe('answer');
    expect(answers('can logkit hide secret keys in log lines that we send to the server?')).toBe('answer');
    // Only a part with its own subject, or of time or cause, describes; a name there is still asked about, and a later question asks again.
    expect(logkit.ask('can logkit hide secret keys in log lines that we send to logstash?')).toMatchObject({ kind: 'refusal', missing: ['logstash'] });
    expect(logkit.ask('is it true that logkit supports compression?')).toMatchObject({ kind: 'refusal', missing: ['compression'] });
    expect(logkit.ask('can i choose which transport sends log lines to kafka?')).toMatchObject({ kind: 'refusal', missing: ['kafka'] });
    expect(logkit.ask('does logkit hide secret keys when we write log lines? does it support compression?')).toMatchObject({ kind: 'refusal', missing: ['compression'] });
    // A word that is also a verb or an adjective is as often the member's own way of saying it, in any of its forms.
    expect(answers('does logkit support blocking of secret keys in log lines?')).toBe('answer');
    expect(answers('can logkit hide secret tokens in log lines?')).toBe('answer');
    // A word the document writes as two, next to each other; not a name whose parts it holds apart.
    const dotFiles = logkit.ask('how do I include dotfiles when logkit scans a folder?');
    expect(dotFiles.kind === 'answer' && dotFiles.answer.text).toBe('Pass the dot option to include dot files when logkit scans a folder.');
    expect(logkit.ask('can logkit write secret keys to dropbox?')).toMatchObject({ kind: 'refusal', missing: ['dropbox'] });
    // A word in the other English's spelling is the same word.
    const behaviour = logkit.ask('how do I change the retry behaviour of logkit?');
    expect(behaviour.kind === 'answer' && behaviour.answer.text).toBe('The retry behavior of each transport is set by the retries option.');
  });

  it('refuse which one of a kind a manual never names, and name the kind; in prose, where the one is named without its kind, answer', () => {
    const manual = docentOf('# logkit\n\nLogkit writes structured logs to standard output.\n\n## Options\n\nSet the level option to drop quieter lines.\n\nLogkit is released on npm every month.\n');
    expect(manual.ask('what license is logkit released under?')).toMatchObject({ kind: 'refusal', reason: 'not-mentioned', missing: ['license'] });
    expect(manual.ask('which option drops quieter lines?').kind).toBe('answer');
    // The kind is the one word before the verb: not a verb itself, nor the first word of a longer name.
    expect(manual.ask('what determines which lines logkit drops?').kind).toBe('answer');
    expect(manual.ask('which open source license is logkit released under?')).not.toMatchObject({ missing: ['open'] });
    const prose = proseOf('Harbour news\n\nThe final was played at Levi\'s Stadium in Santa Clara in February.');
    expect(prose.ask('What venue was the final played at?').kind).toBe('answer');
  });

  it('find code by an identifier written in any case or split (camelCase, snake_case)', () => {
    for (const question of ['what does loadTables take?', 'how do I load tables?', 'what is the secret key?']) {
      expect(docent.ask(question).kind, question).toBe('answer');
    }
    const result = docent.quote('SECRET_KEY="change-me"');
    expect(result.matches[0]?.text).toBe('PORT=8080\nSECRET_KEY="change-me"');
  });

  it('take a question that names one document as asked of it', () => {
    const index = docent.search.index;
    expect(namedIn(index)('how does tidekit load settings?')).toBe('doc2');
    expect(namedIn(index)('does envkit work with tidekit?')).toBeUndefined();
    const physics = docentOf('# Force\n\nA push or a pull.', '# Islamism\n\nA political movement.').search.index;
    for (const question of ['what does the Air Force fly?', 'what is Islam?']) expect(namedIn(physics)(question), question).toBeUndefined();
    expect(namedIn(index)('how do I load settings?')).toBeUndefined();
    expect(namedIn(docentOf(ENVKIT).search.index)('what does envkit load?')).toBeUndefined();
  });

  it('take a title of dictionary words as a name when the document\'s code writes it, as software is installed by name', () => {
    const chalk = ['# Chalk', '', 'Terminal string styling done right.', '', '## Install', '', '```sh', 'npm install chalk', '```', '', '## Browser support', '', 'Since Chrome 69, escape codes work in the developer console.'].join('\n');
    const docs = docentOf(chalk, TIDEKIT, '# Force\n\nA push or a pull, felt in a browser too.');
    const index = docs.search.index;
    expect(namedIn(index)('does chalk work in the browser?')).toBe('doc1');
    expect(namedIn(index)('what is a force in a browser?')).toBeUndefined();
    const lead = docs.ask('what is chalk?');
    expect(lead.kind === 'answer' && lead.answer.text).toBe('Terminal string styling done right.');
    // A name of dictionary words names its document only for a question whose other words it holds.
    const report = '# Harbour report\n\nThe harbour master made two errors in the tide tables.';
    const errors = '# Errors\n\nEach error the client throws.\n\n```js\nconst errors = require("errors")\n```';
    const mixed = docentOf(errors, report).search.index;
    expect(namedIn(mixed)('what errors did the harbour master make?')).toBeUndefined();
    expect(namedIn(mixed)('which errors does the client throw?')).toBe('doc1');
    // A coined first word of a longer title, written in the code, is its name.
    const ajv = ['# Ajv JSON schema validator', '', 'The fastest JSON validator for Node.js and browser.', '', '```js', 'const Ajv = require("ajv")', '```'].join('\n');
    const titled = docentOf(ajv, TIDEKIT).search.index;
    expect(namedIn(titled)('does ajv support draft 2020?')).toBe('doc1');
    expect(namedIn(titled)('is json schema supported?')).toBeUndefined();
  });

  it('take the name of a reference page titled "kind: name" from after its colon', () => {
    const pages = docentOf('# Class: Berth\n\nA berth at a quay, as long as the ship.\n\n```js\nclass Plan {}\nconst berth = new Berth()\n```', '# Class: TideTable\n\nA table of tides.', TIDEKIT).search.index;
    const name = namedIn(pages);
    expect(name('how long is a berth?')).toBe('doc1');
    expect(name('what does a tidetable hold?')).toBe('doc2');
    expect(name('which class plans tides?')).toBeUndefined();
    const both = docentOf('# Node.js: quay-kit\n\nBerths for Node.js.\n\n```js\nrequire("quay-kit")\n```', TIDEKIT).search.index;
    expect(namedIn(both)('which node.js version does tidekit need?')).toBe('doc2');
    expect(namedIn(both)('does quay-kit plan berths?')).toBe('doc1');
  });

  it('take a name from the file name when the title only describes the document', () => {
    const described = parseDocument({ name: 'quaykit.md', text: '# The fastest berth planner for small ports\n\nWith quaykit, berths are planned in one pass.\n\n## Install\n\n```sh\nnpm i quaykit\n```\n' });
    const docs = new Docent([described, parseDocument({ name: 'tidekit.md', text: TIDEKIT })]);
    const index = docs.search.index;
    expect(namedIn(index)('is quaykit fast?')).toBe('quaykit');
    const lead = docs.ask('what is quaykit?');
    expect(lead.kind === 'answer' && lead.answer.text).toBe('With quaykit, berths are planned in one pass.');
  });

  it('take a name from a title that describes it after a colon, and a joined name only as written joined', () => {
    const named = docentOf('# quay-side: berth planning\n\nPlans berths.', '# tide kit — harbour tides\n\nPredicts tides.', ENVKIT).search.index;
    const name = namedIn(named);
    expect(name('does quay-side plan berths?')).toBe('doc1');
    expect(name('what is on the quay side?')).toBe('doc1');
    expect(name('which side of the quay is deeper?')).toBeUndefined();
    // "tide kit" is two dictionary words, not a name.
    expect(name('what is tide kit?')).toBeUndefined();
  });

  it('answer a question asked of one document from it, never under another document\'s heading', () => {
    const withComments = docentOf(`${ENVKIT}\n\n## Comment support\n\nComments are supported: lines that start with a hash are skipped.`, TIDEKIT);
    const result = withComments.ask('does tidekit support comments?');
    expect(result.kind === 'answer' ? result.answer.ref.document.id : 'refused').not.toBe('doc1');
  });

  it('do not favour the sentences that repeat the name of the document a question is asked of', () => {
    const index = docent.search.index;
    const terms = (question: string) => withoutDocumentName(index, parseQuery(question, index), 'doc1').terms.map((term) => term.surface);
    expect(terms('how do I create a settings file for envkit?')).toEqual(['create', 'settings', 'file']);
    expect(terms('envkit?')).toEqual(['envkit']);
  });

  it('answer from under an FAQ heading that asks the question, not from a sentence that only repeats its words', () => {
    const result = docent.ask('should I commit my settings file?');
    if (result.kind !== 'answer') throw new Error(`expected an answer, got ${JSON.stringify(result)}`);
    expect(result.answer.text).toBe('No. Unless you encrypt it first.');
    expect(result.answer.ref.section.title).toBe('FAQ › Should I commit my settings file?');
  });

  it('read a heading that asks the question as the place of its answer', () => {
    const index = docent.search.index;
    const query = parseQuery('should I commit my settings file?', index);
    expect(leadingSection(index, query, index.candidates(searchTerms(query)))?.section.title).toBe('FAQ › Should I commit my settings file?');
    expect(leadingSection(index, parseQuery('what are the tides?', index), index.candidates('tide'))).toBeUndefined();
  });

  it('quote two runs of code that fit the answer whole, leaving out their lead-in rather than cutting the code', () => {
    const lead = `A custom extractor can be passed, ${'for fields that need processing, '.repeat(4)}as the extract option:`;
    const first = `let index = new Index({\n${"  fields: ['title', 'author.name'],\n".repeat(5)}})`;
    const second = `// Access nested fields\nreturn name.split('.').reduce((doc, key) => doc && doc[key], document)`;
    const code = `${first}\n\n${second}`;
    expect(code.length).toBeLessThanOrEqual(MAX_ANSWER_LENGTH);
    expect(lead.length + 1 + code.length).toBeGreaterThan(MAX_ANSWER_LENGTH);
    const entries = docentOf(`# Fields\n\n${lead}\n\n\`\`\`js\n${code}\n\`\`\`\n`).search.sentences.filter((entry) => entry.sentence.ref.paragraph === 2);
    const passage = passageOfEntries(entries, 0, ['nested'], MAX_ANSWER_LENGTH);
    expect(passage.text).toBe(code);
    expect(passage.code).toEqual({ language: 'js' });
  });

  it('quote the sentences before a lead-in with it and its code, so that the sentence that answers is not lost', () => {
    const answer = 'By default, names are split on spaces and punctuation.';
    const lead = 'The splitting can be changed with the split option:';
    const docs = docentOf(`# Splitting\n\n${answer} ${lead}\n\n\`\`\`js\nnew Index({ split: (text) => text.split('-') })\n\`\`\`\n`);
    const entries = docs.search.sentences.filter((entry) => entry.sentence.ref.paragraph === 1);
    const passage = passageOfEntries(entries, 0, [], MAX_ANSWER_LENGTH);
    expect(passage.code).toEqual({ language: 'js', lead: `${answer} ${lead}` });
    expect(textWithLead(passage)).toBe(`${answer} ${lead}\nnew Index({ split: (text) => text.split('-') })`);
  });
});
