/**
 * Event titles that fell back on a placeholder ("Reported development", "Action by …", "Statement by …", "Disaster")
 * because the clause opened on a pronoun, a relative or a participle, or was cut from its subject: the subject the
 * sentence itself names takes the pronoun's place, and the clause a date stands in titles a happening no other wording
 * fits. Made-up articles, each pinned to its publication time.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/corpus/schema';
import { ingestStory } from '../ingest-story';

const H = 'Space news roundup for the week';
const PLACEHOLDER = /^(?:Reported development|Action by|Statement by|Declaration by|Disaster$|Result:)/;

function titlesOf(publishedAt: string, lines: string[]): string[] {
  const corpus = ingestStory({ 'p1_probe.txt': { outlet: 'probe-desk', publishedAt, lines: lines.flatMap((line) => [line, '']) } });
  return corpus.events.map((event: TimelineEvent) => event.title);
}

describe('a clause opening on a pronoun or a relative takes the name the sentence gives', () => {
  it('titles "its <noun>" past "and" by the sentence\'s opening subject', () => {
    const titles = titlesOf('2026-05-11T09:00:00+00:00', [H, 'Varuna-1 was launched from the coast on 3 April, reached orbit on 9 April, and its capsule separated from the booster last Thursday.']);
    expect(titles).toContain("Varuna-1's capsule separated from the booster");
    expect(titles.filter((title) => PLACEHOLDER.test(title))).toEqual([]);
  });

  it('titles "its <noun>" past a colon by the subject before it', () => {
    const titles = titlesOf('2026-05-11T09:00:00+00:00', [H, 'Norspace is not slowing down: its Halo-2 telescope is scheduled to launch from Andøya on Saturday.']);
    expect(titles).toContain("Norspace's Halo-2 telescope is scheduled to launch from Andøya");
  });

  it('titles "his" or "her" past "but" by the one person the sentence names, and by no one when it names two', () => {
    expect(titlesOf('2026-12-20T09:00:00+09:00', [H, 'Ana Vell won the presidential vote on Saturday, but her party lost its majority in the chamber.'])).toContain(
      "Ana Vell's party lost its majority in the chamber",
    );
    const two = titlesOf('2026-12-20T09:00:00+09:00', [H, 'Ana Vell met Tomas Ruiz on Saturday, and her party lost its majority in the chamber on Sunday.']);
    expect(two.filter((title) => /Vell's party|Ruiz's party/.test(title))).toEqual([]);
  });

  it('titles a sentence that opens on "It" by the subject of the sentence before it', () => {
    const titles = titlesOf('2026-06-20T09:00:00+00:00', [H, 'Kestrel-4 was launched on June 2 from the northern spaceport on a heavy rocket.', 'It entered orbit around Mars nine days later.']);
    expect(titles).toContain('Kestrel-4 entered orbit around Mars');
  });

  it('titles "<Name>, whose <noun> <verb>" by the name\'s noun', () => {
    const titles = titlesOf('2026-06-20T09:00:00+00:00', [H, 'The agency said the new lander was shaped by the lessons of Vostra-2, whose lander crashed in 2021.']);
    expect(titles).toContain("Vostra-2's lander crashed");
    expect(titles.filter((title) => PLACEHOLDER.test(title))).toEqual([]);
  });

  it('titles "<Name>, who <verb>" by the name', () => {
    const titles = titlesOf('2026-07-15T09:00:00+00:00', [H, 'Nico Alvar put the hosts ahead after the break, taking a pass from Tomas Reyes, who had turned 19 the day before.']);
    expect(titles).toContain('Tomas Reyes turned 19');
    expect(titles.filter((title) => PLACEHOLDER.test(title))).toEqual([]);
  });

  it('titles an answer\'s "He" by the person its question asks about, and by no one after a sentence naming two', () => {
    const answer = 'He won the league title with Hartfield in 2019 and two cups in France.';
    const titles = titlesOf('2026-10-15T09:00:00+00:00', ['Who is the new coach?', 'Marco Feld, a 48-year-old Austrian, takes over the national team next month.', 'What has Feld won?', answer]);
    expect(titles).toContain('Feld won the league title with Hartfield');
    const two = titlesOf('2026-10-15T09:00:00+00:00', ['Who is the new coach?', 'Marco Feld praised Tomas Ruiz on Monday.', answer]);
    expect(two.filter((title) => /(?:Feld|Ruiz) won/.test(title))).toEqual([]);
  });

  it('keeps a transcript\'s "we" as the speaker\'s words', () => {
    const titles = titlesOf('2026-02-10T16:00:00+08:00', ['Regular press conference of the foreign ministry', 'Lena Ostrova: The remarks were unacceptable, and on Monday we lodged a formal protest with the embassy.']);
    expect(titles).toContain('Lena Ostrova: we lodged a formal protest');
    expect(titles.filter((title) => PLACEHOLDER.test(title))).toEqual([]);
  });

  it('never takes the object for the pronoun after "after" or "before", nor a person for "it", nor a dummy "it"', () => {
    const object = titlesOf('2026-03-04T09:00:00+00:00', [H, 'The regulator fined the lender heavily after it failed an audit on Tuesday.']);
    expect(object.filter((title) => /^Regulator failed/i.test(title))).toEqual([]);
    const person = titlesOf('2026-03-04T09:00:00+00:00', [H, 'Tomas Brandt resigned from the board on Monday, and its chair called a vote for Tuesday.']);
    expect(person.filter((title) => /Brandt's chair/i.test(title))).toEqual([]);
    const dummy = titlesOf('2026-03-04T09:00:00+00:00', [H, 'Kestrel-4 was launched on Monday, and it was unclear on Tuesday whether the probe had deployed its panels.']);
    expect(dummy.filter((title) => /^Kestrel-4 was unclear/i.test(title))).toEqual([]);
  });
});

describe('a clause cut from its subject gets it back', () => {
  it('takes the subject before an irregular past verb ("The rocket rose … and placed …")', () => {
    const titles = titlesOf('2026-07-14T12:00:00+05:30', [H, 'The Garuda-7 rocket rose from the second pad at 2:35 pm IST and placed the satellite in an orbit around Earth, the agency said.']);
    expect(titles).toContain('Garuda-7 rocket placed the satellite in an orbit');
    expect(titles.filter((title) => PLACEHOLDER.test(title))).toEqual([]);
  });

  it('titles a participle aside by its noun phrase as a passive ("review, published on …")', () => {
    const titles = titlesOf('2026-07-30T09:00:00+00:00', [H, "Harlow Systems' preliminary review, published on July 24, blamed a faulty test tool for the outage."]);
    expect(titles).toContain("Harlow Systems' preliminary review was published");
    expect(titles.filter((title) => PLACEHOLDER.test(title))).toEqual([]);
  });

  it('titles a noun and the clause that made it, with no "that", by that clause ("rules the ministry announced")', () => {
    const titles = titlesOf('2026-07-23T09:00:00+00:00', [H, 'Under rules the ministry announced in April, airlines must refund passengers in cash when a flight is cancelled.']);
    expect(titles).toContain('Ministry announced rules');
    expect(titles.filter((title) => PLACEHOLDER.test(title) || title === 'Announcement')).toEqual([]);
  });

  it('does not read "was confirmed" as a speech verb', () => {
    const titles = titlesOf('2026-10-17T09:00:00+00:00', ['New coach', 'Marco Feld, a 48-year-old Austrian coach, was confirmed on Wednesday as the new head coach of the national team.']);
    expect(titles).toContain('Marco Feld was confirmed');
    expect(titles.filter((title) => PLACEHOLDER.test(title))).toEqual([]);
  });
});

describe('the clause a date stands in titles a happening no other wording fits', () => {
  it('titles by the date\'s own clause, without its subordinator', () => {
    const titles = titlesOf('2026-12-20T09:00:00+09:00', [H, 'Vell had taken over presidential duties after lawmakers passed an impeachment motion against President Tomas Ruiz on Dec. 14 over his martial law declaration.']);
    expect(titles).toContain('Lawmakers passed an impeachment motion against President Tomas Ruiz over his martial law declaration');
    expect(titles.filter((title) => PLACEHOLDER.test(title) || /^Against\b/.test(title))).toEqual([]);
  });

  it('takes the clause of an act whose word stands in what its doers said ("…, saying …") or in its attribution', () => {
    const filed = titlesOf('2026-08-01T09:00:00+00:00', [H, 'Harlow shareholders filed a proposed class action in a federal court in Denver on Tuesday, saying the company had misled them about its testing.']);
    expect(filed).toContain('Harlow shareholders filed a proposed class action in a federal court in Denver');
    expect(filed.filter((title) => PLACEHOLDER.test(title))).toEqual([]);
    const fund = titlesOf('2026-03-29T09:00:00-04:00', [H, 'A fund set up by a local charity to help the crews had raised more than $80,000 by Thursday night, organizers said.']);
    expect(fund).toContain('Organizers: fund set up by a local charity to help the crews had raised more than $80,000');
  });

  it('never titles a happening by another clause\'s wording that only shares its date', () => {
    const titles = titlesOf('2026-12-20T09:00:00+09:00', [H, 'Ana Vell won the presidential vote on Saturday, but her party lost its majority in the chamber.']);
    expect(titles.filter((title) => title === 'Ana Vell won the presidential vote')).toHaveLength(1);
  });
});

describe('repaired: a noun and its clause with no "that"', () => {
  it('turns only a clause of making or issuing round', async () => {
    const { repaired } = await import('../../../src/pipeline/stages/extract-events/title-events');
    expect(repaired('Under rules the department announced')).toBe('department announced rules');
    expect(repaired('the fees the regulator set')).toBe('regulator set fees');
    // A speech verb or any other verb is no clause that made the noun.
    expect(repaired('Under pressure the minister said')).toBe('Under pressure the minister said');
    expect(repaired('Talks the union held')).toBe('Talks the union held');
  });
});
