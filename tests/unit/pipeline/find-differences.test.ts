import { describe, expect, it } from 'vitest';
import { makeArticle } from '../make-article';
import type { Article, DateMention, Entity, Outlet, Quote, TimelineEvent } from '../../../src/lib/corpus/schema';
import { findDifferences, readableDate, sameNameLetters } from '../../../src/pipeline/stages/find-differences';

const OUTLETS: Outlet[] = [
  { id: 'harbour-gazette', name: 'Harbour Gazette', country: null },
  { id: 'valley-post', name: 'Valley Post', country: null },
  { id: 'river-times', name: 'River Times', country: null },
];

const article = (id: string, outletId: string, publishedAt: string, texts: string[], quotes: Quote[] = []) =>
  makeArticle(id, texts, { outletId, publishedAt, quotes });

function event(id: string, evidence: Array<[string, string | null]>): TimelineEvent {
  return {
    id,
    title: id,
    start: '2031-05-06',
    precision: 'day',
    evidence: evidence.map(([sentenceId, dateId]) => ({ articleId: sentenceId.split('-')[0]!, sentenceId, dateId })),
    outlets: [],
    main: true,
  };
}

/** A date mention of `text` inside a sentence, resolved to start..end. */
function date(articles: Article[], sentenceId: string, text: string, start: string, end = start, value = start): DateMention {
  const sentence = articles.flatMap((a) => a.sentences).find((s) => s.id === sentenceId)!;
  const charStart = sentence.text.indexOf(text);
  if (charStart < 0) throw new Error(`"${text}" not in ${sentenceId}`);
  return {
    id: `${sentenceId}-d${charStart}`,
    articleId: sentenceId.split('-')[0]!,
    sentenceId,
    text,
    charStart,
    charEnd: charStart + text.length,
    start,
    end,
    value,
    precision: start === end ? 'day' : 'month',
    anchor: null,
    rule: 'test',
    stated: { year: true, month: true, day: start === end },
  };
}

/** A person entity with a mention of every given surface form wherever it occurs. */
function person(id: string, name: string, articles: Article[], surfaces: string[]): Entity {
  const mentions = articles.flatMap((a) =>
    a.sentences.flatMap((s) =>
      surfaces.flatMap((surface) => {
        const found: Entity['mentions'] = [];
        for (let at = s.text.indexOf(surface); at >= 0; at = s.text.indexOf(surface, at + surface.length)) {
          found.push({ articleId: a.id, sentenceId: s.id, start: at, end: at + surface.length, text: surface });
        }
        return found;
      }),
    ),
  );
  return { id, name, type: 'person', aliases: [], mentions };
}

const run = (events: TimelineEvent[], articles: Article[], dates: DateMention[] = [], entities: Entity[] = []) =>
  findDifferences({ outlets: OUTLETS }, { events, articles, dates, entities });

describe('findDifferences: spelling', () => {
  const articles = [
    article('100', 'harbour-gazette', '2031-05-07', ['Premier Mira Sol-hee met Ambassador Ivo Dragan.']),
    article('200', 'valley-post', '2031-05-07', ['Premier Mira Sol Hee met Ivo Dragan in the port city.']),
    article('300', 'river-times', '2031-05-07', ['Mira Sol-hee and Dragan signed the charter.']),
  ];
  const entities = [
    person('person-mira', 'Mira Sol-hee', articles, ['Mira Sol-hee', 'Mira Sol Hee']),
    person('person-ivo', 'Ivo Dragan', articles, ['Ivo Dragan', 'Dragan']),
  ];

  it('lists one name spelled two ways by different outlets, with the sentences', () => {
    const [result] = run([event('ev-charter', [['100-s1', null], ['200-s1', null], ['300-s1', null]])], articles, [], entities);
    expect(result!.differences).toEqual([
      {
        kind: 'spelling',
        summary: 'Mira Sol-hee is spelled differently: “Mira Sol-hee” (Harbour Gazette, River Times) vs “Mira Sol Hee” (Valley Post).',
        items: [
          { outletId: 'harbour-gazette', sentenceId: '100-s1', text: 'Mira Sol-hee' },
          { outletId: 'valley-post', sentenceId: '200-s1', text: 'Mira Sol Hee' },
          { outletId: 'river-times', sentenceId: '300-s1', text: 'Mira Sol-hee' },
        ],
      },
    ]);
  });

  it('does not call a surname alone, identical spellings or case another spelling', () => {
    // "Ivo Dragan" everywhere and "Dragan" alone: no difference.
    expect(sameNameLetters('Ivo Dragan', 'Dragan')).toBe(false);
    expect(sameNameLetters('Sol-hee Mira', 'Mira Sol Hee')).toBe(true);
    const same = [
      article('100', 'harbour-gazette', '2031-05-07', ['Ambassador Ivo Dragan arrived.']),
      article('200', 'valley-post', '2031-05-07', ['IVO DRAGAN arrived, and Dragan spoke.']),
    ];
    const entity = person('person-ivo', 'Ivo Dragan', same, ['Ivo Dragan', 'IVO DRAGAN', 'Dragan']);
    const [result] = run([event('ev-x', [['100-s1', null], ['200-s1', null]])], same, [], [entity]);
    expect(result!.differences).toBeUndefined();
  });

  it('finds nothing in a single-outlet event', () => {
    const [result] = run([event('ev-one', [['200-s1', null]])], articles, [], entities);
    expect(result).not.toHaveProperty('differences');
  });
});

