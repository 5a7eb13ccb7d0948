import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_LENGTH } from '../../src/engine/ask.ts';
import { SEED_TEXT, docentOf, seedDocent } from '../helpers/seed.ts';

describe('ask on the seed document', () => {
  const docent = seedDocent();

  it('quotes the sentence that answers, verbatim, with its reference', () => {
    const result = docent.ask('Who leads the Homeland Security Council officials?');
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    expect(result.answer.text).toContain('Stephen Miller');
    expect(SEED_TEXT).toContain(result.answer.text);
    expect(result.answer.ref).toMatchObject({
      document: { id: 'us-mexico-security', title: 'The White House Divided: Debating Military Strikes vs. Collaboration with Mexico' },
      section: { number: 1, title: 'The White House Divided: Debating Military Strikes vs. Collaboration with Mexico' },
      paragraph: 2,
    });
    expect(result.answer.ref.sentences[0]).toBe(1);
  });

  it('offers up to three supporting passages, none repeating the answer', () => {
    const result = docent.ask('What did Mexican authorities seize in Sinaloa?');
    if (result.kind !== 'answer') throw new Error('expected an answer');
    expect(result.supporting.length).toBeGreaterThan(0);
    expect(result.supporting.length).toBeLessThanOrEqual(3);
    for (const passage of result.supporting) {
      expect(result.answer.text).not.toContain(passage.text);
      expect(SEED_TEXT).toContain(passage.text);
    }
  });

  it('answers from a sentence that leans on its predecessor, in a quote of at most two sentences and 450 characters', () => {
    const result = docent.ask('What did the Cienfuegos incident lead to?');
    if (result.kind !== 'answer') throw new Error('expected an answer');
    expect(result.answer.text).toContain('near-collapse of joint anti-narcotics operations');
    const [first, last] = result.answer.ref.sentences;
    expect(last - first).toBeLessThanOrEqual(1);
    expect(result.answer.text.length).toBeLessThanOrEqual(MAX_ANSWER_LENGTH);
  });

  it('finds answers despite accents, dotted acronyms and typos', () => {
    const answers = ['Who is Omar Garcia Harfuch?', 'What did the CIA share?', 'What did Claudia Sheinbaum stae about sovreignty?'].map(
      (question) => docent.ask(question),
    );
    expect(answers.map((result) => (result.kind === 'answer' ? result.answer.text : result.reason))).toEqual([
      expect.stringContaining('secretary of security'),
      expect.stringContaining('intelligence gathered from drone operations'),
      expect.stringContaining('Sovereignty is not negotiable'),
    ]);
  });

  it('refuses, naming the missing name, when the document does not mention it', () => {
    const result = docent.ask('Who is the mayor of New York?');
    expect(result).toMatchObject({ kind: 'refusal', reason: 'not-mentioned', missing: ['New York'] });
    expect(docent.ask('What did Canada say about the cartels?')).toMatchObject({ kind: 'refusal', missing: ['Canada'] });
  });

  it('refuses a question the document says nothing about', () => {
    expect(docent.ask('How do I bake sourdough bread?')).toMatchObject({ kind: 'refusal', reason: 'not-mentioned', missing: ['sourdough'] });
    // "support" matches "supporting" in the seed, but only frames the question: pino, log and rotation appear nowhere.
    // The reply names "pino", a name in lower case, and "rotation", the thing asked about; "log" is also a verb.
    expect(docent.ask('Does pino support log rotation?')).toMatchObject({ kind: 'refusal', reason: 'not-mentioned', missing: ['pino', 'rotation'] });
  });

  it('answers a yes/no question that says in a verb of its own what the document says otherwise', () => {
    const harbour = docentOf('# Harbour works\n\nThe council is weighing plans for a new quay in the old harbour.\n\nThe quay would open in 2027.');
    expect(harbour.ask('Is the council thinking about a new quay?').kind).toBe('answer');
  });

  it('refuses a question with no searchable words', () => {
    expect(docent.ask('what is it?')).toMatchObject({ kind: 'refusal', reason: 'no-terms', related: [] });
    expect(docent.ask('')).toMatchObject({ kind: 'refusal', reason: 'no-terms' });
  });
});

describe('ask across several documents', () => {
  const docent = docentOf('# Apples\n\nApples grow on trees in orchards.', '# Boats\n\nBoats float on water in harbours.');

  it('answers from whichever document holds the answer, or only the one asked', () => {
    const result = docent.ask('Where do boats float?');
    expect(result.kind === 'answer' && result.answer.ref.document.id).toBe('doc2');
    expect(docent.ask('Where do boats float?', { document: 'doc1' }).kind).toBe('refusal');
  });
});

describe('ask of a document that repeats itself', () => {
  it('offers the same words once, though the document writes them in two places and wraps them differently', () => {
    const repeated = 'The parser returns an object with the parsed keys and values.';
    const docent = docentOf(
      `# envkit\n\n## Parse\n\n${repeated}\n\n## Reference\n\n### parse\n\n${repeated.replace('with the ', 'with the\n')}\n\nThe parser accepts a string or a buffer.`,
    );
    const result = docent.ask('what does the parser return?');
    if (result.kind !== 'answer') throw new Error(`expected an answer, got ${JSON.stringify(result)}`);
    const shown = [result.answer, ...result.supporting].map((passage) => passage.text.replace(/\s+/gu, ' '));
    expect(shown.filter((text) => text === repeated)).toHaveLength(1);
  });
});

describe('ask about numbers written another way', () => {
  const docent = docentOf(
    '# Teachers\n\nThe basic pay for a starting teacher is €27,814 p.a., rising incrementally to €53,423. Teachers in Ireland are trained at colleges of education. About 60% of teachers in Ireland are women.\n\n# Newcastle\n\nThe city was besieged for many months. Charles I was imprisoned in Newcastle by the Scots in 1646–7.',
  );

  it('meets a question asking for a sum in the currency whose sign the text writes, and marks the sum', () => {
    const result = docent.ask('What is the basic pay for a teacher, in euros?');
    if (result.kind !== 'answer') throw new Error('expected an answer');
    expect(result.answer.text).toContain('€27,814');
    expect(result.answer.matched).toContain('€27,814');
  });

  it('meets a question asking for a percentage in a share written with its sign, and marks the share', () => {
    const result = docent.ask('What percentage of teachers in Ireland are women?');
    if (result.kind !== 'answer') throw new Error('expected an answer');
    expect(result.answer.text).toContain('60%');
    expect(result.answer.matched).toContain('60%');
  });

  it('answers a question naming the last year of a range written short', () => {
    const result = docent.ask('Who was imprisoned in Newcastle by the Scots in 1647?');
    expect(result.kind === 'answer' && result.answer.text).toContain('Charles I');
  });
});

describe('ask with a word written short', () => {
  const docent = docentOf('# Broadcast\n\nThe game was shown on television by CBS in the United States. Tickets sold out within hours.');

  it('meets an abbreviation the document writes out, instead of refusing it as not mentioned', () => {
    const result = docent.ask('Which TV network showed the game?');
    if (result.kind !== 'answer') throw new Error(`expected an answer, got ${JSON.stringify(result)}`);
    expect(result.answer.text).toContain('CBS');
    expect(result.answer.matched).toContain('television');
  });
});
