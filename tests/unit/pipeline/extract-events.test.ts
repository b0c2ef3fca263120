/**
 * Event extraction through the real ingest (dates → entities → events) on
 * made-up articles, so the rules are tried on names and outlets the seeds do
 * not contain; then the seed corpus's key events with and without the editorial file.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Corpus, TimelineEvent } from '../../../src/lib/corpus/schema';
import { buildCorpusJson, readSeedFolder } from '../../../src/pipeline/io';
import { parseManifest } from '../../../src/pipeline/manifest';
import { findTriggers } from '../../../src/pipeline/knowledge/event-triggers';
import { runIngest } from '../../../src/pipeline/pipeline';
import type { Editorial } from '../../../src/pipeline/stages/apply-editorial';
import { eventsOfSentence, ingestStory } from '../ingest-story';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Three outlets, one story: the Chile–Peru ministers' meeting of Tuesday, March 7, 2023. */
const ARTICLES: Record<string, { outlet: string; publishedAt: string; text: string }> = {
  'a01_andes.txt': {
    outlet: 'andes-post',
    publishedAt: '2023-03-09T10:00:00-03:00',
    text: [
      'Chile and Peru agree to reopen border crossing',
      '',
      'Chilean Foreign Minister Ana Ruiz and her Peruvian counterpart Mateo Silva met in Santiago on Tuesday and agreed to reopen the Chacalluta border crossing.',
      'Ruiz and Silva also held a phone call on Feb. 20 after floods hit the border region.',
      'The two ministers said the crossing would reopen within 180 days.',
      'The accord marks the 60th anniversary of a fisheries pact, officials said.',
    ].join('\n'),
  },
  'b01_pacific.txt': {
    outlet: 'pacific-wire',
    publishedAt: '2023-03-08T08:00:00-03:00',
    text: [
      'Ruiz, Silva meet in Santiago',
      '',
      'Foreign ministers Ana Ruiz and Mateo Silva met on March 7 in Santiago to discuss the border.',
      'On the same day, Chilean President Pablo Ortega visited the flooded city of Arica.',
      'Silva said the talks were "frank and useful."',
    ].join('\n'),
  },
  'c01_lima.txt': {
    outlet: 'lima-daily',
    publishedAt: '2023-03-10T09:00:00-05:00',
    text: [
      'Silva returns from Chile',
      '',
      'Peruvian Foreign Minister Mateo Silva, who met Chilean Foreign Minister Ana Ruiz in Santiago on Tuesday, returned to Lima on Wednesday.',
      'Silva will host Ruiz in Lima on March 20 for a follow-up meeting.',
      'Exports rose 3 percent in 2022.',
    ].join('\n'),
  },
};

const MANIFEST = JSON.stringify({
  outlets: {
    'andes-post': { name: 'Andes Post', country: 'CL' },
    'pacific-wire': { name: 'Pacific Wire', country: 'CL' },
    'lima-daily': { name: 'Lima Daily', country: 'PE' },
  },
  articles: Object.fromEntries(
    Object.entries(ARTICLES).map(([file, article]) => [file, { outlet: article.outlet, publishedAt: article.publishedAt }]),
  ),
});

function ingest(editorial: Editorial | null = null): Corpus {
  const encoder = new TextEncoder();
  return runIngest(
    {
      seeds: Object.entries(ARTICLES).map(([file, article]) => ({ file, bytes: encoder.encode(article.text) })),
      manifest: parseManifest('manifest.json', MANIFEST),
      editorial,
    },
    sha,
  );
}

const sentenceText = (corpus: Corpus, sentenceId: string) =>
  corpus.articles.flatMap((article) => article.sentences).find((sentence) => sentence.id === sentenceId)?.text ?? '';

function eventsOn(corpus: Corpus, day: string): TimelineEvent[] {
  return corpus.events.filter((event) => event.start === day);
}

function eventMentioning(corpus: Corpus, day: string, words: RegExp): TimelineEvent {
  const found = eventsOn(corpus, day).filter((event) => event.evidence.some((item) => words.test(sentenceText(corpus, item.sentenceId))));
  expect(found, `one event on ${day} evidenced by ${words}`).toHaveLength(1);
  return found[0]!;
}

describe('extractEvents on made-up articles', () => {
  const corpus = ingest();

  it('groups three outlets’ reports of one meeting into one event, dated by its weekday and its month-day alike', () => {
    const meeting = eventMentioning(corpus, '2023-03-07', /met/);
    expect(meeting.outlets).toEqual(['andes-post', 'pacific-wire', 'lima-daily']);
    expect(meeting.precision).toBe('day');
    expect(meeting.title).toMatch(/Ruiz/);
    expect(meeting.title).toMatch(/Silva/);
    expect(meeting.main).toBe(true);
  });

  it('keeps a different happening on the same day as its own event', () => {
    const visit = eventMentioning(corpus, '2023-03-07', /Ortega/);
    expect(visit.outlets).toEqual(['pacific-wire']);
    expect(visit.evidence.every((item) => !/Foreign ministers Ana Ruiz/.test(sentenceText(corpus, item.sentenceId)))).toBe(true);
  });

  it('finds an earlier call and a forward-looking meeting as events of their own', () => {
    const call = eventMentioning(corpus, '2023-02-20', /phone call/);
    expect(call.outlets).toEqual(['andes-post']);
    const followUp = eventMentioning(corpus, '2023-03-20', /follow-up/);
    expect(followUp.outlets).toEqual(['lima-daily']);
  });

  it('every event has evidence that points at an existing sentence of the named article', () => {
    expect(corpus.events.length).toBeGreaterThan(0);
    for (const event of corpus.events) {
      expect(event.evidence.length, event.id).toBeGreaterThan(0);
      for (const item of event.evidence) expect(item.sentenceId.startsWith(`${item.articleId}-`), `${event.id} ${item.sentenceId}`).toBe(true);
      expect(event.evidence.every((item) => sentenceText(corpus, item.sentenceId) !== ''), event.id).toBe(true);
    }
  });

  it('makes no event from a duration, an anniversary or a statistic', () => {
    // Undated sentences may join an event as continuing evidence; what must not happen is a date read off them.
    const dated = corpus.events.flatMap((event) => event.evidence.filter((item) => item.dateId !== null).map((item) => sentenceText(corpus, item.sentenceId)));
    for (const phrase of ['180 days', '60th anniversary', 'Exports rose']) {
      expect(dated.some((text) => text.includes(phrase)), phrase).toBe(false);
    }
    expect(corpus.dates.map((date) => date.text)).not.toEqual(expect.arrayContaining([expect.stringMatching(/180|60th|3 percent/)]));
  });

  it('is deterministic: ids and order do not change between runs', () => {
    expect(ingest().events).toEqual(corpus.events);
  });
});

