/**
 * Sentence assignment: every content sentence on the events it speaks of, or
 * context with a reason. Scored against hand-made gold for the five seeds
 * (tests/fixtures/gold/seed-assignments.json, written by reading the texts;
 * format in tests/fixtures/gold/README.md), then tried on made-up articles
 * for what must not be assigned. Reference dates are pinned by the manifests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/schema';
import { buildCorpusJson } from '../../../src/pipeline/io';
import { eventsOfSentence, ingestStory } from '../ingest-story';

interface AssignmentGold {
  sentences: Record<string, { events: string[]; why: string }>;
}

const gold = JSON.parse(readFileSync('tests/fixtures/gold/seed-assignments.json', 'utf8')) as AssignmentGold;
const { corpus } = buildCorpusJson('seeds');

const eventIdsOf = (corpus: Corpus, sentenceId: string) => eventsOfSentence(corpus, sentenceId).map((event) => event.id);

/** Precision and recall of (sentence, event) pairs over the sentences the gold covers. */
export function scoreAssignments(corpus: Corpus, sentences: AssignmentGold['sentences']) {
  const expected = new Set(Object.entries(sentences).flatMap(([sentenceId, entry]) => entry.events.map((id) => `${sentenceId}|${id}`)));
  const found = new Set(
    corpus.events.flatMap((event) => event.evidence.filter((item) => item.sentenceId in sentences).map((item) => `${item.sentenceId}|${event.id}`)),
  );
  const hits = [...found].filter((pair) => expected.has(pair)).length;
  return {
    precision: found.size === 0 ? 0 : hits / found.size,
    recall: expected.size === 0 ? 0 : hits / expected.size,
    found: found.size,
    expected: expected.size,
    misses: [...expected].filter((pair) => !found.has(pair)),
    extras: [...found].filter((pair) => !expected.has(pair)),
  };
}

