import { describe, expect, it } from 'vitest';
import { expandAliases } from '../../../src/search/analyzer/aliases.ts';
import { Analyzer } from '../../../src/search/analyzer/analyzer.ts';
import { foldAccents, foldCase } from '../../../src/search/analyzer/fold.ts';
import { currencyWords } from '../../../src/search/analyzer/currency.ts';
import { percentWords } from '../../../src/search/analyzer/percent.ts';
import { splitCamelCase } from '../../../src/search/analyzer/camelCase.ts';
import { splitHyphens } from '../../../src/search/analyzer/hyphens.ts';
import { joinInitialisms } from '../../../src/search/analyzer/initialisms.ts';
import { stripPossessives } from '../../../src/search/analyzer/possessives.ts';
import { stem } from '../../../src/search/analyzer/stem.ts';
import { removeStopWords } from '../../../src/search/analyzer/stopWords.ts';
import type { Token, TokenFilter } from '../../../src/search/analyzer/token.ts';
import { tokenize } from '../../../src/search/analyzer/tokenize.ts';

const terms = (tokens: readonly Token[]): string[] => tokens.map((token) => token.term);
const through = (filter: TokenFilter, text: string): string[] => terms(filter(tokenize(text)));

describe('tokenize', () => {
  it('keeps initialisms, hyphenated words, possessives, formatted numbers and shares whole', () => {
    expect(terms(tokenize('The U.S.-Mexico anti-narcotics deal, Mexico’s 25% and 1,000 or 3.5 units.'))).toEqual([
      'The', 'U.S.', 'Mexico', 'anti-narcotics', 'deal', 'Mexico’s', '25%', 'and', '1,000', 'or', '3.5', 'units',
    ]);
  });

  it('numbers word positions from 0', () => {
    expect(tokenize('a b c').map((token) => token.position)).toEqual([0, 1, 2]);
  });
});

describe('analysis steps', () => {
  it('splitCamelCase: an identifier keeps its spelling and gives its words, as code is read; a capitalised name stays whole', () => {
    expect(through(splitCamelCase, 'loadJSON miniSearch XMLParser iPhone plain')).toEqual([
      'loadJSON', 'load', 'JSON', 'miniSearch', 'mini', 'Search', 'XMLParser', 'iPhone', 'plain',
    ]);
  });

  it('identifiers meet their words through the whole chain: snake_case, dotted paths and camelCase', () => {
    const analyzer = new Analyzer();
    expect(analyzer.terms('DOTENV_CONFIG_PATH author.name loadJSON')).toEqual(['dotenv', 'config', 'path', 'author', 'name', 'loadjson', 'load', 'json']);
    expect(analyzer.terms('load the json')).toEqual(['load', 'json']);
  });

  it('joinInitialisms: U.S. → US, marked as a keyword; shouted text is not taken for acronyms', () => {
    const [us] = joinInitialisms(tokenize('U.S.'));
    expect(us).toMatchObject({ term: 'US', keyword: true });
    expect(joinInitialisms(tokenize('WHO IS THE MAYOR')).every((token) => !token.keyword)).toBe(true);
  });

  it('stripPossessives: Mexico’s → Mexico', () => {
    expect(through(stripPossessives, "Mexico’s Miller's")).toEqual(['Mexico', 'Miller']);
  });

  it('splitHyphens: parts and the closed-up word, at one position', () => {
    const tokens = splitHyphens(tokenize('anti-narcotics'));
    expect(terms(tokens)).toEqual(['anti', 'narcotics', 'antinarcotics']);
    expect(new Set(tokens.map((token) => token.position)).size).toBe(1);
  });

  it('splitHyphens: a range of years written short also gives its last year; a score does not', () => {
    expect(terms(splitHyphens(tokenize('1646–7')))).toEqual(['1646', '7', '1647']);
    expect(terms(splitHyphens(tokenize('2010-11 1999-00')))).toEqual(['2010', '11', '2011', '1999', '00', '2000']);
    expect(terms(splitHyphens(tokenize('won 24–10 in 1995-5')))).toEqual(['won', '24', '10', 'in', '1995', '5']);
  });

  it('currencyWords: a sum with its sign gives its number and its currency, at one position', () => {
    const tokens = currencyWords(tokenize('€27,814 and $1.2 billion, a $ sign'));
    expect(terms(tokens)).toEqual(['27,814', 'euros', 'and', '1.2', 'dollars', 'billion', 'a', 'sign']);
    expect(tokens.filter((token) => token.surface === '€27,814').map((token) => token.position)).toEqual([0, 0]);
  });

  it('percentWords: a share with its sign gives its number and the words a question asks for it by, at one position', () => {
    const tokens = percentWords(tokenize('a 25% tariff, 100% sure'));
    expect(terms(tokens)).toEqual(['a', '25', 'percent', 'percentage', 'tariff', '100', 'percent', 'percentage', 'sure']);
    expect(tokens.filter((token) => token.surface === '25%').map((token) => token.position)).toEqual([1, 1, 1]);
  });

  it('foldAccents and foldCase: García → garcia, 1,000 → 1000', () => {
    expect(terms(foldCase(foldAccents(tokenize('García José 1,000 don’t'))))).toEqual(['garcia', 'jose', '1000', 'dont']);
  });

  it('removeStopWords keeps keywords such as the acronym US', () => {
    const tokens = foldCase(joinInitialisms(tokenize('What is the U.S. doing for us')));
    expect(terms(removeStopWords(tokens))).toEqual(['us']);
  });

  it('stem: Porter stems, but not keywords or numbers', () => {
    expect(through(stem, 'operations stating 2020s')).toEqual(['oper', 'state', '2020s']);
  });

  it('expandAliases adds the alias where its phrase occurs', () => {
    const filter = expandAliases([{ phrase: ['joint', 'special'], alias: 'js' }]);
    expect(through(filter, 'a joint special unit')).toEqual(['a', 'joint', 'js', 'special', 'unit']);
  });

  it('expandAliases adds every alias of the phrases starting at a word, shorter and longer, in the order of their rules', () => {
    const filter = expandAliases([
      { phrase: ['joint', 'special', 'unit'], alias: 'jsu' },
      { phrase: ['joint', 'special'], alias: 'js' },
      { phrase: ['special', 'unit'], alias: 'su' },
    ]);
    expect(through(filter, 'a joint special unit')).toEqual(['a', 'joint', 'jsu', 'js', 'special', 'su', 'unit']);
    expect(through(filter, 'joint ventures')).toEqual(['joint', 'ventures']);
  });
});