describe('extractEvents on a wire story with no named actor for some happenings', () => {
  const encoder = new TextEncoder();
  const corpus = runIngest(
    {
      seeds: [
        {
          file: 'w01_wire.txt',
          bytes: encoder.encode(
            [
              'N. Zealand, Chile ministers meet in Wellington',
              '',
              'Foreign Minister Ana Ruiz met New Zealand Foreign Minister Tom Hale in Wellington on Monday.',
              'They discussed the eruption of the Ruapehu volcano on March 1, which closed airports for days.',
              'Ruiz is set to pay a courtesy call on Prime Minister Kate Moana on Tuesday.',
              'President Luis Vera declared late on Sunday a state of emergency in the north.',
            ].join('\n'),
          ),
        },
      ],
      manifest: parseManifest('manifest.json', JSON.stringify({ outlets: { wire: { name: 'Wire' } }, articles: { 'w01_wire.txt': { outlet: 'wire', publishedAt: '2023-03-06T18:00:00+13:00' } } })),
      editorial: null,
    },
    sha,
  );

  it('keeps "N. Zealand" whole in the headline', () => {
    expect(corpus.articles[0]!.headline).toBe('N. Zealand, Chile ministers meet in Wellington');
  });

  it('titles an actorless happening with the text’s own phrase, not a bare kind', () => {
    const eruption = corpus.events.find((event) => event.start === '2023-03-01');
    expect(eruption?.title).toBe('Eruption of the Ruapehu volcano');
  });

  it('never takes a time word for what was declared', () => {
    const declaration = corpus.events.find((event) => event.start === '2023-03-05');
    expect(declaration?.title).toBe('President Luis Vera declared a state of emergency in the north');
  });

  it('reads "a courtesy call on" as an in-person meeting, not phone talks', () => {
    const call = corpus.events.find((event) => event.start === '2023-03-07');
    expect(call?.title).toMatch(/ meet\b/);
    expect(call?.title).toMatch(/Moana/);
  });
});

describe('applyEditorial', () => {
  const plain = ingest();
  const meeting = eventMentioning(plain, '2023-03-07', /met/);
  const visit = eventMentioning(plain, '2023-03-07', /Ortega/);

  it('renames, adds a note, and records what it touched', () => {
    const edited = ingest({ events: [{ id: meeting.id, title: 'Santiago border talks', note: 'Three outlets.' }] });
    const event = edited.events.find((candidate) => candidate.id === meeting.id)!;
    expect(event.title).toBe('Santiago border talks');
    expect(event.note).toBe('Three outlets.');
    expect(event.editorial).toEqual([`renamed from “${meeting.title}”`, 'note added']);
  });

  it('hides an event and merges another into a third, keeping evidence and outlets', () => {
    const edited = ingest({ events: [{ id: meeting.id, merge: [visit.id] }] });
    const merged = edited.events.find((candidate) => candidate.id === meeting.id)!;
    expect(edited.events.some((candidate) => candidate.id === visit.id)).toBe(false);
    expect(merged.evidence.length).toBe(meeting.evidence.length + visit.evidence.length);
    const hidden = ingest({ events: [{ id: visit.id, hide: true }] });
    expect(hidden.events.map((event) => event.id)).not.toContain(visit.id);
    expect(hidden.events.length).toBe(plain.events.length - 1);
  });

  it('splits evidence sentences into a new event', () => {
    // Lima's whole account of the meeting (its dated sentence, and its headline).
    const moving = meeting.evidence.filter((item) => item.articleId.startsWith('c01')).map((item) => item.sentenceId);
    const edited = ingest({ events: [{ id: meeting.id, split: { id: 'ev-lima-view', title: 'Lima’s account', sentences: moving } }] });
    const created = edited.events.find((event) => event.id === 'ev-lima-view')!;
    expect(created.evidence.map((item) => item.sentenceId)).toEqual(moving);
    expect(created.outlets).toEqual(['lima-daily']);
    expect(edited.events.find((event) => event.id === meeting.id)!.outlets).not.toContain('lima-daily');
  });

  it('warns, and changes nothing, for an edit naming an unknown event', () => {
    const edited = ingest({ events: [{ id: 'ev-nope', title: 'Nothing' }] });
    expect(edited.events).toEqual(plain.events);
    expect(edited.warnings.some((warning) => warning.file === 'editorial.json' && warning.message.includes('ev-nope'))).toBe(true);
  });

  it('refuses a split that would move every evidence sentence', () => {
    const edited = ingest({ events: [{ id: visit.id, split: { id: 'ev-all', title: 'All', sentences: visit.evidence.map((item) => item.sentenceId) } }] });
    expect(edited.events.some((event) => event.id === 'ev-all')).toBe(false);
    expect(edited.warnings.some((warning) => warning.message.includes('cannot split'))).toBe(true);
  });
});

