import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../../src/search/analyzer/tokenize.ts';
import { askingClause, asksWith, narrowsWith } from '../../../src/search/rank/askingClause.ts';

/** The words of the question that ask, those of them before any example or contrast, and those it asks with. */
function asked(question: string): { asking: string; beforeAside: string; askingWith: string } {
  const clause = askingClause(question);
  const words = wordsOf(question);
  const askingWith = words.filter((_, position) => asksWith(clause, position)).join(' ');
  return { asking: words.slice(clause.first, clause.end).join(' '), beforeAside: words.slice(clause.first, clause.asideAt).join(' '), askingWith };
}

describe('the clause of a question that asks', () => {
  it('starts at the first clause that asks, after a problem told first', () => {
    expect(asked("my .env isn't being picked up at all, what's the usual cause?").asking).toBe("what's the usual cause");
    expect(askingClause("my .env isn't being picked up at all, what's the usual cause?").text).toBe("what's the usual cause");
  });

  it('leaves out a short setting at its end', () => {
    expect(asked('how do i load it with a plain script tag, no bundler?').asking).toBe('how do i load it with a plain script tag');
  });

  it('ends at its question mark when a remark follows, not when a second question does', () => {
    expect(asked("what node version does shapeshift need? we're stuck on node 12 at work").asking).toBe('what node version does shapeshift need');
    expect(asked('does tinyexec throw on exit code 1? or do i have to check myself').asking).toBe('does tinyexec throw on exit code 1');
    expect(asked('does Client retry failed requests? how many times').asking).toBe('does Client retry failed requests how many times');
    expect(asked('does it retry? also, how often').asking).toBe('does it retry also how often');
    expect(asked('is the callback sync? or async?').asking).toBe('is the callback sync or async');
    // A remark after a question mark however it is set off: a dash, "?!".
    expect(asked('does it retry? - we are on v2').asking).toBe('does it retry');
    expect(asked('does it retry?! we are on v2').asking).toBe('does it retry');
    // With no clause that asks, all of it.
    expect(asked("I need help? we're stuck on node 12").asking).toBe("I need help we're stuck on node 12");
  });

  it('is the whole question when no clause asks', () => {
    expect(asked('there is not enough what?').asking).toBe('there is not enough what');
  });

  it('ends what it asks about before an example or a contrast', () => {
    expect(asked('how do i redact a header with a dash in the name, like x-api-key?').beforeAside).toBe('how do i redact a header with a dash in the name');
    expect(asked('can pino drop the key instead of masking it?').beforeAside).toBe('can pino drop the key');
    expect(asked('does it support highlighting the matched terms?').beforeAside).toBe('does it support highlighting the matched terms');
  });

  it('asks with the words before a clause that only describes what is asked about; a question word opening the question opens no such clause', () => {
    expect(asked('is it safe to let users type glob patterns that we run on the server?').askingWith).toBe('is it safe to let users type glob patterns');
    expect(asked('how do i reject a connection with 401 before the handshake finishes?').askingWith).toBe('how do i reject a connection with 401');
    expect(asked('does the transport retry until the server comes back?').askingWith).toBe('does the transport retry');
    expect(asked('when does pino flush its logs?').askingWith).toBe('when does pino flush its logs');
    expect(asked('where does dotenv look for the file?').askingWith).toBe('where does dotenv look for the file');
    expect(asked('ok so when does pino flush its logs?').askingWith).toBe('ok so when does pino flush its logs');
    expect(asked('when i call close, does it flush the logs?').askingWith).toBe('does it flush the logs');
    expect(asked('how do i turn on pretty output only when running in a terminal?').askingWith).toBe('how do i turn on pretty output only');
    // A word that asks or points, not one that opens a part with its own subject.
    expect(asked('how do i make sure that secret keys are hidden?').askingWith).toBe('how do i make sure that secret keys are hidden');
    expect(asked('does that option support yaml?').askingWith).toBe('does that option support yaml');
    expect(asked('is the on_before hook called twice?').askingWith).toBe('is the on before hook called twice');
    // The described part ends with its clause: a later question asks again.
    expect(asked('does it flush when we exit? does it support compression?').askingWith).toBe('does it flush does it support compression');
  });

  it('keeps a number in a describing clause as narrowing what is asked, but not one in an example', () => {
    const words = (question: string) => wordsOf(question).filter((_, position) => narrowsWith(askingClause(question), position)).join(' ');
    expect(words('what was fixed after release 3000?')).toBe('what was fixed after release 3000');
    expect(words('how do i raise the limit, like to 3000?')).toBe('how do i raise the limit');
  });

  it('ends what it asks about before a remark in brackets, but not at a call\'s brackets', () => {
    expect(asked('how can i cache an undefined result? (so i dont refetch)').beforeAside).toBe('how can i cache an undefined result');
    expect(asked('does dotenv.config() return anything?').beforeAside).toBe(asked('does dotenv.config() return anything?').asking);
  });
});
