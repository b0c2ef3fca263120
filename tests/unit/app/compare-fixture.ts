import { makeArticle } from '../make-article';
import type { Article, Corpus, Quote } from '../../../src/lib/corpus/schema';
import { publishFixture } from '../published-fixture';

/** A made-up corpus for the compare components: three outlets, one hidden-able, two events. */
export const article = (id: string, outletId: string, publishedAt: string, headline: string | null, texts: string[], quotes: Quote[] = []): Article =>
  makeArticle(id, texts, { outletId, publishedAt, headline, quotes });

const harbour = article('100', 'harbour', '2031-05-07', 'Premier visits Portvale', [
  'Premier Ana Lindqvist reaffirmed the importance of joint patrols on Tuesday.',
  'The weather was mild.',
  '"Our harbours stay open," Lindqvist said.',
]);
harbour.quotes = [{ sentenceId: '100-s3', text: 'Our harbours stay open', speakerId: 'person-ana', speakerName: 'Ana Lindqvist' }];

const valley = article('200', 'valley', '2031-05-06', null, [
  'Lindqvist will land in Portvale <img src=x onerror=alert(1)> on Tuesday.',
  'On Tuesday Premier Ana Lindqvist reaffirmed the importance of rail links.',
  'Lindqvist said the harbours "stay open to all."',
]);
valley.quotes = [{ sentenceId: '200-s3', text: 'stay open to all.', speakerId: 'person-ana', speakerName: 'Ana Lindqvist' }];

const river = article('300', 'river', '2031-05-08', 'Rail talks stall', ['Rail talks stalled in March.']);

export const corpus: Corpus = {
  version: 1,
  outlets: [
    { id: 'harbour', name: 'Harbour Gazette', country: null },
    { id: 'valley', name: 'Valley Post', country: null },
    { id: 'river', name: 'River Times', country: null },
  ],
  articles: [harbour, valley, river],
  dates: [],
  events: [
    {
      id: 'ev-visit',
      title: 'Lindqvist visits Portvale',
      start: '2031-05-06',
      precision: 'day',
      // Evidence deliberately out of article order: panels sort by article, then sentence.
      evidence: [
        { articleId: '200', sentenceId: '200-s2', dateId: null },
        { articleId: '100', sentenceId: '100-s3', dateId: null },
        { articleId: '100', sentenceId: '100-s1', dateId: null },
        { articleId: '200', sentenceId: '200-s1', dateId: null },
        { articleId: '200', sentenceId: '200-s3', dateId: null },
      ],
      outlets: ['harbour', 'valley'],
      main: true,
      wording: [
        {
          sentenceId: '100-s1',
          spans: [
            { start: 0, end: 50, sharedWith: ['valley'] },
            { start: 51, end: 64, sharedWith: [] },
          ],
        },
        { sentenceId: '200-s2', spans: [{ start: 11, end: 61, sharedWith: ['harbour'] }, { start: 62, end: 72, sharedWith: [] }] },
      ],
      differences: [
        {
          kind: 'quote',
          summary: 'Ana Lindqvist is quoted differently: “Our harbours stay open” (Harbour Gazette) vs “stay open to all.” (Valley Post).',
          items: [
            { outletId: 'harbour', sentenceId: '100-s3', text: 'Our harbours stay open' },
            { outletId: 'valley', sentenceId: '200-s3', text: 'stay open to all.' },
          ],
        },
      ],
    },
    {
      id: 'ev-stall',
      title: 'Rail talks stall',
      start: '2031-03-01',
      end: '2031-03-31',
      precision: 'month',
      evidence: [{ articleId: '300', sentenceId: '300-s1', dateId: null }],
      outlets: ['river'],
      main: false,
    },
  ],
  entities: [
    {
      id: 'person-ana',
      name: 'Ana Lindqvist',
      type: 'person',
      aliases: ['Lindqvist'],
      mentions: [{ articleId: '100', sentenceId: '100-s1', start: 8, end: 21, text: 'Ana Lindqvist' }],
    },
  ],
  warnings: [],
};

export const fixture = publishFixture(corpus);
export const { index } = fixture;