describe('the seed corpus’s key events', () => {
  const { corpus } = buildCorpusJson('seeds');
  // buildCorpusJson applies seeds/editorial.json; the same seeds again with it left out.
  const folder = readSeedFolder('seeds');
  const withoutEditorial = runIngest({ seeds: folder.seeds, manifest: folder.manifest, editorial: null }, sha);

  it.each([
    ['the Dec 11 phone call', '2024-12-11', /phone/i, ['japan-news', 'joongang-daily']],
    ['the Jan 13 Seoul meeting', '2025-01-13', /reaffirm/i, ['japan-news', 'joongang-daily', 'kyodo', 'asahi']],
  ])('finds %s without the editorial file', (_label, day, words, outlets) => {
    const event = eventMentioning(withoutEditorial, day, words);
    expect(event.outlets).toEqual(outlets);
  });

  it('keeps the Dec 11 call and the trilateral dialogue that day apart', () => {
    const onDec11 = eventsOn(withoutEditorial, '2024-12-11');
    const call = eventMentioning(withoutEditorial, '2024-12-11', /phone/i);
    const dialogue = onDec11.find((event) => event.evidence.some((item) => /Dialogue/.test(sentenceText(withoutEditorial, item.sentenceId))));
    expect(dialogue).toBeDefined();
    expect(dialogue!.id).not.toBe(call.id);
  });

  it('finds the context events outside the main window', () => {
    const context = withoutEditorial.events.filter((event) => !event.main).map((event) => event.start.slice(0, 7));
    expect(context).toEqual(expect.arrayContaining(['2024-11', '2025-01', '2023-11', '2024-10']));
    expect(withoutEditorial.events.some((event) => event.start === '2025-01-20' && !event.main)).toBe(true);
    expect(withoutEditorial.events.some((event) => event.start === '2024-11-15' && !event.main)).toBe(true);
  });

  it('with the editorial file, the key events read cleanly and say they were edited', () => {
    const call = corpus.events.find((event) => event.id === 'ev-2024-12-11-call')!;
    expect(call.title).toBe('Iwaya and Cho hold phone talks after martial law');
    expect(call.editorial?.[0]).toMatch(/^renamed from/);
    expect(corpus.events.find((event) => event.id === 'ev-2024-10-01-ishiba-government')?.editorial).toEqual(['split from ev-2024-10-01-office']);
    expect(corpus.events.length).toBe(withoutEditorial.events.length + 1);
  });
});

describe('extractEvents beyond the known happening words', () => {
  const encoder = new TextEncoder();
  const corpus = runIngest(
    {
      seeds: [
        {
          file: 'r01_river.txt',
          bytes: encoder.encode(
            [
              'River town counts the cost of the flood',
              '',
              'On Monday, Governor Rosa Ibarra ordered an audit of every levee in the valley.',
              'The water board will publish its findings on March 20.',
              'Residents still recalled his Feb. 3 warning about the dam, a farmer said.',
            ].join('\n'),
          ),
        },
      ],
      manifest: parseManifest('manifest.json', JSON.stringify({ outlets: { river: { name: 'River Post' } }, articles: { 'r01_river.txt': { outlet: 'river', publishedAt: '2023-03-08' } } })),
      editorial: null,
    },
    sha,
  );

  it('makes an event of a thing done on a stated day, titled by who did what', () => {
    const audit = corpus.events.find((event) => event.start === '2023-03-06');
    expect(audit?.title).toBe('Governor Rosa Ibarra ordered an audit of every levee');
    expect(audit?.kinds).toEqual(['action']);
  });

  it('makes an event of a planned thing, looking forward', () => {
    expect(corpus.events.find((event) => event.start === '2023-03-20')?.title).toMatch(/publish its findings/);
  });

  it('does not date the reporting verb by a date that modifies a noun ("his Feb. 3 warning")', () => {
    expect(corpus.events.some((event) => event.start === '2023-02-03' && /recalled/.test(event.title))).toBe(false);
  });
});

describe('extractEvents: what a date reports and what it only times', () => {
  const corpus = ingestStory({
    'd1_dam.txt': {
      outlet: 'valley-news',
      publishedAt: '2022-05-11T09:00:00+02:00',
      lines: [
        'Dam checks ordered',
        '',
        'Governor Rosa Ibarra on Tuesday ordered checks of every dam in the province, a day after the Alto reservoir wall collapsed near Varna.',
        'The Alto wall collapsed on Monday after days of rain, officials said.',
        'The governor declared a state of emergency until May 20.',
        'Inspector Tomas Vell left for Varna after the briefing and will visit the reservoir on Thursday.',
      ],
    },
  });

  it('dates the order, not the collapse that an "after" clause recalls', () => {
    const tuesday = eventsOfSentence(corpus, 'd1-s2');
    expect(tuesday.map((event) => event.start)).toEqual(['2022-05-10']);
    // The order (its "checks of every dam" read as an inspection since the clause holding one date owns its words).
    expect(tuesday[0]!.kinds).not.toContain('disaster');
    expect(tuesday[0]!.title).toMatch(/ordered checks/);
  });

  it('still dates the collapse where the sentence reports it', () => {
    expect(eventsOfSentence(corpus, 'd1-s3').map((event) => [event.start, event.kinds])).toEqual([['2022-05-09', ['disaster']]]);
  });

  it('makes no event of the day a state of emergency ends', () => {
    expect(corpus.events.some((event) => event.start === '2022-05-20')).toBe(false);
  });

  it('keeps a happening joined to an "after" clause by "and" (negative case)', () => {
    expect(eventsOfSentence(corpus, 'd1-s5').map((event) => [event.start, event.kinds])).toEqual([['2022-05-12', ['visit']]]);
  });
});