describe('findDifferences: dates', () => {
  const articles = [
    article('100', 'harbour-gazette', '2031-05-08', ['The charter was signed on May 6.']),
    article('200', 'valley-post', '2031-05-08', ['The charter was signed on Wednesday.']),
    article('300', 'river-times', '2031-05-20', ['The charter signed in May was praised.']),
  ];

  it('lists outlets whose dates for the event do not overlap', () => {
    const dates = [
      date(articles, '100-s1', 'on May 6', '2031-05-06'),
      date(articles, '200-s1', 'on Wednesday', '2031-05-07'),
      date(articles, '300-s1', 'in May', '2031-05-01', '2031-05-31', '2031-05'),
    ];
    const [result] = run([event('ev-charter', [['100-s1', dates[0]!.id], ['200-s1', dates[1]!.id], ['300-s1', dates[2]!.id]])], articles, dates);
    expect(result!.differences).toEqual([
      {
        kind: 'date',
        summary: 'Outlets date this differently: 6 May 2031 (Harbour Gazette) vs 7 May 2031 (Valley Post).',
        items: [
          { outletId: 'harbour-gazette', sentenceId: '100-s1', text: 'on May 6' },
          { outletId: 'valley-post', sentenceId: '200-s1', text: 'on Wednesday' },
        ],
      },
    ]);
  });

  it('sees no difference when dates agree or one contains the other', () => {
    const dates = [date(articles, '100-s1', 'on May 6', '2031-05-06'), date(articles, '300-s1', 'in May', '2031-05-01', '2031-05-31', '2031-05')];
    const [result] = run([event('ev-charter', [['100-s1', dates[0]!.id], ['300-s1', dates[1]!.id]])], articles, dates);
    expect(result!.differences).toBeUndefined();
    expect(readableDate('2031-05')).toBe('May 2031');
  });

  it('never counts one outlet against itself, but lists its date that another outlet contradicts', () => {
    const twice = [
      article('100', 'harbour-gazette', '2031-05-08', ['The charter was signed on May 6.']),
      article('101', 'harbour-gazette', '2031-05-09', ['The charter was signed on May 7.']),
      article('200', 'valley-post', '2031-05-08', ['The charter was signed on Tuesday.']),
    ];
    const dates = [
      date(twice, '100-s1', 'on May 6', '2031-05-06'),
      date(twice, '101-s1', 'on May 7', '2031-05-07'),
      date(twice, '200-s1', 'on Tuesday', '2031-05-06'),
    ];
    const evidence: Array<[string, string | null]> = [['100-s1', dates[0]!.id], ['101-s1', dates[1]!.id], ['200-s1', dates[2]!.id]];
    const [result] = run([event('ev-charter', evidence)], twice, dates);
    expect(result!.differences?.map((difference) => difference.items.map((item) => item.sentenceId))).toEqual([['101-s1', '200-s1']]);
    // The Harbour Gazette alone dating it two ways is not a difference between outlets.
    const [alone] = run([event('ev-charter', evidence.slice(0, 2))], twice, dates);
    expect(alone!.differences).toBeUndefined();
  });
});

