import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/commands.ts';
import { parseSummaryArgs } from '../../commands/summary.ts';
import { interpretLine, runConsole } from '../../src/cli/console.ts';
import { docentOf, seedDocent } from '../helpers/seed.ts';

async function session(lines: string[], json = false): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const done = runConsole(seedDocent(), { input, output, json });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return printed;
}

describe('offline console', () => {
  it('answers /ask with the quote behind "> " and the reference under it', async () => {
    const printed = await session(['/ask Who spearheads the Homeland Security Council officials?']);
    expect(printed).toMatch(/^> On the other side of the debate, .*Stephen Miller/mu);
    expect(printed).toContain('— The White House Divided: Debating Military Strikes vs. Collaboration with Mexico · §1 · ¶2');
    expect(printed).toContain('· ¶2');
  });

  it('takes a line without a command as a question, and says so plainly when the document has no answer', async () => {
    const printed = await session(['Who is the mayor of New York?']);
    expect(printed).toContain('The document does not mention “New York”');
  });

  it('runs /sections, /section, /summary, /quote and /help', async () => {
    const printed = await session(['/sections', '/section 4', '/summary 2 short', '/quote sovereignty is not negotiable', '/help']);
    expect(printed).toContain('§6 Looking Ahead: The Path to Cooperation and Conflict (2 paragraphs, 6 sentences)');
    expect(printed).toContain('¶1 Despite the tensions, the Mexican government has stepped up');
    expect(printed).toContain('Summary of §2 Mexico’s Stance: Sovereignty and Partnership (short)');
    expect(printed).toContain('> President Claudia Sheinbaum has emphasize that Mexico');
    expect(printed).toContain('/quote <text>');
  });

  it('explains unknown commands and missing arguments, and stops at /quit', async () => {
    const printed = await session(['/frobnicate', '/ask', '/section nowhere', '/quit', '/sections']);
    expect(printed).toContain('Unknown command /frobnicate');
    expect(printed).toContain('Usage: /ask <question>');
    expect(printed).toContain('There is no section called “nowhere”');
    expect(printed).not.toContain('§6 Looking Ahead');
  });

  it('takes options typed as in Discord, and names a bad one', async () => {
    const printed = await session([
      '/ask question: What tariff has President Trump threatened?',
      '/summary section: 2 length: short',
      '/section name: 4',
      '/summary length: huge',
      '/sections document: nowhere',
      '/ask question:',
    ]);
    expect(printed).toContain('25% tariff');
    expect(printed).toContain('Summary of §2 Mexico’s Stance: Sovereignty and Partnership (short)');
    expect(printed).toContain('¶1 Despite the tensions, the Mexican government has stepped up');
    expect(printed).toContain('There is no length “huge”. The lengths are short, medium and long.');
    expect(printed).toContain('No document called "nowhere". Loaded: us-mexico-security.');
    expect(printed).toContain('Usage: /ask <question>');
  });

  it('reads plain text after /sections as the document, and names one that is not loaded', async () => {
    const docent = docentOf('# Guide\n\nIntro text here.');
    expect((await runCommand(docent, 'sections', 'doc1')).text).toBe('Guide [doc1]\n  §1 Guide (1 paragraph, 1 sentence)');
    expect((await runCommand(docent, 'sections', 'nowhere')).text).toBe('No document called "nowhere". Loaded: doc1.');
  });

  it('counts one paragraph and one sentence in the singular', async () => {
    const docent = docentOf('# Guide\n\nIntro text here.\n\n## Long\n\nThe long section says a thing. And another.');
    expect((await runCommand(docent, 'sections', '')).text).toBe('Guide [doc1]\n  §1 Guide (1 paragraph, 1 sentence)\n  §2 Long (1 paragraph, 2 sentences)');
  });

  it('names a length word that is none of the lengths, and still reads a section called by an unknown word', async () => {
    const printed = await session(['/summary tiny', '/summary 2 Tiny', '/summary surveillance']);
    expect(printed).toContain('There is no length “tiny”. The lengths are short, medium and long.');
    expect(printed).toContain('There is no length “Tiny”. The lengths are short, medium and long.');
    expect(printed).toContain('Summary of §5 The Role of Intelligence and Surveillance (medium)');
  });

  it('takes a named section for a section, even one called like a length', async () => {
    const docent = docentOf('# Guide\n\nIntro text here.\n\n## Long\n\nThe long section says a thing.');
    expect((await runCommand(docent, 'summary', 'section: Long')).text).toContain('Summary of §2 Long (medium)');
    expect((await runCommand(docent, 'summary', 'section: Long length: SHORT')).text).toContain('Summary of §2 Long (short)');
  });

  it('prints the engine’s result as JSON with --json', async () => {
    const printed = await session(['/ask What tariff has President Trump threatened?'], true);
    const result = JSON.parse(printed) as { kind: string; answer: { text: string } };
    expect(result.kind).toBe('answer');
    expect(result.answer.text).toContain('25% tariff');
  });
});

describe('console parsing', () => {
  it('splits a command from its text', () => {
    expect(interpretLine('/Quote  some words ')).toEqual({ command: 'quote', text: 'some words' });
    expect(interpretLine('plain question?')).toEqual({ command: 'ask', text: 'plain question?' });
  });

  it('reads a trailing summary length', () => {
    expect(parseSummaryArgs('3 short')).toEqual({ section: '3', length: 'short' });
    expect(parseSummaryArgs('long')).toEqual({ length: 'long' });
    expect(parseSummaryArgs('Looking Ahead')).toEqual({ section: 'Looking Ahead' });
  });
});