describe('extractEvents: a happening word goes with the date of its own clause (reference day 2023-11-03)', () => {
  const corpus = ingestStory({
    'r1_court.txt': {
      outlet: 'harbour-ledger',
      publishedAt: '2023-11-03T08:00:00-04:00',
      lines: [
        'Trader convicted',
        '',
        'Olav Brenn, who founded a shipping fund before it collapsed last year, was convicted of fraud on Thursday.',
        'Brenn was arrested last year and was convicted of fraud.',
      ],
    },
  });

  it('dates the conviction by the day of its clause, not by the year nearer to it in a relative clause', () => {
    const verdicts = corpus.events.filter((event) => event.kinds?.includes('verdict'));
    expect(verdicts.map((event) => event.start)).toContain('2023-11-02');
    expect(eventsOfSentence(corpus, 'r1-s2').some((event) => event.kinds?.includes('verdict') && event.start === '2023-11-02')).toBe(true);
    expect(verdicts.some((event) => event.start === '2022-01-01' && event.evidence.some((item) => item.sentenceId === 'r1-s2'))).toBe(false);
  });

  it('but a clause with no date of its own still goes with the nearest date (negative case)', () => {
    expect(eventsOfSentence(corpus, 'r1-s3').map((event) => event.start)).toContain('2022-01-01');
  });
});

describe('extractEvents: a date that only names which thing is meant (reference day 2022-06-15)', () => {
  const corpus = ingestStory({
    'n1_dam.txt': {
      outlet: 'valley-news',
      publishedAt: '2022-06-15T09:00:00+02:00',
      lines: [
        'Dam report out',
        '',
        'On Tuesday the safety board published its preliminary report on the May 9 disaster at the Alto reservoir.',
        'The board said on Tuesday that its final report on the May 9 collapse would follow next year.',
      ],
    },
  });

  it('dates the report by the day it came out, not by the day of "the May 9 disaster"', () => {
    const reports = eventsOfSentence(corpus, 'n1-s2');
    expect(reports.map((event) => [event.start, event.kinds?.[0]])).toEqual([['2022-06-14', 'report']]);
  });

  it('but a date naming a happening word ("the May 9 collapse") still dates it (negative case)', () => {
    expect(eventsOfSentence(corpus, 'n1-s3').map((event) => event.start)).toContain('2022-05-09');
  });
});

describe('extractEvents: court and election words', () => {
  const corpus = ingestStory({
    'e1_wire.txt': {
      outlet: 'court-wire',
      publishedAt: '2023-06-02T20:00:00-04:00',
      lines: ['Banker convicted of fraud', '', 'A jury found former banker Lena Ostrova guilty of fraud on Friday.', 'Judge Amos Reed said she will be sentenced on Sept. 14.'],
    },
    'e2_blog.txt': {
      outlet: 'ledger-blog',
      publishedAt: '2023-09-15T09:00:00-04:00',
      lines: ['Ostrova gets nine years', '', 'Lena Ostrova was sentenced on Thursday to nine years.', 'She was convicted on June 2 on all counts.'],
    },
    'f1_vote.txt': {
      outlet: 'isle-times',
      publishedAt: '2023-06-05T09:00:00+01:00',
      lines: ['Isle votes in a general election', '', "The ruling Harbour Party won the island's general election on Sunday.", "The high court's ruling on Monday upheld the count."],
    },
  });

  it('joins two outlets’ verdicts of one day, and keeps the sentencing months later apart', () => {
    const verdict = eventsOfSentence(corpus, 'e1-s2');
    expect(verdict.map((event) => [event.start, event.kinds?.[0]])).toEqual([['2023-06-02', 'verdict']]);
    expect(eventsOfSentence(corpus, 'e2-s3').map((event) => event.id)).toEqual([verdict[0]!.id]);
    const sentencing = eventsOfSentence(corpus, 'e2-s2');
    expect(sentencing.map((event) => [event.start, event.kinds?.[0]])).toEqual([['2023-09-14', 'sentencing']]);
    expect(eventsOfSentence(corpus, 'e1-s3').map((event) => event.id)).toEqual([sentencing[0]!.id]);
  });

  it('reads "the ruling party" as no court ruling, but a court’s ruling as one', () => {
    expect(eventsOfSentence(corpus, 'f1-s2').flatMap((event) => event.kinds)).not.toContain('ruling');
    expect(eventsOfSentence(corpus, 'f1-s3').flatMap((event) => event.kinds)).toContain('ruling');
  });
});

describe('extractEvents: a month or year that opens the sentence', () => {
  const corpus = ingestStory({
    'm1_fund.txt': {
      outlet: 'court-wire',
      publishedAt: '2023-06-02T20:00:00-04:00',
      lines: [
        'Fund under scrutiny',
        '',
        'In May 2021, regulators opened an inquiry into the fund.',
        'In May 2021, markets were calm.',
        'Her lawyers said they would study the judgment closely before deciding on any further steps.',
      ],
    },
  });

  it('dates the verb that follows it ("In May 2021, regulators opened …")', () => {
    expect(eventsOfSentence(corpus, 'm1-s2').map((event) => [event.start, event.precision])).toEqual([['2021-05-01', 'month']]);
  });

  it('makes no event of a state ("markets were calm")', () => {
    expect(eventsOfSentence(corpus, 'm1-s3')).toEqual([]);
  });
});

describe('extractEvents: a reaction dated on the day of the happening it reacts to', () => {
  const corpus = ingestStory({
    'p1_isle.txt': {
      outlet: 'isle-times',
      publishedAt: '2023-06-05T09:00:00+01:00',
      lines: [
        'Quill wins island election',
        '',
        "Marta Quill won the island's presidential election on Sunday, beating Ivo Dren.",
        'Foreign Minister Hana Berg issued a statement on Sunday congratulating Quill on her election.',
        'Quill promised on Sunday to govern for everyone after the election, speaking to supporters in the capital.',
        'Observers from five countries said the count had been orderly and the results were published quickly.',
      ],
    },
  });

  it('is its own event, its speaker the actor', () => {
    const election = eventsOfSentence(corpus, 'p1-s2')[0]!;
    const reaction = eventsOfSentence(corpus, 'p1-s3').filter((event) => event.evidence.some((item) => item.sentenceId === 'p1-s3' && item.how === 'dated'));
    expect(reaction).toHaveLength(1);
    expect(reaction[0]!.id).not.toBe(election.id);
    expect(reaction[0]!.title).toMatch(/Hana Berg issued a statement/);
  });

  it('while the winner’s own words that day stay on the election (negative case)', () => {
    expect(eventsOfSentence(corpus, 'p1-s4').map((event) => event.id)).toEqual([eventsOfSentence(corpus, 'p1-s2')[0]!.id]);
  });
});