describe('sentence assignment on the seeds, against the gold', () => {
  it('prints precision and recall and holds the committed baseline', () => {
    const score = scoreAssignments(corpus, gold.sentences);
    console.log(
      `sentence→event assignment on the 5 seeds: precision ${score.precision.toFixed(3)} (${score.found} pairs), recall ${score.recall.toFixed(3)} (${score.expected} gold pairs)\n` +
        `  missed: ${score.misses.join(', ') || 'none'}\n  extra: ${score.extras.join(', ') || 'none'}`,
    );
    // Baseline measured when the stage landed (1.000 / 0.819); the misses are undated future happenings and Iwaya's trip.
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('lists every content sentence of every seed with its events or "context", and why', () => {
    const lines: string[] = [];
    for (const article of corpus.articles) {
      const context = new Map((article.context ?? []).map((item) => [item.sentenceId, item.reason]));
      for (const sentence of article.sentences) {
        const on = corpus.events.flatMap((event) =>
          event.evidence.filter((item) => item.sentenceId === sentence.id).map((item) => `${event.id} [${item.how}: ${item.why}]`),
        );
        // Every sentence is accounted for exactly one way: on events, or context with a reason.
        expect(on.length > 0 !== context.has(sentence.id), `${sentence.id} is on events or context, not both or neither`).toBe(true);
        lines.push(`${sentence.id} ${on.length > 0 ? on.join('; ') : `context: ${context.get(sentence.id)}`}`);
      }
    }
    console.log(lines.join('\n'));
    expect(lines).toHaveLength(corpus.articles.reduce((sum, article) => sum + article.sentences.length, 0));
  });

  it('puts the undated sentences that continue an account on their event', () => {
    const call = 'ev-2024-12-11-call';
    const meeting = 'ev-2025-01-13-meeting';
    const textOf = (id: string) => corpus.articles.flatMap((article) => article.sentences).find((sentence) => sentence.id === id)?.text ?? '';
    expect(textOf('003-s7')).toMatch(/would not change under any circumstances/);
    expect(eventIdsOf(corpus, '003-s7')).toContain(call);
    expect(textOf('003-s8')).toMatch(/60th anniversary/);
    expect(eventIdsOf(corpus, '003-s8')).toContain(call);
    expect(textOf('004-s13')).toMatch(/young people/);
    expect(eventIdsOf(corpus, '004-s13')).toContain(meeting);
    expect(textOf('004-s14')).toMatch(/with China/);
    expect(eventIdsOf(corpus, '004-s14')).toContain(meeting);
    expect(textOf('002-s18')).toMatch(/sincerely/);
    expect(eventIdsOf(corpus, '002-s18')).toEqual([meeting]);
  });

  it('puts a preview headline in headlinese ("… to meet in Seoul") on the coming meeting, not one it recalls', () => {
    const meeting = 'ev-2025-01-13-meeting';
    const textOf = (id: string) => corpus.articles.flatMap((article) => article.sentences).find((sentence) => sentence.id === id)?.text ?? '';
    expect(textOf('001-s1')).toMatch(/to meet in Seoul/);
    // The article also recalls the ministers' November meeting in Lima and Blinken's Jan 7 visit.
    expect(eventIdsOf(corpus, '001-s1')).toEqual([meeting]);
  });

  it('reports martial law and the impeachment for every outlet that names them, and says how', () => {
    const declaration = corpus.events.find((event) => event.id === 'ev-2024-12-01-declaration')!;
    expect(declaration.outlets).toContain('joongang-daily');
    const joongang = declaration.evidence.find((item) => item.sentenceId === '001-s11')!;
    expect(joongang.how).toBe('refers');
    expect(joongang.why).toMatch(/Yoon/);
    const impeachment = corpus.events.find((event) => event.id === 'ev-2024-12-14-impeachment')!;
    expect(impeachment.outlets).toEqual(['joongang-daily', 'kyodo']);
  });

  it('keeps background sentences as context with a reason', () => {
    const asahi = corpus.articles.find((article) => article.id === '004')!;
    expect(asahi.context?.find((item) => item.sentenceId === '004-s12')?.reason).toMatch(/background/);
    expect(eventIdsOf(corpus, '004-s12')).toEqual([]);
  });

  it('does not pull the Lima meeting sentence into the Seoul meeting of a different day', () => {
    expect(eventIdsOf(corpus, '001-s14')).toEqual(['ev-2024-11-15-meeting']);
  });
});

describe('sentence assignment on made-up articles', () => {
  // Two court stories on different days with the same judge: a reference by name alone must not pick one.
  const corpus = ingestStory({
    'a1_court.txt': {
      outlet: 'harbour-times',
      publishedAt: '2024-06-12T18:00:00+01:00',
      lines: [
        'Judge Elena Marsh ruled on Tuesday that the port strike was lawful.',
        'She said the union had given enough notice.',
        'Harbour traffic has doubled since 2015.',
        'Marsh will hear the appeal of the shipping firms next month.',
        'The dockers also asked Marsh to lift the fines, and she agreed.',
        'The union called on the port authority to reopen talks.',
      ],
    },
    'b1_court.txt': {
      outlet: 'coast-courier',
      publishedAt: '2024-05-20T09:00:00+01:00',
      lines: ['Judge Elena Marsh ruled on Friday that the first walkout was unlawful.', 'The next hearing is set for June.'],
    },
  });
  const sentenceEvents = (id: string) => eventsOfSentence(corpus, id);

  it('joins the undated sentence that continues a dated report', () => {
    const ruling = sentenceEvents('a1-s1');
    expect(ruling).toHaveLength(1);
    expect(sentenceEvents('a1-s2').map((event) => event.id)).toEqual([ruling[0]!.id]);
  });

  it('keeps a sentence with no happening, date or participant as context', () => {
    expect(sentenceEvents('a1-s3')).toEqual([]);
    expect(corpus.articles.find((article) => article.id === 'a1')?.context?.some((item) => item.sentenceId === 'a1-s3')).toBe(true);
  });

  it('never reads "called on" as a phone call', () => {
    expect(corpus.events.some((event) => /phone/i.test(event.title))).toBe(false);
    expect(sentenceEvents('a1-s6').some((event) => (event.kinds ?? []).includes('call'))).toBe(false);
  });

  it('does not join the other outlet’s ruling of a different day that shares only the judge', () => {
    const june = sentenceEvents('a1-s1')[0]!;
    const may = sentenceEvents('b1-s1')[0]!;
    expect(june.id).not.toBe(may.id);
    expect(june.evidence.some((item) => item.articleId === 'b1')).toBe(false);
    expect(may.evidence.some((item) => item.articleId === 'a1')).toBe(false);
  });
});

describe('a reference that fits several events', () => {
  const corpus = ingestStory({
    'a1_first.txt': { outlet: 'andes-post', publishedAt: '2023-03-08', lines: ['Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Mateo Silva in Santiago on Tuesday.'] },
    'b1_second.txt': { outlet: 'lima-daily', publishedAt: '2023-03-21', lines: ['Foreign Minister Ana Ruiz met Foreign Minister Mateo Silva again in Lima on Monday.'] },
    'c1_column.txt': { outlet: 'coast-review', publishedAt: '2023-03-25', lines: ['Officials across the region praised talks between Ruiz and Silva as a model for neighbours.'] },
  });

  it('stays off both, as context that names the events it fits by id', () => {
    const meetings = corpus.events.filter((event) => event.evidence.some((item) => item.sentenceId === 'a1-s1' || item.sentenceId === 'b1-s1'));
    expect(meetings).toHaveLength(2);
    expect(eventsOfSentence(corpus, 'c1-s1')).toEqual([]);
    const entry = corpus.articles.find((article) => article.id === 'c1')?.context?.find((item) => item.sentenceId === 'c1-s1');
    expect(entry?.reason).toMatch(/^unsure: .*fits 2 events/);
    expect([...(entry?.candidates ?? [])].sort()).toEqual(meetings.map((event) => event.id).sort());
  });
});

describe('who speaks, and which happening a word names', () => {
  const corpus = ingestStory({
    'g1_isle.txt': {
      outlet: 'isle-times',
      publishedAt: '2023-06-05T09:00:00+01:00',
      lines: [
        'Marta Quill wins island election',
        '',
        "Marta Quill won the island's presidential election on Sunday, beating Ivo Dren.",
        'Quill said she would govern for everyone.',
        'Foreign Minister Hana Berg congratulated Quill and said the result showed a healthy democracy.',
      ],
    },
    'g2_preview.txt': {
      outlet: 'bay-courier',
      publishedAt: '2023-06-02T09:00:00+01:00',
      lines: ['Island prepares for polling day', '', 'In 2019, Ivo Dren won the election with 55 percent.', 'Observers say the vote could be close this time.'],
    },
    'h1_envoy.txt': {
      outlet: 'east-post',
      publishedAt: '2023-04-12T09:00:00+09:00',
      lines: [
        'Envoy in Seoul',
        '',
        'Envoy Kenji Mori visited Seoul on Tuesday and met Foreign Minister Park Ji-won.',
        'Park said the visit was a good start.',
        'Seoul skipped a ceremony in March after learning that a Tokyo official had visited a war shrine.',
        'Mori said ties were improving faster than either side had expected a year ago.',
      ],
    },
  });
  const election = eventsOfSentence(corpus, 'g1-s2')[0]!;

  it('puts a participant’s own words on a meeting', () => {
    expect(eventIdsOf(corpus, 'h1-s5')).toEqual(eventIdsOf(corpus, 'h1-s2'));
  });

  it('keeps someone else’s reaction that only names a participant off it', () => {
    expect(eventIdsOf(corpus, 'g1-s4')).toEqual([]);
  });

  it('keeps a candidate’s words after an election off it: a speech is a happening of its own', () => {
    expect(election.kinds).toContain('victory');
    expect(eventIdsOf(corpus, 'g1-s3')).toEqual([]);
  });

  it('reads "the vote" in a preview as no election of an earlier year the article recalls', () => {
    const earlier = eventsOfSentence(corpus, 'g2-s2')[0]!;
    expect(earlier.start).toBe('2019-01-01');
    expect(eventIdsOf(corpus, 'g2-s3')).not.toContain(earlier.id);
  });

  it('takes "the visit" as a reference, but not a verb after "that" ("that an official had visited")', () => {
    const visit = eventsOfSentence(corpus, 'h1-s2')[0]!;
    expect(eventIdsOf(corpus, 'h1-s3')).toEqual([visit.id]);
    expect(eventIdsOf(corpus, 'h1-s4')).toEqual([]);
  });
});

describe('a bare happening word (a headline’s "convicted")', () => {
  const corpus = ingestStory({
    'k1_court.txt': {
      outlet: 'court-wire',
      publishedAt: '2023-06-02T20:00:00-04:00',
      lines: [
        'Former banker convicted of fraud',
        '',
        'A jury found former banker Lena Ostrova guilty of fraud on Friday.',
        'Her lawyers said they would study the judgment closely before deciding on any further steps.',
      ],
    },
    'k2_court.txt': {
      outlet: 'ledger-blog',
      publishedAt: '2023-06-09T09:00:00-04:00',
      lines: [
        'Two bankers convicted in a week',
        '',
        'A jury found banker Piet Mol guilty on Thursday.',
        'Lena Ostrova was convicted on June 2.',
        'Both firms have since closed their offices in the city and laid off most of their staff.',
      ],
    },
  });

  it('names the one such event its article reports', () => {
    expect(eventIdsOf(corpus, 'k1-s1')).toEqual(eventIdsOf(corpus, 'k1-s2'));
    expect(eventIdsOf(corpus, 'k1-s1')).toHaveLength(1);
  });

  it('names neither when its article reports two', () => {
    expect(eventIdsOf(corpus, 'k2-s2')).not.toEqual(eventIdsOf(corpus, 'k2-s3'));
    expect(eventIdsOf(corpus, 'k2-s1')).toEqual([]);
  });
});

describe('a sentence dated on its own happening', () => {
  const corpus = ingestStory({
    'n1_visit.txt': {
      outlet: 'east-post',
      publishedAt: '2023-04-12T09:00:00+09:00',
      lines: [
        'Envoy in Seoul',
        '',
        'Envoy Kenji Mori visited Seoul on Tuesday and met Foreign Minister Park Ji-won.',
        'In May 2019, Prime Minister Aki Sato laid a wreath at the national cemetery in Seoul, the first visit by a Japanese leader in a decade.',
        'Park said the visit had gone well and that both sides would meet again soon.',
        'Both governments have since promised to keep up regular contacts at every level of their administrations.',
      ],
    },
  });
  const meeting = eventsOfSentence(corpus, 'n1-s2')[0]!;

  it('describes that happening with its nouns ("the first visit"), not the article’s main event', () => {
    expect(eventsOfSentence(corpus, 'n1-s3').map((event) => event.start)).toEqual(['2019-05-01']);
  });

  it('while an undated "the visit" still refers to the main event', () => {
    expect(eventIdsOf(corpus, 'n1-s4')).toEqual([meeting.id]);
  });
});

describe('a headline with no happening word of its own', () => {
  const corpus = ingestStory({
    'q1_pact.txt': {
      outlet: 'andes-post',
      publishedAt: '2023-03-08T10:00:00-03:00',
      lines: [
        'Neighbours pledge closer ties',
        '',
        'Foreign ministers Ana Ruiz and Mateo Silva met in Santiago on Tuesday to discuss the border.',
        'Officials from both ministries expect the working groups to report back within three months.',
      ],
    },
    'q2_history.txt': {
      outlet: 'coast-review',
      publishedAt: '2023-03-08T12:00:00-03:00',
      lines: [
        'Lessons from history',
        '',
        'In August 1997, a passenger plane crashed into a hill on Guam, killing 228 people.',
        'Safety rules for approaches in bad weather were rewritten in the years that followed.',
      ],
    },
  });

  it('announces its article’s main story', () => {
    const meeting = eventsOfSentence(corpus, 'q1-s2')[0]!;
    expect(meeting.kinds?.[0]).toBe('meeting');
    expect(eventIdsOf(corpus, 'q1-s1')).toEqual([meeting.id]);
  });

  it('but not a story from long before the reporting period', () => {
    expect(eventsOfSentence(corpus, 'q2-s2')[0]?.main).toBe(false);
    expect(eventIdsOf(corpus, 'q2-s1')).toEqual([]);
  });
});

describe('"the decree": a recent happening before the reporting period', () => {
  const corpus = ingestStory({
    'r1_crisis.txt': {
      outlet: 'east-post',
      publishedAt: '2023-04-20T09:00:00+09:00',
      lines: [
        'Minister visits capital',
        '',
        'Foreign Minister Kenji Mori met President Lina Aro in Port Vale on Wednesday, the first visit since the crisis began.',
        'President Lina Aro declared martial law on March 28, citing unrest in the north.',
        'The decree lasted only nine hours before the parliament voted it down.',
        'Both governments have since promised to keep up regular contacts at every level of their administrations.',
      ],
    },
  });

  it('is referred to without its year (the preview’s vote of four years before is not: see above)', () => {
    const decree = eventsOfSentence(corpus, 'r1-s3')[0]!;
    expect(decree.main).toBe(false);
    expect(eventIdsOf(corpus, 'r1-s4')).toEqual([decree.id]);
  });
});

describe('participants speaking: people, not a firm named in passing', () => {
  const corpus = ingestStory({
    'v1_court.txt': {
      outlet: 'court-wire',
      publishedAt: '2023-06-02T20:00:00-04:00',
      lines: [
        'Banker found guilty',
        '',
        'A jury found Lena Ostrova, the founder of Orion Bank, guilty of fraud on Friday.',
        'Ostrova said she would appeal as soon as she could.',
        'Prosecutors told jurors that customer deposits at Orion Bank had vanished within weeks.',
        'Shipping companies said they expected delays to continue for several more weeks.',
      ],
    },
  });
  const verdict = eventsOfSentence(corpus, 'v1-s2')[0]!;

  it('puts the convicted founder’s words on the verdict', () => {
    expect(verdict.participants).toContain('org-orion-bank');
    expect(eventIdsOf(corpus, 'v1-s3')).toEqual([verdict.id]);
  });

  it('but not a sentence that only names her firm (negative case)', () => {
    expect(eventIdsOf(corpus, 'v1-s4')).toEqual([]);
  });
});

describe('quoted words and "the pair" after a meeting', () => {
  // Published the day after the meeting: a plan in the narrator's words cannot be about it, a quoted "will" can.
  const corpus = ingestStory({
    'q1_talks.txt': {
      outlet: 'harbour-wire',
      publishedAt: '2023-09-12T09:00:00+09:00',
      lines: [
        'Envoys meet in Port Alba',
        '',
        'Envoy Lina Sato met Foreign Minister Omar Vale in Port Alba on Monday.',
        'Officials said the talks had gone well and that ties “will only grow stronger”.',
        'Officials said the talks will resume in the spring.',
        'The pair agreed to open a consulate in the north.',
        'Tickets for the pair of harbour concerts sold out within an hour.',
      ],
    },
  });
  const meeting = eventsOfSentence(corpus, 'q1-s2')[0]!;

  it('reads a quoted "will" as what was said, so "the talks" still names the meeting', () => {
    expect(meeting.start).toBe('2023-09-11');
    expect(eventIdsOf(corpus, 'q1-s3')).toEqual([meeting.id]);
  });

  it('but a plan in the narrator’s words is not about the meeting already held (negative case)', () => {
    expect(eventIdsOf(corpus, 'q1-s4')).not.toContain(meeting.id);
  });

  it('takes "the pair" agreeing as the participants acting', () => {
    expect(eventIdsOf(corpus, 'q1-s5')).toEqual([meeting.id]);
  });

  it('but not "the pair of" anything with no act of speech or stance (negative case)', () => {
    expect(eventIdsOf(corpus, 'q1-s6')).toEqual([]);
  });
});

describe('"the pair" when the main story is no meeting of people', () => {
  const corpus = ingestStory({
    'n1_digest.txt': {
      outlet: 'harbour-digest',
      publishedAt: '2024-06-12T07:00:00+01:00',
      lines: [
        'Ruling on the strike',
        '',
        'Judge Elena Marsh ruled on Tuesday that the port strike was lawful.',
        'Marsh said the union had given enough notice, and Marsh lifted the fines.',
        'Envoy Lina Sato met Foreign Minister Omar Vale on Monday.',
        'Harbour traffic has doubled in a decade.',
        'The pair said they were pleased with the progress.',
      ],
    },
    'n2_court.txt': {
      outlet: 'court-wire',
      publishedAt: '2024-06-12T07:00:00+01:00',
      lines: [
        'Strike ruled lawful',
        '',
        'Judge Elena Marsh ruled on Tuesday that the port strike was lawful.',
        'Harbour traffic has doubled in a decade.',
        'The pair said they would appeal.',
      ],
    },
  });
  const ruling = eventsOfSentence(corpus, 'n1-s2')[0]!;
  const meeting = eventsOfSentence(corpus, 'n1-s4')[0]!;

  it('speaks for the people of the last account of two taking part', () => {
    expect(ruling.id).not.toBe(meeting.id);
    expect(eventIdsOf(corpus, 'n1-s5')).toEqual([]);
    expect(eventIdsOf(corpus, 'n1-s6')).toEqual([meeting.id]);
  });

  it('is not put on a ruling with one person in it (negative case)', () => {
    expect(eventIdsOf(corpus, 'n2-s4')).toEqual([]);
  });
});

describe('an onlooker’s words about an election', () => {
  const corpus = ingestStory({
    'e1_isle.txt': {
      outlet: 'isle-times',
      publishedAt: '2023-06-05T09:00:00+01:00',
      lines: [
        'Marta Quill wins island election',
        '',
        "Marta Quill won the island's presidential election on Sunday, beating Ivo Dren.",
        'Turnout was the highest in two decades.',
        'Mainland spokesman Karl Osk added that the election would not change the mainland’s policy.',
        'Quill said the election had been fair.',
      ],
    },
  });
  const election = eventsOfSentence(corpus, 'e1-s2')[0]!;

  it('keeps a statement about the election by someone who took no part in it off the election', () => {
    expect(election.kinds).toContain('victory');
    expect(eventIdsOf(corpus, 'e1-s4')).not.toContain(election.id);
  });

  it('but a candidate’s words naming it stay on it (negative case)', () => {
    expect(eventIdsOf(corpus, 'e1-s5')).toContain(election.id);
  });
});

describe('carrying an account across a paragraph break (wire copy: a paragraph a sentence)', () => {
  const corpus = ingestStory({
    'k1_court.txt': {
      outlet: 'court-wire',
      publishedAt: '2024-06-12T07:00:00+01:00',
      lines: [
        'Strike ruled lawful',
        '',
        'Judge Elena Marsh ruled on Tuesday that the port strike was lawful.',
        "Union leaders carried Marsh's portrait through the docks.",
        'Harbour traffic was normal by the evening.',
      ],
    },
    'k2_court.txt': {
      outlet: 'harbour-times',
      publishedAt: '2024-06-12T07:00:00+01:00',
      lines: ['Strike ruled lawful', '', 'Judge Elena Marsh ruled on Tuesday that the port strike was lawful.', 'Marsh had fined the union in March.'],
    },
  });
  const ruling = eventsOfSentence(corpus, 'k1-s2')[0]!;

  it('carries it on in a sentence naming one of its people', () => {
    expect(ruling.start).toBe('2024-06-11');
    expect(eventIdsOf(corpus, 'k1-s3')).toEqual([ruling.id]);
  });

  it('but not in a sentence sharing nothing with it (negative case)', () => {
    expect(eventIdsOf(corpus, 'k1-s4')).toEqual([]);
  });

  it('nor in one that dates something else, even naming its people (negative case)', () => {
    expect(eventIdsOf(corpus, 'k2-s2')).toContain(ruling.id);
    expect(eventIdsOf(corpus, 'k2-s3')).not.toContain(ruling.id);
  });
});

describe('the lede’s account going on through the lines after it (wire copy, reference day 2024-06-12)', () => {
  const corpus = ingestStory({
    'n1_canal.txt': {
      outlet: 'canal-wire',
      publishedAt: '2024-06-12T07:00:00+01:00',
      lines: [
        'Canal toll struck down',
        '',
        'Judge Tomas Rell ruled on Tuesday that the canal toll was unlawful.',
        'The toll had been charged on every barge passing the lock.',
        'Barge crews had long complained about the cost.',
        'Tourism along the water has grown quickly in recent years.',
      ],
    },
    'n2_canal.txt': {
      outlet: 'river-post',
      publishedAt: '2024-06-12T09:00:00+01:00',
      lines: [
        'Judge ends canal toll',
        '',
        'Judge Tomas Rell ruled on Tuesday that the canal toll was unlawful.',
        'Mayor Ana Voss praised the judge and the barge crews.',
        'Rell had fined the canal authority in March.',
        'The toll had been charged on every barge passing the lock.',
      ],
    },
  });
  const ruling = eventsOfSentence(corpus, 'n1-s2')[0]!;

  it('carries it on through lines with no date or happening of their own that take up its wording', () => {
    expect(ruling.start).toBe('2024-06-11');
    expect(eventIdsOf(corpus, 'n1-s3')).toEqual([ruling.id]);
    expect(eventIdsOf(corpus, 'n1-s4')).toEqual([ruling.id]);
  });

  it('but not a line sharing no word with it (negative case)', () => {
    expect(eventIdsOf(corpus, 'n1-s5')).toEqual([]);
  });

  it('nor a line whose subject is someone outside the account, nor one after the run has broken (negative cases)', () => {
    expect(eventIdsOf(corpus, 'n2-s2')).toEqual([ruling.id]);
    expect(eventIdsOf(corpus, 'n2-s3')).toEqual([]);
    expect(eventIdsOf(corpus, 'n2-s4')).not.toContain(ruling.id);
    expect(eventIdsOf(corpus, 'n2-s5')).not.toContain(ruling.id);
  });
});

describe('carrying an account past a line that placed nothing', () => {
  const corpus = ingestStory({
    'm1_court.txt': {
      outlet: 'court-wire',
      publishedAt: '2024-06-12T07:00:00+01:00',
      lines: [
        'Strike ruled lawful',
        '',
        'Judge Elena Marsh ruled on Tuesday that the port strike was lawful.',
        'Harbour traffic was normal by the evening.',
        "Union leaders carried Marsh's portrait through the docks.",
      ],
    },
    'm2_court.txt': {
      outlet: 'harbour-times',
      publishedAt: '2024-06-12T07:00:00+01:00',
      lines: [
        'Strike ruled lawful',
        '',
        'Judge Elena Marsh ruled on Tuesday that the port strike was lawful.',
        'Harbour traffic was normal by the evening.',
        'He walked home along the quay.',
        'Ferries ran late.',
        'Gulls circled the cranes.',
        "Union leaders carried Marsh's portrait through the docks.",
      ],
    },
  });
  const ruling = eventsOfSentence(corpus, 'm1-s2')[0]!;

  it('goes on in a sentence naming one of its people, one line further down', () => {
    expect(eventIdsOf(corpus, 'm1-s3')).toEqual([]);
    expect(eventIdsOf(corpus, 'm1-s4')).toEqual([ruling.id]);
  });

  it('but a pronoun points at the line just before, not past it (negative case)', () => {
    expect(eventIdsOf(corpus, 'm2-s2')).toContain(ruling.id);
    expect(eventIdsOf(corpus, 'm2-s4')).toEqual([]);
  });

  it('nor past more than two lines that placed nothing (negative case)', () => {
    expect(eventIdsOf(corpus, 'm2-s7')).toEqual([]);
  });
});

describe('subheads in a live blog', () => {
  const corpus = ingestStory({
    's1_blog.txt': {
      outlet: 'harbour-live',
      publishedAt: '2024-06-12T07:00:00+01:00',
      lines: [
        'Port strike ruling: judge sides with the dockers',
        '',
        'The dockers gathered outside the court before dawn, as they had every day this week.',
        '',
        'A win for the dockers',
        '',
        'Judge Elena Marsh ruled on Tuesday that the port strike was lawful.',
        '',
        'What happens next?',
        '',
        'Harbour traffic was normal by the evening, the port authority said.',
        '',
        'Weather on the quay',
        '',
        'Gulls circled the cranes all afternoon as the wind rose over the harbour.',
        '',
        'The blog will resume tomorrow morning with reaction from the port.',
      ],
    },
  });
  const ruling = eventsOfSentence(corpus, 's1-s4')[0]!;

  it('takes the account of the line under it', () => {
    expect(ruling.start).toBe('2024-06-11');
    expect(eventIdsOf(corpus, 's1-s3')).toEqual([ruling.id]);
  });

  it('but a question, or a subhead over a line on no event, stays context (negative cases)', () => {
    expect(eventIdsOf(corpus, 's1-s5')).toEqual([]);
    expect(eventIdsOf(corpus, 's1-s7')).toEqual([]);
  });
});

describe('a happening word that only qualifies another noun', () => {
  const corpus = ingestStory({
    'd1_report.txt': {
      outlet: 'sky-wire',
      publishedAt: '2024-03-05T09:00:00+01:00',
      lines: [
        'Northport crash report published',
        '',
        'A cargo plane crashed on landing at Northport airport on Feb. 5, killing both pilots.',
        'The safety board released its preliminary report on Monday.',
        'The report found no single cause of the crash.',
        'The crash was the first at the airport in forty years.',
      ],
    },
  });
  const crash = eventsOfSentence(corpus, 'd1-s2')[0]!;
  const report = eventsOfSentence(corpus, 'd1-s3')[0]!;

  it('("a cause of the crash") is not what a sentence about the report reports', () => {
    expect(crash.id).not.toBe(report.id);
    expect(eventIdsOf(corpus, 'd1-s4')).toEqual([report.id]);
  });

  it('while "the crash" as the subject still names it (negative case)', () => {
    expect(eventIdsOf(corpus, 'd1-s5')).toContain(crash.id);
  });
});

describe('a happening word in an article that dates none of its kind (reference day 2025-03-10)', () => {
  const corpus = ingestStory({
    'w1_wire.txt': {
      outlet: 'lake-wire',
      publishedAt: '2025-03-10T07:00:00+01:00',
      lines: [
        'Count ends',
        '',
        'Dana Reyes won the presidential election on Sunday, but her Unity Party lost its majority in the assembly.',
        'A storm hit the coast on Saturday, closing two ports.',
      ],
    },
    'w2_explainer.txt': {
      outlet: 'valley-daily',
      publishedAt: '2025-03-11T07:00:00+01:00',
      lines: [
        'What the assembly looks like now',
        '',
        'The Green League is on 40 seats and the Unity Party on 48.',
        'Ports reopened after the storm hit the coast.',
      ],
    },
  });
  const count = corpus.events.find((event) => event.kinds?.includes('result'))!;

  it('names the story’s one seat count', () => {
    expect(eventIdsOf(corpus, 'w2-s2')).toEqual([count.id]);
  });

  it('but a landmark the sentence dates its own news by is no reference (negative case)', () => {
    expect(eventIdsOf(corpus, 'w2-s3')).toEqual([]);
  });
});

describe('a seat count when the story has two counts (negative case, reference day 2025-03-10)', () => {
  const corpus = ingestStory({
    'x1_wire.txt': {
      outlet: 'lake-wire',
      publishedAt: '2025-03-10T07:00:00+01:00',
      lines: ['Count ends', '', 'The Unity Party won 48 seats on Sunday.', 'On Monday, the Green League won 12 seats in the city council.'],
    },
    'x2_explainer.txt': { outlet: 'valley-daily', publishedAt: '2025-03-11T07:00:00+01:00', lines: ['Counts', '', 'The Green League is on 40 seats and the Unity Party on 48.'] },
  });

  it('stays off both', () => {
    expect(corpus.events.filter((event) => event.kinds?.includes('result'))).toHaveLength(2);
    expect(eventIdsOf(corpus, 'x2-s2')).toEqual([]);
  });
});

describe('a body that opens a sentence, when the story reports one act of theirs (reference day 2025-03-10)', () => {
  const corpus = ingestStory({
    'b1_wire.txt': {
      outlet: 'lake-wire',
      publishedAt: '2025-03-10T07:00:00+01:00',
      lines: [
        'Neighbour reacts',
        '',
        'The Harbour Affairs Office said in a statement on Sunday that the result changed nothing.',
        'The Fisheries Council said on Saturday that catches were down.',
        'The Fisheries Council said on Sunday that the season would open late.',
      ],
    },
    'b2_blog.txt': {
      outlet: 'valley-daily',
      publishedAt: '2025-03-10T09:00:00+01:00',
      lines: ['Reactions', '', 'The Harbour Affairs Office has given its first reaction.', 'The Fisheries Council has given its view too.'],
    },
    'b3_wire.txt': {
      outlet: 'lake-wire',
      publishedAt: '2025-03-10T08:00:00+01:00',
      lines: [
        'Mayor speaks',
        '',
        'Mayor Ilse Varga said on Sunday that the city would pay for the repairs.',
        'Councillor Piet Aalders said on Saturday that the budget was tight.',
        'Councillor Piet Aalders said on Sunday that he would vote against it.',
      ],
    },
    'b4_blog.txt': {
      outlet: 'valley-daily',
      publishedAt: '2025-03-10T10:00:00+01:00',
      lines: ['More reactions', '', 'Mayor Ilse Varga told residents in a televised address that the city would cover the cost.', 'Councillor Piet Aalders has doubts.'],
    },
  });
  const statement = eventsOfSentence(corpus, 'b1-s2')[0]!;

  it('puts the sentence on that act', () => {
    expect(eventIdsOf(corpus, 'b2-s1')).toEqual([statement.id]);
  });

  it('but not when the body did two things the story reports (negative case)', () => {
    expect(eventIdsOf(corpus, 'b2-s2')).toEqual([]);
  });

  it('and so for a person who opens the sentence', () => {
    const address = eventsOfSentence(corpus, 'b3-s2')[0]!;
    expect(address.start).toBe('2025-03-09');
    expect(eventIdsOf(corpus, 'b4-s2')).toEqual([address.id]);
  });

  it('but not a person who did two things the story reports (negative case)', () => {
    expect(eventIdsOf(corpus, 'b4-s3')).toEqual([]);
  });
});

describe('a present-perfect happening word in a live blog (reference day 2025-03-09)', () => {
  const corpus = ingestStory({
    'l1_wire.txt': {
      outlet: 'lake-wire',
      publishedAt: '2025-03-09T23:00:00+01:00',
      lines: [
        'Rallies',
        '',
        'Dana Reyes spoke at a rally in Porto Alto on Saturday.',
        'The winner told a rally of supporters in the capital on Sunday night that she would govern for all.',
      ],
    },
    'l2_blog.txt': {
      outlet: 'valley-live',
      publishedAt: '2025-03-09T21:00:00+01:00',
      lines: ['Election night live', '', 'Dana Reyes has addressed a crowd outside her party headquarters.', 'Dana Reyes addressed a crowd in Porto Alto.'],
    },
  });
  const saturday = eventsOfSentence(corpus, 'l1-s1')[0]!;
  const sunday = eventsOfSentence(corpus, 'l1-s2')[0]!;

  it('names the speech of the article’s own day, not the one the name fits', () => {
    expect(saturday.id).not.toBe(sunday.id);
    expect(eventIdsOf(corpus, 'l2-s2')).toEqual([sunday.id]);
  });

  it('while the simple past does not (negative case)', () => {
    expect(eventIdsOf(corpus, 'l2-s3')).not.toContain(sunday.id);
  });
});

describe('the standfirst under a headline (reference day 2024-06-12)', () => {
  const corpus = ingestStory({
    's1_ruling.txt': {
      outlet: 'harbour-times',
      publishedAt: '2024-06-12T18:00:00+01:00',
      lines: [
        'Port strike lawful, judge finds',
        'Dockers keep their jobs and the shipping firms must pay the costs of the case',
        'Judge Elena Marsh ruled on Tuesday that the port strike was lawful.',
      ],
    },
    's2_label.txt': {
      outlet: 'coast-courier',
      publishedAt: '2024-06-12T19:00:00+01:00',
      lines: ['Port strike lawful, judge finds', 'Judge Elena Marsh', 'Judge Elena Marsh ruled on Tuesday that the port strike was lawful.'],
    },
    's3_names.txt': {
      outlet: 'dock-daily',
      publishedAt: '2024-06-12T20:00:00+01:00',
      lines: ['Port strike lawful, judge finds', 'Mara Quill (now) and Tomas Reed (earlier)', 'Judge Elena Marsh ruled on Tuesday that the port strike was lawful.'],
    },
  });
  const ruling = () => eventsOfSentence(corpus, 's1-s3')[0]!;

  it('takes the article’s main story, as the headline does', () => {
    expect(ruling()).toBeDefined();
    expect(eventIdsOf(corpus, 's1-s2')).toEqual([ruling().id]);
  });

  it('but a few words labelling a picture stay context (negative case)', () => {
    expect(corpus.articles.find((article) => article.id === 's2')!.sentences[1]!.kind).toBe('caption');
    expect(eventIdsOf(corpus, 's2-s2')).toEqual([]);
  });

  it('nor does a line of names crediting who wrote it (negative case)', () => {
    expect(corpus.articles.find((article) => article.id === 's3')!.sentences[1]!.kind).toBe('caption');
    expect(eventIdsOf(corpus, 's3-s2')).toEqual([]);
  });
});

describe('"It" opening the line after an account (wire copy, reference day 2024-06-12)', () => {
  const corpus = ingestStory({
    'i1_court.txt': {
      outlet: 'court-wire',
      publishedAt: '2024-06-12T07:00:00+01:00',
      lines: ['Strike ruled lawful', '', 'Judge Elena Marsh ruled on Tuesday that the port strike was lawful.', 'It was the longest walkout anyone on the quay could remember.'],
    },
    'i2_court.txt': {
      outlet: 'harbour-times',
      publishedAt: '2024-06-12T07:00:00+01:00',
      lines: [
        'Strike ruled lawful',
        '',
        'Judge Elena Marsh ruled on Tuesday that the port strike was lawful.',
        'Ferries ran late.',
        'It was the longest walkout anyone on the quay could remember.',
      ],
    },
  });
  const ruling = eventsOfSentence(corpus, 'i1-s2')[0]!;

  it('carries the account on across the paragraph break', () => {
    expect(eventIdsOf(corpus, 'i1-s3')).toEqual([ruling.id]);
  });

  it('but not past a line that placed nothing (negative case)', () => {
    expect(eventIdsOf(corpus, 'i2-s2')).toContain(ruling.id);
    expect(eventIdsOf(corpus, 'i2-s3')).toEqual([]);
    expect(eventIdsOf(corpus, 'i2-s4')).toEqual([]);
  });
});

describe('a lede with no date of its own, over the line that dates its account (reference day 2024-05-14)', () => {
  const corpus = ingestStory({
    'o1_span.txt': {
      outlet: 'river-news',
      publishedAt: '2024-05-14T07:00:00-04:00',
      lines: [
        'Old span comes down',
        '',
        'Small charges brought the rusted truss into the river in seconds.',
        'The county demolished the Elm Street bridge on Monday, officials said.',
      ],
    },
    'o2_span.txt': {
      outlet: 'valley-post',
      publishedAt: '2024-05-14T08:00:00-04:00',
      lines: [
        'Old span comes down',
        '',
        'Small charges brought the rusted truss into the river in seconds.',
        'Gulls circled the cranes.',
        'The county demolished the Elm Street bridge on Monday, officials said.',
      ],
    },
    'o3_blog.txt': {
      outlet: 'river-live',
      publishedAt: '2024-05-14T09:00:00-04:00',
      lines: [
        'Bridge works: live',
        '',
        'The ferry timetable was cut back for the week, the operator said.',
        '',
        'Charges drop the old truss',
        '',
        'Small charges brought the rusted truss into the river in seconds.',
        'The county demolished the Elm Street bridge on Monday, officials said.',
      ],
    },
  });
  const demolition = eventsOfSentence(corpus, 'o1-s3')[0]!;

  it('opens the account its next line dates', () => {
    expect(demolition.start).toBe('2024-05-13');
    expect(eventIdsOf(corpus, 'o1-s2')).toEqual([demolition.id]);
  });

  it('as does the first line under a subhead, and the subhead takes it too', () => {
    const [own] = eventIdsOf(corpus, 'o3-s5');
    expect(own).toBeDefined();
    expect(eventIdsOf(corpus, 'o3-s4')).toEqual([own]);
    expect(eventIdsOf(corpus, 'o3-s3')).toEqual([own]);
    expect(eventIdsOf(corpus, 'o3-s2')).toEqual([]);
  });

  it('but not when the line after it dates nothing (negative case)', () => {
    expect(eventIdsOf(corpus, 'o2-s4')).toHaveLength(1);
    expect(eventIdsOf(corpus, 'o2-s2')).toEqual([]);
  });
});

describe('the headline of a page with no publication day', () => {
  const corpus = ingestStory({
    'p1_wire.txt': {
      outlet: 'river-wire',
      publishedAt: '2024-03-27T07:00:00-04:00',
      lines: ['Span falls', '', 'The Elm Street bridge collapsed into the river on Tuesday after a barge struck a pier.'],
    },
    'p2_release.txt': {
      outlet: 'port-authority',
      publishedAt: undefined as unknown as string,
      lines: ['Channel Restored to Full Depth; Port Open to All Traffic', '', 'The port authority on June 10, 2024 welcomed the full reopening of the main channel.'],
    },
    'p3_history.txt': {
      outlet: 'river-history',
      publishedAt: '2024-03-28T07:00:00-04:00',
      lines: ['A crossing with a past', '', 'In June 1977, the Elm Street bridge opened to traffic after four years of work.'],
    },
  });

  it('takes the happening its page dates, which no story period can place', () => {
    expect(corpus.articles.find((article) => article.id === 'p2')!.publishedAt).toBeNull();
    const reopening = eventsOfSentence(corpus, 'p2-s2')[0]!;
    expect(reopening.start).toBe('2024-06-10');
    expect(eventIdsOf(corpus, 'p2-s1')).toEqual([reopening.id]);
  });

  it('while a dated page’s headline does not take a happening from outside the story’s period (negative case)', () => {
    expect(eventsOfSentence(corpus, 'p3-s2').map((event) => event.start)).toEqual(['1977-06-01']);
    expect(eventIdsOf(corpus, 'p3-s1')).toEqual([]);
  });
});

describe('a line that only names the one who acted is not a report of the act (reference day 2029-05-04)', () => {
  const corpus = ingestStory({
    'k1_wire.txt': {
      outlet: 'shore-wire',
      publishedAt: '2029-05-04T08:00:00+02:00',
      lines: ['Keeper moves', '', 'Goalkeeper Marta Lindqvist on Thursday completed her move to Harbour City.'],
    },
    'k2_blog.txt': {
      outlet: 'terrace-blog',
      publishedAt: '2029-05-04T10:00:00+02:00',
      lines: [
        'Keeper profile',
        '',
        'Goalkeeper Marta Lindqvist kept 14 clean sheets this year.',
        'Lindqvist grew up on a farm near the coast.',
        'Lindqvist saved three penalties last season.',
        'Lindqvist said the move to Harbour City was a dream.',
        'She grew up supporting the club. She joined its youth side years ago.',
      ],
    },
  });
  const sentenceOf = (start: string) => corpus.articles.flatMap((article) => article.sentences).find((sentence) => sentence.text.startsWith(start))!.id;
  const move = eventsOfSentence(corpus, sentenceOf('Goalkeeper Marta Lindqvist on Thursday'))[0]!;

  it('leaves a line of her past, one with a past time of its own, as context', () => {
    expect(move.start).toBe('2029-05-03');
    expect(eventIdsOf(corpus, sentenceOf('Lindqvist grew up'))).toEqual([]);
    expect(eventIdsOf(corpus, sentenceOf('Lindqvist saved three'))).toEqual([]);
  });

  it('nor does such a line carry on the account of the line before it', () => {
    expect(eventIdsOf(corpus, sentenceOf('She grew up'))).toEqual([]);
    expect(eventIdsOf(corpus, sentenceOf('She joined its youth'))).toEqual([]);
  });

  it('but a line in which she speaks of the move is on it (negative case)', () => {
    expect(eventIdsOf(corpus, sentenceOf('Lindqvist said the move'))).toContain(move.id);
  });
});
