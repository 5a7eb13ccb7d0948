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

  it('lets any name of a group find the others, from notes.aliases beside notes.md', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'docent-aliases-'));
    await writeFile(join(dir, 'notes.md'), '# Notes\n\nThe Drug Enforcement Administration opened an office in Lima. Bakers sell bread at dawn.');
    await writeFile(join(dir, 'notes.aliases'), 'DEA = Drug Enforcement Administration\n');
    const { docent } = await Docent.load(dir);
    const result = docent.ask('Where did the DEA open an office?');
    expect(result.kind === 'answer' && result.answer.text).toContain('Lima');
  });

  it('answers a question that names someone only by an alias the document never uses', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'docent-aliases-'));
    await writeFile(join(dir, 'notes.md'), '# Notes\n\nJoaquín Guzmán was extradited in 2017. Bakers sell bread at dawn.');
    await writeFile(join(dir, 'notes.aliases'), 'El Chapo = Joaquín Guzmán\n');
    const { docent } = await Docent.load(dir);
    const result = docent.ask('When was El Chapo extradited?');
    expect(result.kind === 'answer' && result.answer.text).toContain('Joaquín Guzmán was extradited in 2017.');
  });
});