describe('extractEvents: one crash dated a day apart by two outlets', () => {
  const corpus = ingestStory({
    's1_wire.txt': {
      outlet: 'sky-wire',
      publishedAt: '2024-02-06T09:00:00+01:00',
      lines: [
        'Cargo plane crashes',
        '',
        'A cargo plane crashed on landing at Northport airport on Monday, killing both pilots.',
        'Investigators from the safety board arrived at the scene later in the afternoon to begin their work.',
      ],
    },
    's2_daily.txt': {
      outlet: 'north-daily',
      publishedAt: '2024-02-07T07:00:00+01:00',
      lines: [
        'Northport mourns',
        '',
        'The cargo plane crashed at Northport airport on Sunday night, the airport operator said.',
        'A second plane crashed near the coast on Friday, Feb. 2, during a training flight, the air force said.',
        'Both crews had flown the route many times before without any reported trouble in the past.',
      ],
    },
  });

  it('is one event that shows the outlets’ dates differ, titled by what happened', () => {
    const crash = eventsOfSentence(corpus, 's1-s2');
    expect(crash).toHaveLength(1);
    expect(eventsOfSentence(corpus, 's2-s2').map((event) => event.id)).toEqual([crash[0]!.id]);
    expect(crash[0]!.dateConflicts?.[0]).toMatch(/sky-wire dates it 2024-02-05/);
    expect(crash[0]!.title).toBe('Cargo plane crashed on landing at Northport airport');
  });

  it('keeps another crash days earlier apart (negative case)', () => {
    const other = eventsOfSentence(corpus, 's2-s3');
    expect(other.map((event) => event.start)).toEqual(['2024-02-02']);
    expect(other[0]!.id).not.toBe(eventsOfSentence(corpus, 's1-s2')[0]!.id);
  });
});

describe('extractEvents: strikes that are no attack', () => {
  const corpus = ingestStory({
    't1_port.txt': {
      outlet: 'harbour-times',
      publishedAt: '2024-03-06T09:00:00+01:00',
      lines: [
        'Busy week at the port',
        '',
        'The control tower issued a bird strike warning to a landing jet on Monday.',
        'A missile strike hit the northern port on Tuesday, the navy said.',
        'The dock strike over pay ended on Wednesday, the union said.',
        'Shipping companies said they expected delays to continue for several more weeks.',
      ],
    },
  });
  const kindsOf = (sentenceId: string) => eventsOfSentence(corpus, sentenceId).flatMap((event) => event.kinds ?? []);

  it('reads a bird strike and a workers’ strike as no attack', () => {
    expect(kindsOf('t1-s2')).not.toContain('attack');
    expect(kindsOf('t1-s4')).not.toContain('attack');
  });

  it('reads a missile strike as one (negative case)', () => {
    expect(kindsOf('t1-s3')).toContain('attack');
  });
});

describe('extractEvents: one body’s statement that day in two outlets', () => {
  const corpus = ingestStory({
    'u1_a.txt': {
      outlet: 'harbour-times',
      publishedAt: '2024-03-05T09:00:00+01:00',
      lines: [
        'Port fees to rise',
        '',
        'The Harbour Board said on Monday that port fees would rise by a tenth next year.',
        'The Fishermen’s Union said on Monday that it would fight the increase in the courts.',
        'Shipping companies said they expected delays to continue for several more weeks.',
      ],
    },
    'u2_b.txt': {
      outlet: 'coast-courier',
      publishedAt: '2024-03-05T10:00:00+01:00',
      lines: [
        'Harbour Board defends higher port fees',
        '',
        'Late on Monday the Harbour Board said the rise was needed to pay for dredging.',
        'Local traders said the timing of the increase could hardly have been worse for them.',
      ],
    },
  });

  it('is one event when the same organisation acts and no one is named', () => {
    const board = eventsOfSentence(corpus, 'u1-s2');
    expect(board).toHaveLength(1);
    expect(eventsOfSentence(corpus, 'u2-s2').map((event) => event.id)).toEqual([board[0]!.id]);
    expect(board[0]!.title).toMatch(/^Harbour Board(?: said|:) /);
  });

  it('keeps another body’s statement that day apart (negative case)', () => {
    expect(eventsOfSentence(corpus, 'u1-s3').map((event) => event.id)).not.toContain(eventsOfSentence(corpus, 'u1-s2')[0]!.id);
  });
});

describe('extractEvents: one article’s account of a crash, sentence by sentence', () => {
  const corpus = ingestStory({
    'c1_wire.txt': {
      outlet: 'sky-wire',
      publishedAt: '2024-02-06T09:00:00+01:00',
      lines: [
        'Cargo plane crashes at Northport',
        '',
        'A cargo plane crashed on landing at Northport airport on Monday, killing both pilots.',
        'The tower warned the crew of strong crosswinds at 6:10 a.m. on Monday.',
        'Airline chief Ana Ruiz apologised to the families on Monday.',
      ],
    },
    'c2_daily.txt': {
      outlet: 'north-daily',
      publishedAt: '2024-02-06T07:00:00+01:00',
      lines: ['Northport roads closed', '', 'Police closed the coast road on Monday for resurfacing.'],
    },
  });
  const crash = eventsOfSentence(corpus, 'c1-s2')[0]!;

  it('takes in what the same article dates that day with a plain verb and no one named', () => {
    expect(crash.kinds).toContain('disaster');
    expect(eventsOfSentence(corpus, 'c1-s3').map((event) => event.id)).toEqual([crash.id]);
  });

  it('but not a named person’s act that day, nor another article’s (negative cases)', () => {
    expect(eventsOfSentence(corpus, 'c1-s4').map((event) => event.id)).not.toContain(crash.id);
    expect(eventsOfSentence(corpus, 'c2-s2').map((event) => event.id)).not.toContain(crash.id);
  });
});

