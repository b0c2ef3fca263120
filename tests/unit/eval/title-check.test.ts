/**
 * The eval's title tests (tests/eval/title-check.ts) and the per-event verdict (scoreTitle in score.ts), on made-up
 * titles: a title names its gold happening only with the happening word (stem or family) and a name or object of the
 * gold title; a title broken by its shape says why.
 */
import { describe, expect, it } from 'vitest';
import { scoreTitle } from '../../eval/score';
import { namesHappening, stem, titleShapeProblem } from '../../eval/title-check';

describe('stem', () => {
  it('brings the forms of one word together', () => {
    expect(new Set(['crash', 'crashes', 'crashed', 'crashing'].map(stem)).size).toBe(1);
    expect(new Set(['collapse', 'collapses', 'collapsed'].map(stem)).size).toBe(1);
    expect(new Set(['meet', 'meets', 'meeting', 'met'].map(stem)).size).toBe(1);
    expect(new Set(['win', 'wins', 'won'].map(stem)).size).toBe(1);
    expect(stem('normalisation')).toBe(stem('normalization'));
  });

  it('keeps different words apart', () => {
    expect(stem('crash')).not.toBe(stem('crane'));
    expect(stem('vote')).not.toBe(stem('veto'));
    expect(stem('sworn')).not.toBe(stem('inauguration'));
  });
});

describe('namesHappening', () => {
  const cases: [string, string, boolean][] = [
    // The happening word by its stem, and a name.
    ['Cargo jet crashed at Northport', 'Cargo jet crash at Northport airport', true],
    ['Harbour bridge collapses', 'The Elm Street harbour bridge collapses into the river', true],
    // By the pipeline's happening families: sworn in / inauguration / takes office.
    ['Ruiz inaugurated as president', 'Ana Ruiz sworn in as president', true],
    ['Ruiz takes office', 'Ana Ruiz sworn in as president', true],
    ['Jury finds Marr guilty', 'Jury convicts Marr on all counts', true],
    // A headline verb the vocabulary does not know, by its stem.
    ['Marr misappropriated customer funds', 'Marr misappropriates customer deposits', true],
    // No happening word at all in the gold title: two of its common words do.
    ['Judge approved the repayment plan', 'Bankruptcy judge approves Ferro repayment plan', true],
    // A plural noun before a preposition is no headline verb; a second verb joined by "and" is.
    ['Norland ministry tracked Valdor balloons', 'Norland ministry reports Valdor balloons over the strait', false],
    ['Ferro files for bankruptcy', 'Ferro collapses after a run on deposits and files for bankruptcy', true],
    // The name without the happening, the happening without a name or object.
    // A plural noun before an aside in parentheses is no headline verb: "crashes" is the happening here.
    ['Signal patch set off the crashes', 'A faulty signal patch for Norland servers (Build 12), sent at dawn, crashes the servers', true],
    // "Speaker: claim" is the headline form of "Speaker says claim".
    ['Marsh: state will rebuild the pier', 'Marsh says the state will rebuild the pier', true],
    ['Marsh: state will rebuild the pier', 'Marsh orders the pier closed', false],
    ['Vell conceded', 'Ruiz wins the presidency', false],
    ['Declaration by Vell', 'Parliament impeaches Vell', false],
    ['Port officials met on Monday', 'Ruiz and Silva meet in Santiago', false],
    ['Harbour bridge reopens', 'The Elm Street harbour bridge collapses into the river', false],
    // A landmark in the gold title is not its happening.
    ['Vell declares martial law', 'First Ruiz–Silva phone call since martial law', false],
    // A placeholder names nothing.
    ['Reported development', 'Norland votes in presidential elections', false],
  ];
  it.each(cases)('%s | %s → %s', (title, gold, expected) => {
    expect(namesHappening(title, gold)).toBe(expected);
  });
});

describe('titleShapeProblem', () => {
  const broken: [string, RegExp][] = [
    ['Reported development', /placeholder/],
    ['Statement by Ana Ruiz', /kind label/],
    ['Result: Ruiz', /kind label/],
    ['Meeting: Ruiz and Silva in Santiago', /kind label/],
    ['Whoever wins', /conditional/],
    ['Will return at first light', /auxiliary/],
    ['It lost power twice', /pronoun/],
    ['Controlled demolition happened just', /function word/],
    ['Ministers met in the', /function word/],
    ['Coast Guard said it was suspending the search', /speech clause/],
    ['Officials told reporters the channel would reopen', /speech clause/],
    ['Norland had timed the switch to follow the vote', /background/],
    ['Plan had been set', /background/],
  ];
  it.each(broken)('%s is broken', (title, why) => {
    expect(titleShapeProblem(title)).toMatch(why);
  });

  const whole = ['Ruiz wins presidential election', 'Bridge collapses', 'Ruiz will be sworn in', 'Ruiz and Silva meet in Santiago', 'Eruption of the Kaldur volcano', 'Police arrested two men'];
  it.each(whole)('%s is whole', (title) => {
    expect(titleShapeProblem(title)).toBeNull();
  });
});

describe('scoreTitle', () => {
  const gold = { win: { title: 'Ruiz wins the presidency', date: '2031-01-13' }, vote: { title: 'Norland votes in presidential elections', date: '2031-01-13' } };

  it('scores an event by the gold happening most of its keyed evidence is about', () => {
    const verdict = scoreTitle('Ruiz wins presidency', [{ half: 'tune', keys: ['win'] }, { half: 'tune', keys: ['win'] }, { half: 'tune', keys: ['vote'] }, { half: 'tune', keys: [] }], gold);
    expect(verdict).toEqual({ half: 'tune', shape: null, key: 'win', right: true });
  });

  it('asks nothing of an event with no majority happening, but still checks its shape', () => {
    const verdict = scoreTitle('Statement by Ruiz', [{ half: 'tune', keys: ['win'] }, { half: 'tune', keys: ['vote'] }], gold);
    expect(verdict).toMatchObject({ key: null, right: false });
    expect(verdict?.shape).toMatch(/kind label/);
  });

  it('puts an event in the half most of its evidence comes from, a tie in the held-out half', () => {
    expect(scoreTitle('Ruiz wins', [{ half: 'held-out', keys: ['win'] }, { half: 'tune', keys: [] }], gold)?.half).toBe('held-out');
    expect(scoreTitle('Ruiz wins', [{ half: 'tune', keys: ['win'] }, { half: 'tune', keys: [] }, { half: 'held-out', keys: [] }], gold)?.half).toBe('tune');
    expect(scoreTitle('Ruiz wins', [{ half: undefined, keys: [] }], gold)).toBeNull();
  });
});
