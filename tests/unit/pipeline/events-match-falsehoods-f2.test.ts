/**
 * Review round 9 (items 4-6): the match rules of same-happening must not join unrelated happenings. A clock word that
 * is also a job, an exam or a court's leave ("full-time", "extra time"), a minute of a show, a fan taken ill at
 * half-time, or a round-up's other ground is no moment of one match; a fixture line dated by when someone said it, of
 * another competition, or set for "next month" is no match won that day. Made-up articles in our own words, publication
 * days pinned (Friday 2027-06-11), through the real ingest; each group keeps a case that must still join.
 */
import { describe, expect, it } from 'vitest';
import { ingestStory, together } from '../ingest-story';

const FRIDAY = '2027-06-11T21:00:00+00:00';
const one = (lines: string[]) => ({
  'a1_page.txt': { outlet: 'vale-courier', publishedAt: FRIDAY, lines: lines.flatMap((line) => [line, '']) },
});

describe('a match told by its moments: only plays of one match on its clock join', () => {
  it('"full-time" staff and a line "minutes after" something are two happenings', () => {
    const corpus = ingestStory(one(['Library news', 'On Friday the library took on 12 full-time staff.', 'On Friday a reader was led out of the building minutes after a fire alarm sounded.']));
    expect(together(corpus, 'took on 12 full-time staff', 'reader was led out')).toBe(false);
  });

  it('"extra time" in an exam and a dismissal minutes after a leak are two happenings', () => {
    const corpus = ingestStory(one(['Exam trouble', 'On Friday the board allowed candidates extra time after the lights failed.', 'On Friday an invigilator was dismissed minutes after the questions appeared online.']));
    expect(together(corpus, 'allowed candidates extra time', 'invigilator was dismissed')).toBe(false);
  });

  it('a minute of a concert is no match clock', () => {
    const corpus = ingestStory(one(['Gig ends early', 'The singer left the stage in the second minute of the concert on Friday.', 'Stewards shut the doors on Friday twenty minutes after a scuffle started at the bar.']));
    expect(together(corpus, 'singer left the stage', 'Stewards shut the doors')).toBe(false);
  });

  it('a steward hurt at half-time is not the goal of the 79th minute', () => {
    const corpus = ingestStory(one(['Steward hurt', 'A steward was hurt in the east stand at half-time on Friday, the club said.', 'Mira Holt scored the winner in the 79th minute on Friday.']));
    expect(together(corpus, 'steward was hurt', 'Mira Holt scored')).toBe(false);
  });

  it("a round-up's other ground keeps its goal apart", () => {
    const corpus = ingestStory(
      one(['Friday round-up', 'Nell Akers scored in the ninth minute on Friday as Ashfield moved top of the table.', 'At the other ground on Friday, Juno Pike equalised thirty minutes later for Brenton.']),
    );
    expect(together(corpus, 'Nell Akers scored', 'Juno Pike equalised')).toBe(false);
  });

  it("one match's goals, and its crowd after the final whistle, still join", () => {
    const corpus = ingestStory(
      one([
        'Late header settles it',
        'Ruth Vale headed in a corner in the 64th minute on Friday night.',
        'Gwen Orr had opened the scoring in the 20th minute on Friday night with a low shot into the net.',
        'Supporters filled the streets of the town long after the final whistle on Friday night.',
      ]),
    );
    expect(together(corpus, 'Ruth Vale headed in', 'Gwen Orr had opened')).toBe(true);
    expect(together(corpus, 'Ruth Vale headed in', 'Supporters filled the streets')).toBe(true);
  });
});

describe('a match told ahead joins only the match of its own day and competition', () => {
  const story = (ahead: string, result: string) =>
    ingestStory({
      'a1_ahead.txt': { outlet: 'vale-courier', publishedAt: FRIDAY, lines: ['Looking ahead', '', ahead, ''] },
      'b1_result.txt': { outlet: 'north-sport', publishedAt: FRIDAY, lines: ['Result', '', result, ''] },
    });

  it('a fixture dated by when the manager said it stays off the match won that day', () => {
    const corpus = story('Ashfield will face Brenton in the final, their manager Joe Kerr said on Friday.', 'Brenton beat Colby 3-0 on Friday to set up a final against Ashfield.');
    expect(together(corpus, 'Ashfield will face Brenton', 'Brenton beat Colby')).toBe(false);
  });

  it('"the league said on Friday that …" dates the saying, not the match', () => {
    const corpus = story('The league said on Friday that Ashfield will play Brenton in the final at Vale Park.', 'Ashfield beat Brenton 2-1 in the final on Friday.');
    expect(together(corpus, 'Ashfield will play Brenton', 'Ashfield beat Brenton')).toBe(false);
  });

  it('a league match ahead is not a cup tie won that day', () => {
    const corpus = story('Ashfield will play Brenton in a league match at Vale Park on Friday night.', 'Ashfield beat Brenton 2-0 in the cup on Friday.');
    expect(together(corpus, 'Ashfield will play Brenton in a league', 'Ashfield beat Brenton')).toBe(false);
  });

  it('a final "next month" is not the friendly won on the day it was spoken of', () => {
    const corpus = story('Manager Joe Kerr said on Friday that Ashfield will play Brenton in the final next month.', 'Ashfield beat Brenton 4-1 in a friendly on Friday.');
    expect(together(corpus, 'Ashfield will play Brenton', 'Ashfield beat Brenton')).toBe(false);
  });

  it('a date in the clause after ", and … said" is not the fixture\'s', () => {
    const corpus = story('Colby will meet Dunford in the cup tie on Sunday, and their coach Rae Lin said on Friday he was ready.', 'Colby beat Dunford 1-0 in a cup tie on Friday.');
    expect(together(corpus, 'Colby will meet Dunford', 'Colby beat Dunford')).toBe(false);
  });

  it("the fixture's own day in its clause still joins the match won that day", () => {
    const corpus = story('Ashfield will face Brenton in the cup final at Vale Park on Friday, with the ground sold out.', 'Ashfield beat Brenton 2-1 in the cup final on Friday.');
    expect(together(corpus, 'Ashfield will face Brenton', 'Ashfield beat Brenton')).toBe(true);
  });
});