describe('extractEvents: an election night’s distinct happenings (reference day Sunday 2025-03-09)', () => {
  const corpus = ingestStory({
    'v1_wire.txt': {
      outlet: 'lake-wire',
      publishedAt: '2025-03-09T23:00:00+01:00',
      lines: [
        'Reyes wins presidency',
        '',
        'Dana Reyes won the presidential election on Sunday, but her Unity Party lost its majority in the assembly.',
        'Rival candidate Tomas Vell conceded on Sunday evening and thanked his volunteers.',
        'Reyes told a rally of supporters in Porto Alto on Sunday night that she would govern for everyone.',
        'Polls closed at 6 p.m. on Sunday after a day of long queues.',
      ],
    },
    'v2_daily.txt': {
      outlet: 'valley-daily',
      publishedAt: '2025-03-10T07:00:00+01:00',
      lines: [
        'Vell accepts defeat',
        '',
        'Tomas Vell conceded defeat on Sunday in a short address at his campaign office.',
        'The Unity Party won 48 of the 101 seats.',
      ],
    },
  });
  const datedIds = (sentenceId: string) =>
    corpus.events.filter((event) => event.evidence.some((item) => item.sentenceId === sentenceId && item.how === 'dated')).map((event) => event.id);

  it('keeps the winner’s victory, the seat count, the concession, the speech and the voting apart', () => {
    const [victory, result] = [datedIds('v1-s2'), corpus.events.find((event) => event.kinds?.includes('result'))?.id];
    expect(victory).toHaveLength(2);
    expect(victory).toContain(result);
    const others = ['v1-s3', 'v1-s4', 'v1-s5'].map((id) => datedIds(id));
    for (const ids of others) {
      expect(ids).toHaveLength(1);
      expect(victory).not.toContain(ids[0]);
    }
    expect(new Set(others.map((ids) => ids[0])).size).toBe(3);
  });

  it('joins two outlets’ reports of the one concession, titled by who conceded', () => {
    const concession = datedIds('v1-s3');
    expect(datedIds('v2-s2')).toEqual(concession);
    expect(corpus.events.find((event) => event.id === concession[0])?.title).toMatch(/Tomas Vell conceded$/);
  });

  it('puts an undated seat count on the story’s one count (negative: not on the victory)', () => {
    const ids = eventsOfSentence(corpus, 'v2-s3').map((event) => event.id);
    const victory = datedIds('v1-s2').find((id) => !corpus.events.find((event) => event.id === id)?.kinds?.includes('result'));
    expect(ids).toHaveLength(1);
    expect(corpus.events.find((event) => event.id === ids[0])?.kinds).toContain('result');
    expect(ids).not.toContain(victory);
  });
});

describe('extractEvents: dates that time something else (reference day 2025-04-09)', () => {
  const corpus = ingestStory({
    'r1_wire.txt': {
      outlet: 'bay-wire',
      publishedAt: '2025-04-09T09:00:00+02:00',
      lines: [
        'Bolt found in bus',
        '',
        'Investigators said on Tuesday they had found a cracked bolt in the bus that crashed last month.',
        'The Harbour Party lost the majority it had held since 2016.',
        'The Harbour Party fell short of a majority, so it must find partners when the new council convenes on May 2.',
        'The bus crashed on March 3 near Pine Island.',
      ],
    },
  });

  it('dates what investigators said, not the crash a relative clause recalls', () => {
    expect(eventsOfSentence(corpus, 'r1-s2').map((event) => event.start)).toEqual(['2025-04-08']);
  });

  it('makes no event of the year a state began ("since 2016"), nor dates the main clause by a "when" clause', () => {
    expect(corpus.events.some((event) => event.start.startsWith('2016'))).toBe(false);
    expect(corpus.events.some((event) => event.start === '2025-05-02' && event.kinds?.includes('result'))).toBe(false);
  });

  it('still dates the crash where the sentence reports it (negative case)', () => {
    expect(eventsOfSentence(corpus, 'r1-s5').map((event) => event.start)).toContain('2025-03-03');
  });
});