describe('findDifferences: numbers and milestones', () => {
  it('finds "first visit since <date>" against "first visit in nearly N years"', () => {
    const articles = [
      article('100', 'harbour-gazette', '2031-05-07', [
        'Premier Ana Lindqvist arrived in Portvale on Tuesday.',
        'It was the first visit by a Nordmark premier to Portvale since Erik Holm went there in March 2029.',
      ]),
      article('200', 'valley-post', '2031-05-07', [
        'Premier Ana Lindqvist landed in Portvale on Tuesday, the first official visit to Portvale by a Nordmark premier in nearly 10 years.',
      ]),
      article('300', 'river-times', '2031-05-07', ['Lindqvist arrived on Tuesday, her first trip abroad since taking office in 2030.']),
    ];
    const dates = [
      date(articles, '100-s1', 'on Tuesday', '2031-05-06'),
      date(articles, '100-s2', 'in March 2029', '2029-03-01', '2029-03-31', '2029-03'),
      date(articles, '200-s1', 'on Tuesday', '2031-05-06'),
      date(articles, '300-s1', 'on Tuesday', '2031-05-06'),
      date(articles, '300-s1', 'in 2030', '2030-01-01', '2030-12-31', '2030'),
    ];
    // As extraction does, the "since March 2029" sentence sits on the March 2029 event; it still speaks of this visit.
    const events = [
      event('ev-visit', [['100-s1', dates[0]!.id], ['200-s1', dates[2]!.id], ['300-s1', dates[3]!.id]]),
      event('ev-2029', [['100-s2', dates[1]!.id]]),
    ];
    const [visit, earlier] = run(events, articles, dates);
    expect(visit!.differences).toEqual([
      {
        kind: 'number',
        summary:
          'Different reference points for the same milestone (“visit”): “first visit … since Erik Holm went there in March 2029” (Harbour Gazette) vs “first official visit … in nearly 10 years” (Valley Post).',
        items: [
          { outletId: 'harbour-gazette', sentenceId: '100-s2', text: 'first visit by a Nordmark premier to Portvale since Erik Holm went there in March 2029' },
          { outletId: 'valley-post', sentenceId: '200-s1', text: 'first official visit to Portvale by a Nordmark premier in nearly 10 years' },
        ],
      },
    ]);
    // "her first trip … since taking office" is a personal milestone, not compared with the others.
    expect(JSON.stringify(visit!.differences)).not.toContain('River Times');
    expect(earlier).not.toHaveProperty('differences');
  });

  it('reads milestones however the ordinal is typed, and none in sentences without one', () => {
    // "ﬁrst" with the fi ligature folds to "first"; "latter" and "foremost" are no ordinals.
    const articles = [
      article('100', 'harbour-gazette', '2031-05-07', ['The ﬁrst visit since March 2029 began on Tuesday.']),
      article('200', 'valley-post', '2031-05-07', ['It is the FIRST visit in nearly five years.']),
      article('300', 'river-times', '2031-05-07', ['The latter, foremost among envoys, arrived in 2029.']),
    ];
    const dates = [
      date(articles, '100-s1', 'March 2029', '2029-03-01', '2029-03-31', '2029-03'),
      date(articles, '300-s1', 'in 2029', '2029-01-01', '2029-12-31', '2029'),
    ];
    const [result] = run([event('ev-visit', [['100-s1', null], ['200-s1', null], ['300-s1', null]])], articles, dates);
    expect(result!.differences?.map((difference) => difference.items.map((item) => item.text))).toEqual([
      ['ﬁrst visit since March 2029', 'FIRST visit in nearly five years'],
    ]);
  });

  it('sees no difference when the reference points agree', () => {
    const articles = [
      article('100', 'harbour-gazette', '2031-05-07', ['The first visit since March 2029 began on Tuesday.']),
      article('200', 'valley-post', '2031-05-07', ['The last such visit was in March 2029, officials said.']),
      article('300', 'river-times', '2031-05-07', ['It is the first visit in more than two years.']),
    ];
    const dates = [
      date(articles, '100-s1', 'March 2029', '2029-03-01', '2029-03-31', '2029-03'),
      date(articles, '200-s1', 'in March 2029', '2029-03-01', '2029-03-31', '2029-03'),
    ];
    const [result] = run([event('ev-visit', [['100-s1', null], ['200-s1', null], ['300-s1', null]])], articles, dates);
    expect(result!.differences).toBeUndefined();
  });

  it('compares counts of the same unit, not dates or other units', () => {
    const articles = [
      article('100', 'harbour-gazette', '2031-05-07', ['The premier began a two-day visit on May 6 with 30 aides.']),
      article('200', 'valley-post', '2031-05-07', ['The premier began a three-day visit on May 6, marking the 60th anniversary of ties.']),
      article('300', 'river-times', '2031-05-07', ['The three-day visit marks the 60th anniversary.']),
    ];
    const dates = [
      date(articles, '100-s1', 'on May 6', '2031-05-06'),
      date(articles, '200-s1', 'on May 6', '2031-05-06'),
    ];
    const [result] = run([event('ev-visit', [['100-s1', dates[0]!.id], ['200-s1', dates[1]!.id], ['300-s1', null]])], articles, dates);
    expect(result!.differences).toEqual([
      {
        kind: 'number',
        summary: 'Different numbers for “day”: “two-day” (Harbour Gazette) vs “three-day” (Valley Post, River Times).',
        items: [
          { outletId: 'harbour-gazette', sentenceId: '100-s1', text: 'two-day' },
          { outletId: 'valley-post', sentenceId: '200-s1', text: 'three-day' },
          { outletId: 'river-times', sentenceId: '300-s1', text: 'three-day' },
        ],
      },
    ]);
  });

  it('does not compare the counts of one outlet with each other', () => {
    const articles = [
      article('100', 'harbour-gazette', '2031-05-07', ['The premier began a two-day visit.']),
      article('101', 'harbour-gazette', '2031-05-08', ['The premier is on a three-day visit.']),
      article('200', 'valley-post', '2031-05-07', ['The premier began a visit.']),
    ];
    const [result] = run([event('ev-visit', [['100-s1', null], ['101-s1', null], ['200-s1', null]])], articles);
    expect(result!.differences).toBeUndefined();
  });
});

