import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Docent } from '../../src/engine/docent.ts';
import { parseAliases } from '../../src/knowledge/aliases.ts';

describe('aliases files', () => {
  it('reads one group of names a line, skipping comments and lines without "="', () => {
    expect(parseAliases('# names\nDEA = Drug Enforcement Administration\n\nlonely line\nEl Chapo=Joaquín Guzmán = Chapo Guzmán\n')).toEqual([
      ['DEA', 'Drug Enforcement Administration'],
      ['El Chapo', 'Joaquín Guzmán', 'Chapo Guzmán'],
    ]);
  });

  const cases: [string, string, string, string, string][] = [
    ['lets any name of a group find the others, from notes.aliases beside notes.md', 'The Drug Enforcement Administration opened an office in Lima.', 'DEA = Drug Enforcement Administration', 'Where did the DEA open an office?', 'Lima'],
    ['answers a question that names someone only by an alias the document never uses', 'Joaquín Guzmán was extradited in 2017.', 'El Chapo = Joaquín Guzmán', 'When was El Chapo extradited?', 'Joaquín Guzmán was extradited in 2017.'],
  ];
  for (const [behaviour, sentence, aliases, question, answerHolds] of cases) {
    it(behaviour, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'docent-aliases-'));
      await writeFile(join(dir, 'notes.md'), `# Notes\n\n${sentence} Bakers sell bread at dawn.`);
      await writeFile(join(dir, 'notes.aliases'), `${aliases}\n`);
      const { docent } = await Docent.load(dir);
      const result = docent.ask(question);
      expect(result.kind === 'answer' && result.answer.text).toContain(answerHolds);
    });
  }
});