describe('event triggers: words that look like a kind of happening and are not', () => {
  const kindsOf = (text: string) => findTriggers(text).map((trigger) => trigger.kind);

  it('reads a distress call and a declared emergency as no phone call or declaration', () => {
    expect(kindsOf('The pilot sent a distress call and declared an emergency.')).not.toContain('call');
    expect(kindsOf('The pilot sent a distress call and declared an emergency.')).not.toContain('declaration');
    expect(kindsOf('The governor declared a state of emergency.')).toContain('declaration');
  });

  it('reads an electoral landslide as no disaster, but a landslide that buried a village as one', () => {
    expect(kindsOf('She led the party to a landslide four years ago.')).not.toContain('disaster');
    expect(kindsOf('He won in a landslide.')).not.toContain('disaster');
    expect(kindsOf('A landslide buried the village on Monday.')).toContain('disaster');
  });

  it('reads "struck" beside a crash or an earthquake as its impact, and alone as an attack (negative case)', () => {
    expect(kindsOf('The jet crashed and struck a concrete wall.')).not.toContain('attack');
    expect(kindsOf('The jet slid off the runway and struck a concrete wall.')).not.toContain('attack');
    expect(kindsOf('A strong earthquake struck the coast.')).not.toContain('attack');
    expect(kindsOf('A missile struck the port.')).toContain('attack');
  });

  it('finds a concession, a speech, a victory and a seat count, but no victory inside a name', () => {
    expect(kindsOf('Vell conceded on Sunday.')).toContain('concession');
    expect(kindsOf('Reyes told a rally of supporters.')).toContain('speech');
    expect(kindsOf('Reyes won the election.')).toContain('victory');
    expect(kindsOf('The party won 48 seats.')).toContain('result');
    expect(kindsOf('No party will control the 113-seat chamber.')).toContain('result');
    expect(kindsOf('Ministers control the budget.')).not.toContain('result');
    expect(kindsOf('Envoy Mori met Foreign Minister Park Ji-won.')).not.toContain('victory');
    expect(kindsOf('She conceded that the plan had flaws.')).not.toContain('concession');
  });

  it('reads a seat count as a result only where seats are won, held or in a chamber (negative cases)', () => {
    expect(kindsOf('The ferry that sank on Wednesday has 300 seats.')).not.toContain('result');
    expect(kindsOf('The airliner, a jet with 189 seats, left at noon.')).not.toContain('result');
    expect(kindsOf('The ruling bloc is on 52 seats.')).toContain('result');
    expect(kindsOf('They hold 40 seats in the assembly.')).toContain('result');
  });

  it('reads no victory in a defeated bill, elected officials, a contract won or a detour (negative cases)', () => {
    for (const text of ['The bill was defeated in the Senate.', 'Elected officials met the mayor.', 'The company won a $2 billion contract.', 'Flights were routing around the storm.', 'Police beat protesters.']) {
      expect(kindsOf(text), text).not.toContain('victory');
    }
    expect(kindsOf('Duarte was elected mayor on Sunday.')).toContain('victory');
    expect(kindsOf('Duarte won the race for mayor.')).toContain('victory');
  });

  it('reads an emergency declared by an authority as a declaration, and a crew\u2019s as none', () => {
    expect(kindsOf('The governor declared an emergency on Sunday.')).toContain('declaration');
    expect(kindsOf('The pilot declared an emergency minutes before landing.')).not.toContain('declaration');
  });

  it('reads "struck" as an attack where an armed subject strikes, whatever else the sentence says', () => {
    expect(kindsOf('Missiles struck the port, causing a huge explosion.')).toContain('attack');
    expect(kindsOf('A suicide bomber struck a market in the capital.')).toContain('attack');
    expect(kindsOf('A storm struck the coast and troops were sent to help.')).not.toContain('attack');
  });

  it('reads no disaster, recovery, speech or appeal in their other senses (negative cases)', () => {
    expect(kindsOf('The cabinet survived a no-confidence vote.')).not.toContain('disaster');
    expect(kindsOf('The economy recovered in the spring.')).not.toContain('recovery');
    expect(kindsOf('Divers recovered both flight recorders.')).toContain('recovery');
    expect(kindsOf('Markets rally after the rate cut.')).not.toContain('speech');
    expect(kindsOf('Police appealed for witnesses on Monday.')).not.toContain('appeal');
    expect(kindsOf('His lawyers appealed the verdict.')).toContain('appeal');
  });
});

describe('extractEvents: what investigators said on the day their report came out (reference day 2025-02-10)', () => {
  const corpus = ingestStory({
    'q1_wire.txt': {
      outlet: 'bay-wire',
      publishedAt: '2025-02-10T18:00:00+01:00',
      lines: ['Bridge report published', '', 'The safety board released its preliminary report on the Elm Bridge collapse on Monday.'],
    },
    'q2_daily.txt': {
      outlet: 'river-daily',
      publishedAt: '2025-02-11T07:00:00+01:00',
      lines: [
        'Rust found in bridge cables',
        '',
        'Investigators said on Monday they had found heavy rust in two of the main cables.',
        'Residents said on Sunday they had warned the city about the cables for years.',
        'Police said on Monday they had arrested two men over a fire at a warehouse in the port.',
      ],
    },
  });
  const report = corpus.events.find((event) => event.kinds?.includes('report'))!;

  it('joins the report of that day', () => {
    expect(eventsOfSentence(corpus, 'q2-s2').map((event) => event.id)).toEqual([report.id]);
  });

  it('but not what others said on another day (negative case)', () => {
    expect(eventsOfSentence(corpus, 'q2-s3').map((event) => event.id)).not.toContain(report.id);
  });

  it('nor what someone else said that day about something else (negative case)', () => {
    expect(eventsOfSentence(corpus, 'q2-s4').map((event) => event.id)).not.toContain(report.id);
    expect(report.title).not.toMatch(/^Police/);
  });
});

describe('extractEvents: a title from the report, not the preview (reference days 2025-03-20 and 2025-05-02)', () => {
  const corpus = ingestStory({
    'k1_preview.txt': {
      outlet: 'court-wire',
      publishedAt: '2025-03-20T18:00:00-04:00',
      lines: ['Rhee convicted', '', 'Judge Ana Cole of the federal court in Boston scheduled sentencing for May 2.'],
    },
    'k2_report.txt': {
      outlet: 'harbour-times',
      publishedAt: '2025-05-02T18:00:00-04:00',
      lines: ['Rhee sentenced', '', 'Tom Rhee was sentenced on Friday to ten years in prison.'],
    },
  });

  it('is one event titled by what happened that day', () => {
    const [event] = eventsOfSentence(corpus, 'k2-s1');
    expect(eventsOfSentence(corpus, 'k1-s1').map((item) => item.id)).toEqual([event!.id]);
    expect(event!.title).toMatch(/^Tom Rhee was sentenced/);
    expect(event!.title).not.toMatch(/scheduled/);
  });
});

describe('extractEvents: where a meeting was, when the same day has a trip on (reference day 2025-06-04)', () => {
  const corpus = ingestStory({
    'm1_wire.txt': {
      outlet: 'fjord-wire',
      publishedAt: '2025-06-04T09:00:00+02:00',
      lines: ['Minister meets president', '', 'Foreign Minister Kenji Mori met President Ola Lund in Seoul on Tuesday.', 'Mori arrived in Manila on Tuesday evening.'],
    },
  });

  it('titles the meeting by the place it was held, not the trip on (negative: Manila)', () => {
    const [meeting] = eventsOfSentence(corpus, 'm1-s2');
    expect(eventsOfSentence(corpus, 'm1-s3').map((event) => event.id)).toEqual([meeting!.id]);
    expect(meeting!.title).toMatch(/in Seoul$/);
    expect(meeting!.title).not.toMatch(/Manila/);
  });
});

