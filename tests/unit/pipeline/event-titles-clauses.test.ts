/**
 * Event titles that said something else than the sentence: a relative clause's subject, a clause opening past another
 * clause's date, a name cut at its particle, a hyphen split from its word, a noun phrase cut in its middle, an agent
 * taken for the subject past a dateline, and "Statement by <body>" where the sentence states what the body reported.
 * Made-up articles, each pinned to its publication time.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/corpus/schema';
import { ingestStory } from '../ingest-story';

const H = 'Ministers news roundup for the week';

function titlesOf(publishedAt: string, lines: string[]): string[] {
  const corpus = ingestStory({ 'p1_probe.txt': { outlet: 'probe-desk', publishedAt, lines: lines.flatMap((line) => [line, '']) } });
  return corpus.events.map((event: TimelineEvent) => event.title);
}

describe('event titles keep the sentence\'s own subject', () => {
  it('titles a relative clause by its antecedent: "X, which was seized on Thursday"', () => {
    const titles = titlesOf('2026-11-20T09:00:00+08:00', [H, 'The ministry said on Friday it was in contact with the families of sailors aboard the Marlow Dawn, which was seized on Thursday.']);
    expect(titles).toContain('Marlow Dawn was seized');
    expect(titles.filter((title) => /^(?:Action by|Reported development)/.test(title))).toEqual([]);
  });

  it('titles the main verb by the subject before a relative clause, not by the relative clause\'s date', () => {
    const titles = titlesOf('2026-08-11T10:00:00-07:00', ['Fire grows', 'A wind-driven wildfire that broke out Sunday afternoon near Whiskeytown had burned 18,000 acres by Monday evening.']);
    expect(titles).toContain('Wind-driven wildfire burned 18,000 acres');
    // The relative clause's own date titles its own act, without the "that".
    expect(titles).toContain('Wildfire broke out');
    expect(titles.filter((title) => /^Out\b/.test(title))).toEqual([]);
  });

  it('keeps a name\'s particles ("Willem van der Berg") and a hyphenated word ("by-election") whole', () => {
    expect(titlesOf('2026-03-04T15:00:00+01:00', ['Port boss cleared', 'THE HAGUE, 4 March (LN) - A Rotterdam court on Wednesday acquitted former port director Willem van der Berg of taking bribes from a dredging firm.'])).toContain(
      'Rotterdam court acquitted former port director Willem van der Berg',
    );
    expect(titlesOf('2026-03-06T09:00:00+00:00', ['Moss wins', 'Hannah Moss was declared the winner of the Ashworth by-election on Friday with 14,122 votes.'])).toContain(
      'Hannah Moss was declared the winner of the Ashworth by-election',
    );
  });

  it('runs a noun phrase cut in its middle on to its end ("oil tanker Marlow Dawn"), but not past a preposition', () => {
    const titles = titlesOf('2026-11-19T15:00:00+04:00', [H, 'Armed men boarded and seized the Liberian-flagged oil tanker Marlow Dawn in the Gulf of Oman on Thursday.']);
    expect(titles).toContain('Armed men boarded and seized the Liberian-flagged oil tanker Marlow Dawn');
    // Never into the date, nor cut short where the words run on whole to a stop.
    expect(titlesOf('2026-02-25T09:00:00+00:00', ['Doctors strike', 'Around 4,800 junior doctors walked out yesterday in a dispute over pay.'])).toContain('Around 4,800 junior doctors walked out');
    expect(titlesOf('2026-04-08T16:00:00+00:00', [H, "The Federal Trade Commission on Wednesday sued to block Corvane Inc's $28 billion purchase of rival chipmaker Pellix, saying prices would rise."])).toContain(
      "Federal Trade Commission sued to block Corvane Inc's $28 billion purchase of rival chipmaker Pellix",
    );
  });

  it('keeps "between … and …" whole with the verb after it', () => {
    expect(titlesOf('2026-07-17T16:40:00+01:00', [H, 'Talks between the union and the airport resumed at 8am on Friday.'])).toContain('Talks between the union and the airport resumed');
  });

  it('takes the subject past a dateline, not the agent of "held … by"', () => {
    const titles = titlesOf('2026-01-27T18:00:00+01:00', ['Aid worker freed', "NIAMEY (AW) — A Danish aid worker held for 14 months by an armed group in western Niger was released on Monday, Denmark's foreign ministry said."]);
    expect(titles).toContain('Danish aid worker was released');
    expect(titles.filter((title) => /armed group.*released/i.test(title))).toEqual([]);
  });
});

describe('a body that reports an act is credited with the report, and the act is said', () => {
  it('says what was recalled, with a number\'s comma, not "Statement by" the regulator', () => {
    const titles = titlesOf('2026-10-13T12:00:00-04:00', ['Pram maker recalls units', 'Brambleton Baby is recalling about 310,000 prams sold in the US and Canada after a folding hinge pinched the fingers of 14 children, the Consumer Product Safety Commission said Tuesday.']);
    expect(titles).toContain('Consumer Product Safety Commission: Brambleton Baby is recalling about 310,000 prams sold in the US and Canada');
  });

  it('says what came off the tracks, without the date, not "Statement by" the railway', () => {
    const titles = titlesOf('2026-12-02T11:00:00+01:00', ['Chemical wagons derail', 'Twelve wagons of a 28-wagon freight train came off the tracks outside Linz late on Tuesday, Alpine Federal Railways said.']);
    expect(titles).toContain('Alpine Federal Railways: Twelve wagons of a 28-wagon freight train came off the tracks outside Linz');
  });

  it('credits officials or a body that "reported" with the claim, and takes a long subject before a relative clause', () => {
    expect(titlesOf('2026-08-11T10:00:00-07:00', [H, 'Two firefighters suffered minor injuries on Monday, officials said.'])).toContain('Officials: Two firefighters suffered minor injuries');
    expect(titlesOf('2026-11-19T15:00:00+04:00', [H, 'Gunmen took control of an oil tanker off the coast of Oman early on Thursday, UK Maritime Trade Operations reported.'])).toContain(
      'UK Maritime Trade Operations: Gunmen took control of an oil tanker off the coast of Oman',
    );
    expect(titlesOf('2026-05-15T08:00:00+01:00', ['PENSION THIEF CAGED', 'A greedy town hall money man who plundered £3 million from retired staff was locked up for nine years yesterday.'])).toContain(
      'Greedy town hall money man was locked up for nine years',
    );
  });

  it('still says "Statement by" when the claim is a list of clauses', () => {
    const titles = titlesOf('2026-12-02T11:00:00+01:00', [H, 'Nobody was hurt, the line was shut and crews were at work on Tuesday, Alpine Federal Railways said.']);
    expect(titles.some((title) => /^Alpine Federal Railways: /.test(title))).toBe(false);
  });
});
