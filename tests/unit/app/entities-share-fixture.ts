import { makeArticle } from '../make-article';
import type { Article, Corpus } from '../../../src/lib/corpus/schema';
import { publishFixture } from '../published-fixture';

/** A made-up corpus for the entity index, outlet filter, citation and export: three outlets, one article with no outlet. */
const article = (id: string, outletId: string | null, publishedAt: string | null, headline: string | null, texts: string[]): Article =>
  makeArticle(id, texts, { outletId, publishedAt, headline });

const mention = (articleId: string, n: number, text: string, sentence: string) => {
  const start = sentence.indexOf(text);
  if (start < 0) throw new Error(`${text} not in ${sentence}`);
  return { articleId, sentenceId: `${articleId}-s${n}`, start, end: start + text.length, text };
};

const A1 = ['Minister Mira Solberg met Pavel Dran in Portvale on Monday.', 'Solberg said the "harbour, rail" deal was =SUM(1) close.'];
const A2 = ['Dran and Solberg spoke by phone in Portvale.', 'The Harbour Council approved the plan on Tuesday.'];
const A3 = ['Solberg arrived in Norrhavn on Monday.'];
const A4 = ['Mira Solberg visited Portvale.'];

export const corpus: Corpus = {
  version: 1,
  outlets: [
    { id: 'gazette', name: 'The Harbour Gazette (Evening Edition)', country: 'NO' },
    { id: 'post', name: 'Valley Post', country: 'SE' },
    { id: 'times', name: 'River Times', country: null },
  ],
  articles: [
    article('100', 'gazette', '2031-05-07T18:30:00+02:00', 'Solberg meets Dran', A1),
    article('200', 'post', '2031-05-08T09:00:00+02:00', null, A2),
    article('300', 'times', '2031-05-06T07:00:00+02:00', 'Solberg in Norrhavn', A3),
    article('400', null, null, 'Orphan report', A4),
  ],
  dates: [
    { id: 'd1', articleId: '100', sentenceId: '100-s1', text: 'on Monday', charStart: 49, charEnd: 58, start: '2031-05-05', end: '2031-05-05', value: '2031-05-05', precision: 'day', anchor: 'published 2031-05-07', rule: 'past weekday', stated: { year: false, month: false, day: false } },
  ],
  events: [
    {
      id: 'ev-meet',
      title: 'Solberg meets Dran',
      start: '2031-05-05',
      precision: 'day',
      evidence: [
        { articleId: '100', sentenceId: '100-s1', dateId: 'd1' },
        { articleId: '200', sentenceId: '200-s1', dateId: null },
      ],
      outlets: ['gazette', 'post'],
      main: true,
    },
    {
      id: 'ev-council',
      title: 'Harbour Council approves plan',
      start: '2031-05-06',
      precision: 'day',
      evidence: [{ articleId: '200', sentenceId: '200-s2', dateId: null }],
      outlets: ['post'],
      main: true,
    },
    {
      id: 'ev-arrive',
      title: 'Solberg arrives in Norrhavn',
      start: '2031-05-04',
      precision: 'day',
      evidence: [{ articleId: '300', sentenceId: '300-s1', dateId: null }],
      outlets: ['times'],
      main: false,
    },
  ],
  entities: [
    {
      id: 'org-harbour-council',
      name: 'Harbour Council',
      type: 'organization',
      aliases: [],
      mentions: [mention('200', 2, 'Harbour Council', A2[1]!)],
    },
    {
      id: 'person-mira-solberg',
      name: 'Mira Solberg',
      type: 'person',
      aliases: ['Solberg'],
      mentions: [
        mention('100', 1, 'Mira Solberg', A1[0]!),
        mention('100', 2, 'Solberg', A1[1]!),
        mention('200', 1, 'Solberg', A2[0]!),
        mention('300', 1, 'Solberg', A3[0]!),
        mention('400', 1, 'Mira Solberg', A4[0]!),
      ],
    },
    {
      id: 'person-pavel-dran',
      name: 'Pavel Dran',
      type: 'person',
      aliases: ['Dran'],
      mentions: [mention('100', 1, 'Pavel Dran', A1[0]!), mention('200', 1, 'Dran', A2[0]!)],
    },
    {
      id: 'place-norrhavn',
      name: 'Norrhavn',
      type: 'place',
      aliases: [],
      mentions: [mention('300', 1, 'Norrhavn', A3[0]!)],
    },
    {
      id: 'place-portvale',
      name: 'Portvale',
      type: 'place',
      aliases: ['Vale Harbour'],
      mentions: [mention('100', 1, 'Portvale', A1[0]!), mention('200', 1, 'Portvale', A2[0]!), mention('400', 1, 'Portvale', A4[0]!)],
    },
  ],
  warnings: [],
};

export const fixture = publishFixture(corpus);
export const { index } = fixture;