describe('extractEvents: a title that names its subject (reference day 2025-05-20)', () => {
  const corpus = ingestStory({
    'n1_wire.txt': {
      outlet: 'city-wire',
      publishedAt: '2025-05-20T09:00:00+02:00',
      lines: ['Mayor-elect', '', 'On June 2 the 58-year-old, now deputy mayor, will be sworn in at a ceremony attended by thousands in the old square.'],
    },
    'n2_daily.txt': {
      outlet: 'city-daily',
      publishedAt: '2025-05-20T10:00:00+02:00',
      lines: ['Voss to take over', '', 'Mara Voss is due to be inaugurated on June 2.'],
    },
  });

  it('takes the wording with a subject over a longer one that starts on its verb', () => {
    const [event] = eventsOfSentence(corpus, 'n2-s2');
    expect(eventsOfSentence(corpus, 'n1-s1').map((item) => item.id)).toEqual([event!.id]);
    expect(event!.title).toBe('Mara Voss is due to be inaugurated');
  });
});

describe('extractEvents: a title ending on its happening word (reference day 2025-05-20)', () => {
  const corpus = ingestStory({
    'o1_wire.txt': { outlet: 'city-wire', publishedAt: '2025-05-20T09:00:00+02:00', lines: ['Mayor-elect', '', 'Mara Voss will be sworn in on June 2.'] },
  });

  it('keeps a particle that belongs to it ("sworn in")', () => {
    expect(eventsOfSentence(corpus, 'o1-s1')[0]!.title).toBe('Mara Voss will be sworn in');
  });
});

describe('extractEvents: a title keeps the figure it ends on (reference day 2025-03-04)', () => {
  const corpus = ingestStory({
    't1_wire.txt': {
      outlet: 'bay-wire',
      publishedAt: '2025-03-04T09:00:00+01:00',
      lines: ['Quake hits coast', '', 'On Monday an earthquake killed 12.'],
    },
  });

  it('ends on "12" when the clause ends there, not on a dangling verb', () => {
    const [event] = eventsOfSentence(corpus, 't1-s2');
    expect(event?.title).toMatch(/killed 12$/);
  });
});

describe('extractEvents: a contrasting clause that only plans is no second happening (reference day 2025-03-08)', () => {
  const corpus = ingestStory({
    'v1_wire.txt': {
      outlet: 'court-wire',
      publishedAt: '2025-03-08T09:00:00-05:00',
      lines: ['Trader convicted', '', 'A jury convicted Dana Voss of fraud on Friday, but her lawyers will appeal.'],
    },
  });

  it('dates the conviction, and no appeal on Friday', () => {
    const kinds = eventsOfSentence(corpus, 'v1-s1').flatMap((event) => event.kinds ?? []);
    expect(kinds).toContain('verdict');
    expect(corpus.events.filter((event) => event.kinds?.includes('appeal') && event.start === '2025-03-07')).toEqual([]);
  });
});

describe('extractEvents: a day a plan was moved from is no happening’s day (reference day 2029-10-10)', () => {
  const corpus = ingestStory({
    'd1_wire.txt': {
      outlet: 'port-wire',
      publishedAt: '2029-10-10T09:00:00+02:00',
      lines: [
        'Ferry service resumes',
        '',
        'The ferry service, first scheduled to restart on October 2, resumed on Tuesday.',
        'The crossing had been postponed from September 28 after a storm.',
        'The council had been due on Friday to approve the timetable.',
        'The harbour closed on September 27 and reopened on Monday.',
      ],
    },
  });
  const datesOf = (start: string) => {
    const sentence = corpus.articles[0]!.sentences.find((candidate) => candidate.text.startsWith(start))!;
    return eventsOfSentence(corpus, sentence.id).map((event) => event.start);
  };

  it('dates the resumption by its own day, and nothing by a given-up day', () => {
    expect(datesOf('The ferry service')).toEqual(['2029-10-09']);
    expect(datesOf('The crossing had been postponed')).toEqual([]);
    expect(corpus.events.filter((event) => ['2029-10-02', '2029-09-28'].includes(event.start))).toEqual([]);
  });

  it('but a plain "on" or "closed on" still dates what happened (negative case)', () => {
    expect(datesOf('The harbour closed')).toContain('2029-09-27');
  });
});

describe('extractEvents: the day a plan was moved to is the plan’s, not the moving’s (reference day 2029-05-20)', () => {
  const corpus = ingestStory({
    'm1_wire.txt': {
      outlet: 'port-wire',
      publishedAt: '2029-05-20T09:00:00+02:00',
      lines: ['Referendum delayed', '', 'The government moved the harbour referendum to October 4.', 'The vote was postponed until Sunday, Oct. 14, the council said.', 'The talks moved to Geneva on Monday.'],
    },
  });
  const datesOf = (start: string) => {
    const sentence = corpus.articles[0]!.sentences.find((candidate) => candidate.text.startsWith(start))!;
    return eventsOfSentence(corpus, sentence.id).map((event) => event.start);
  };

  it('dates no act by the day it was moved to', () => {
    expect(datesOf('The government moved')).toEqual([]);
    expect(datesOf('The vote was postponed')).toEqual([]);
    expect(corpus.events.filter((event) => ['2029-10-04', '2029-10-14'].includes(event.start))).toEqual([]);
  });

  it('but "moved to Geneva on Monday" is a move on Monday (negative case)', () => {
    expect(datesOf('The talks moved')).toEqual(['2029-05-14']);
  });
});