describe('findDifferences: quotes', () => {
  const quote = (sentenceId: string, text: string, speakerId: string | null): Quote => ({
    sentenceId,
    text,
    speakerId,
    speakerName: speakerId ? 'Ana Lindqvist' : null,
  });

  it('lists one remark of one speaker quoted in different words', () => {
    const articles = [
      article('100', 'harbour-gazette', '2031-05-07', ['"Our harbours must stay open to every partner," Lindqvist said.'], [
        quote('100-s1', 'Our harbours must stay open to every partner', 'person-ana'),
      ]),
      article('200', 'valley-post', '2031-05-07', ['Lindqvist said the harbours "must stay open to all partners."'], [
        quote('200-s1', 'must stay open to all partners.', 'person-ana'),
      ]),
      article('300', 'river-times', '2031-05-07', ['"Our harbours must stay open to every partner," Lindqvist said.'], [
        quote('300-s1', 'Our harbours must stay open to every partner', 'person-ana'),
      ]),
    ];
    const entities: Entity[] = [{ id: 'person-ana', name: 'Ana Lindqvist', type: 'person', aliases: [], mentions: [] }];
    const [result] = run([event('ev-x', [['100-s1', null], ['200-s1', null], ['300-s1', null]])], articles, [], entities);
    expect(result!.differences).toEqual([
      {
        kind: 'quote',
        summary:
          'Ana Lindqvist is quoted differently: “Our harbours must stay open to every partner” (Harbour Gazette) vs “must stay open to all partners.” (Valley Post) vs “Our harbours must stay open to every partner” (River Times).',
        items: [
          { outletId: 'harbour-gazette', sentenceId: '100-s1', text: 'Our harbours must stay open to every partner' },
          { outletId: 'valley-post', sentenceId: '200-s1', text: 'must stay open to all partners.' },
          { outletId: 'river-times', sentenceId: '300-s1', text: 'Our harbours must stay open to every partner' },
        ],
      },
    ]);
  });

  it('ignores identical quotes, different remarks and unattributed ones', () => {
    const articles = [
      article('100', 'harbour-gazette', '2031-05-07', ['"We will build the bridge," Lindqvist said.', '"Nothing changes," an aide said.'], [
        quote('100-s1', 'We will build the bridge', 'person-ana'),
        quote('100-s2', 'Nothing changes', null),
      ]),
      article('200', 'valley-post', '2031-05-07', ['"We will build the bridge," Lindqvist said.', '"Fishing quotas stay," Lindqvist said.', '"Nothing ever changes," one said.'], [
        quote('200-s1', 'We will build the bridge', 'person-ana'),
        quote('200-s2', 'Fishing quotas stay', 'person-ana'),
        quote('200-s3', 'Nothing ever changes', null),
      ]),
    ];
    const [result] = run([event('ev-x', [['100-s1', null], ['100-s2', null], ['200-s1', null], ['200-s2', null], ['200-s3', null]])], articles);
    expect(result!.differences).toBeUndefined();
  });
});
