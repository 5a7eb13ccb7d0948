import { describe, expect, it } from 'vitest';
import { questionContext } from '../../../src/search/rank/candidateFeatures.ts';
import { demandUnmet, eventUnreported, judgeEvidence, nothingAskedIsThere, ruledOut } from '../../../src/search/rank/evidence.ts';
import { meetsNegation, negatesNear, negationOf } from '../../../src/search/rank/negation.ts';
import { parseQuery } from '../../../src/search/rank/query.ts';
import { refusalFeatures } from '../../../src/search/rank/refusalFeatures.ts';
import { rerank } from '../../../src/search/rank/rerank.ts';
import { WINDOW_MODEL } from '../../../src/search/rank/weights.ts';
import { rankWindows } from '../../../src/search/rank/windows.ts';
import type { SentenceIndex } from '../../../src/search/index/sentenceIndex.ts';
import { docentOf, proseOf } from '../../helpers/seed.ts';

// An encyclopaedia's article, judged by the refusal model fitted on such prose.
const docent = proseOf(
  'Super Bowl 50\n\nThe game was played at Levi’s Stadium in Santa Clara in February 2016. Pope John Paul II never attended it.\n\nTickets were sold online. The halftime show drew a record audience.',
);
const index = docent.search.index;

function ranked(question: string, within: SentenceIndex = index) {
  const query = parseQuery(question, within);
  const candidates = within.candidates(question);
  const context = questionContext(query, candidates);
  return { query, windows: rankWindows(within, context, rerank(within, context, candidates), WINDOW_MODEL) };
}

const isNegated = (question: string): boolean => negationOf(question) !== undefined;

describe('negation', () => {
  it('is met by a negating word or by the negated word with a negating prefix', () => {
    expect(isNegated('What is another way of learning that is not formal?')).toBe(true);
    expect(isNegated('What is formal learning?')).toBe(false);
    const passage = (text: string) => [docentOf(`# N\n\n${text}`).search.index.entry(0)];
    expect(meetsNegation(negationOf('What is not formal?')!, passage('It is an informal approach.'))).toBe(true);
    expect(meetsNegation(negationOf('What was never used?')!, passage('The unused rockets went to museums.'))).toBe(true);
    expect(meetsNegation(negationOf('What can the Parliament not do?')!, passage('The Parliament cannot initiate laws.'))).toBe(true);
    expect(meetsNegation(negationOf('What did the team fail to win?')!, passage('The team failed.'))).toBe(true);
    expect(meetsNegation(negationOf('What is not a form?')!, passage('The information was formal.'))).toBe(false);
  });

  it('is met near the words the question negates, not by a "not" about something else in the passage', () => {
    const passage = (text: string) => [docentOf(`# N\n\n${text}`).search.index.entry(0)];
    const states = passage('Most member states require more than 28 days, though the directive does not say so.');
    const required = negationOf('What does not require more than 28 days?')!;
    expect(meetsNegation(required, states)).toBe(true);
    expect(negatesNear(required, states)).toBe(false);
    expect(negatesNear(required, passage('Workers in Malta do not require more than 28 days.'))).toBe(true);
    expect(negatesNear(negationOf('What is not formal?')!, passage('It is an informal approach.'))).toBe(true);
    expect(negatesNear(negationOf('What was not the main executive body?')!, passage('The Commission is the main executive body; the Council is not.'))).toBe(true);
    expect(negatesNear(negationOf('What was not the main executive body?')!, passage('The Commission is the main executive body of the European Union, which the member states created in treaties that they did not sign.'))).toBe(false);
  });

  it('is read where the question asks, not in the problem a member describes before asking or the setting after it', () => {
    expect(isNegated('how do i load it with a plain script tag, no bundler?')).toBe(false);
    expect(isNegated('can I run it, without a server?')).toBe(false);
    expect(isNegated('What interpretation is, for many of the adherents, not the standard of their religion?')).toBe(true);
    expect(isNegated("my .env isn't being picked up at all, what's the usual cause?")).toBe(false);
    expect(isNegated("getting Module not found: Error: Can't resolve 'os' with webpack, how do I fix it")).toBe(false);
    expect(isNegated('env vars aren\'t showing up in my react app (create-react-app), why?')).toBe(false);
    expect(isNegated("why aren't the values in my .env replacing vars I exported?")).toBe(true);
    expect(isNegated('After the war, which country did not sign the treaty?')).toBe(true);
    expect(isNegated('What, rather than Islamism, requires no explanation?')).toBe(true);
    expect(isNegated('If there is no shared medium, how are the packets delivered?')).toBe(true);
    expect(isNegated('What were families with incomes below $38,000 not required to pay?')).toBe(true);
    expect(isNegated('When electrons are loosely packed, there is not enough what?')).toBe(true);
  });
});

describe('refusal evidence', () => {
  it('counts the section title as the context of every passage under it, and a name once however many words it has', () => {
    const { query, windows } = ranked('Who drew a record audience at Super Bowl 50?');
    expect(refusalFeatures(index, query, windows).salientOutside).toBe(0);
    const outside = ranked('Were tickets sold online for John Paul II?');
    expect(outside.windows[0]?.entries.map((entry) => entry.sentence.text)).toContain('Tickets were sold online.');
    expect(refusalFeatures(index, outside.query, outside.windows).salientOutside).toBe(1);
  });

  it('tells a negated question met by a "not" about something else in the passage from one met where it negates', () => {
    const aside = (question: string) => {
      const { query, windows } = ranked(question);
      return refusalFeatures(index, query, windows);
    };
    expect(aside('Where was the game not played?')).toMatchObject({ negationUnmet: 0, negationAside: 1 });
    expect(aside('Who never attended the game at Levi’s Stadium?')).toMatchObject({ negationUnmet: 0, negationAside: 0 });
  });

  it('counts a word the documents never use among the rare words the best passage lacks', () => {
    const rarity = (question: string) => {
      const { query, windows } = ranked(question);
      return refusalFeatures(index, query, windows).unmatchedRarity;
    };
    expect(rarity('Who drew a record audience at the halftime show?')).toBe(0);
    expect(rarity('Who drew a record audience at the halftime zeppelin show?')).toBeGreaterThan(0.5);
  });

  it('counts a missing word with a close neighbour in the passage as met in part, one with none not at all', () => {
    const border = docentOf('# Border\n\nForces massed at the border in March.').search.index;
    const close = ranked('Did troops mass at the border?', border);
    const far = ranked('Did recipes mass at the border?', border);
    const meaning = ({ query, windows }: ReturnType<typeof ranked>) => refusalFeatures(border, query, windows).meaningCoverage;
    expect(meaning(close)).toBeGreaterThan(meaning(far));
    expect(meaning(far)).toBeLessThan(1);
  });

  it('refuses a yes/no question about an event the documents never report, but weighs one that meets its own words', () => {
    const invade = ranked('Is John Paul II going to attend the Super Bowl?');
    expect(eventUnreported(invade.query, invade.windows)).toBe(false);
    const unreported = ranked('Is Santa Clara going to invade Levi’s Stadium?');
    expect(eventUnreported(unreported.query, unreported.windows)).toBe(true);
    expect(judgeEvidence(index, unreported.query, unreported.windows)).toMatchObject({ answerable: false, missing: ['invade'] });
    const sold = ranked('Were tickets sold online?');
    expect(eventUnreported(sold.query, sold.windows)).toBe(false);
    const asked = ranked('Who will invade Levi’s Stadium?');
    expect(eventUnreported(asked.query, asked.windows)).toBe(false);
  });

  it('refuses a question none of whose words that matter is in the documents, though a word framing it is', () => {
    const joke = ranked('Tell me a joke', index);
    const cache = docentOf('# Cache\n\nDo not believe anyone who tells you otherwise.').search.index;
    const told = ranked('Tell me a joke', cache);
    expect(nothingAskedIsThere(told.query)).toBe(true);
    expect(judgeEvidence(cache, told.query, told.windows)).toMatchObject({ answerable: false, missing: ['joke'] });
    expect(nothingAskedIsThere(joke.query)).toBe(true);
    // A word the documents hold is something asked that is there, whatever else is not.
    expect(nothingAskedIsThere(ranked('Who did the halftime show prevent?').query)).toBe(false);
  });

  it('takes an event a heading names as reported, though no sentence under it repeats the word', () => {
    const manual = docentOf('# Harbour\n\n## Dredging\n\nThe channel is cleared every spring.\n\n## Tides\n\nTables load at dawn.\n').search.index;
    const dredging = ranked('Does the harbour do dredging?', manual);
    expect(eventUnreported(dredging.query, dredging.windows)).toBe(false);
    const towing = ranked('Does the harbour do towing?', manual);
    expect(eventUnreported(towing.query, towing.windows)).toBe(true);
  });

  it('reads "does it support…", "can I use…" as the frame of a yes/no question, not as the event it asks about', () => {
    const rotation = ranked('Does pino support log rotation?');
    expect(eventUnreported(rotation.query, rotation.windows)).toBe(true);
    expect(judgeEvidence(index, rotation.query, rotation.windows)).toMatchObject({ answerable: false, reason: 'not-mentioned', missing: ['pino', 'rotation'] });
    const tickets = ranked('Can fans use tickets sold online?');
    expect(eventUnreported(tickets.query, tickets.windows)).toBe(false);
  });

  it('names only the words that matter among those missing, not the ones that frame the question', () => {
    const { query, windows } = ranked('What does the article say people paid for tickets last year?');
    const verdict = judgeEvidence(index, query, windows);
    expect(verdict.answerable).toBe(false);
    expect(verdict.missing).toEqual(['paid']);
  });

  it('rules out a number the documents never state, but weighs an absent name against the rest', () => {
    const number = ranked('What happened at the stadium in 1998?');
    expect(ruledOut(number.query, number.windows)).toBe(true);
    expect(judgeEvidence(index, number.query, number.windows)).toMatchObject({ answerable: false, reason: 'not-mentioned', missing: ['1998'] });
    const name = ranked('Where did the Ghengis halftime show draw a record audience?');
    expect(ruledOut(name.query, name.windows)).toBe(false);
    expect(refusalFeatures(index, name.query, name.windows).absentNames).toBe(1);
  });

  it('counts a lower-case word of no English word list that the documents lack as an absent name, as a capitalised one', () => {
    const absentNames = (question: string): number => {
      const { query, windows } = ranked(question);
      return refusalFeatures(index, query, windows).absentNames;
    };
    expect(absentNames('were tickets sold online through cloudflare?')).toBe(1);
    expect(absentNames('were tickets sold online through Cloudflare?')).toBe(1);
    // An English word the documents lack is weighed as the rest of the question is; a typo of a word they hold is met.
    expect(absentNames('were tickets sold online through agencies?')).toBe(0);
    expect(absentNames('were tickets sold onlnie?')).toBe(0);
    expect(absentNames('were tickets sold betwen games?')).toBe(0);
    // Nor is a word that frames a yes/no question, or one part of a hyphenated word.
    expect(absentNames('is it ok to sell tickets online?')).toBe(0);
    expect(absentNames('were x-ticketz sold online?')).toBe(0);
    // Whoever capitalises a name writes names so: a lower-case word of theirs is a slip ("ableine" for Abilene).
    expect(absentNames('were tickets for Levi’s Stadium sold through cloudflare?')).toBe(0);
  });

  it('does not count a name the documents show outside their sentences, in a heading or a link address, as absent', () => {
    const shown = docentOf(
      '# Harbour\n\n## FAQ\n\n<details><summary>What if I publish my key by mistake?</summary>\n\n' +
        'Revoke it at once, then [rewrite the history](https://docs.gitforge.example/rewriting).\n\n</details>\n\n## Tides\n\nThe tide tables load at dawn.\n\n## Quaymaster\n\nAsk the office.\n',
    ).search.index;
    const absentNames = (question: string): number => {
      const { query, windows } = ranked(question, shown);
      return refusalFeatures(shown, query, windows).absentNames;
    };
    expect(absentNames('i published my key on gitforge, what now?')).toBe(0);
    expect(absentNames('do tide tables load from quaymaster?')).toBe(0);
    expect(absentNames('do tide tables load from cloudflare?')).toBe(1);
  });

  it('names a missing name without the question word that opens the question', () => {
    const { query, windows } = ranked('Which TV network showed the halftime show?');
    expect(judgeEvidence(index, query, windows)).toMatchObject({ answerable: false, reason: 'not-mentioned', missing: ['TV'] });
  });

  it('finds a year inside a range written short, and reads such a range as a time', () => {
    const history = docentOf('# Newcastle\n\nCharles I was imprisoned in Newcastle by the Scots in 1646–7.').search.index;
    const { query, windows } = ranked('Who was imprisoned in Newcastle in 1647?', history);
    expect(ruledOut(query, windows)).toBe(false);
    const when = parseQuery('When was Charles I imprisoned in Newcastle?', history);
    expect(demandUnmet(when, windows)).toBe(false);
  });

  it('refuses a question that demands a time or a sum no passage near its words holds', () => {
    const when = ranked('When were tickets sold online?');
    expect(demandUnmet(when.query, when.windows)).toBe(true);
    expect(judgeEvidence(index, when.query, when.windows).answerable).toBe(false);
    const played = ranked('When was the game played at Levi’s Stadium?');
    expect(demandUnmet(played.query, played.windows)).toBe(false);
  });

  it('looks for the demanded count or time only in passages near the question’s words', () => {
    const border = docentOf(
      '# Surveillance\n\nThe army deployed drones to watch the border crossings.\n\n# Seizures\n\nOfficials seized 20 million doses of fentanyl at the border.',
    ).search.index;
    const drones = ranked('How many drones did the army deploy to watch the border?', border);
    expect(drones.windows.some((window) => window.entries.some((entry) => entry.sentence.text.includes('20 million')))).toBe(true);
    expect(demandUnmet(drones.query, drones.windows)).toBe(true);
    expect(judgeEvidence(border, drones.query, drones.windows).answerable).toBe(false);
    const doses = ranked('How many doses of fentanyl were seized at the border?', border);
    expect(demandUnmet(doses.query, doses.windows)).toBe(false);
  });

  it('takes an event that dates something as a time', () => {
    const warsaw = docentOf('# Warsaw\n\nDuring the Second World War, Warsaw was razed to the ground by bombing raids.').search.index;
    const when = ranked('When was Warsaw razed to the ground?', warsaw);
    expect(demandUnmet(when.query, when.windows)).toBe(false);
    expect(judgeEvidence(warsaw, when.query, when.windows).answerable).toBe(true);
  });
});
