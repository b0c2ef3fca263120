import { describe, expect, it } from 'vitest';
import { corpusIndexSchema, type Article, type Corpus, type DateMention, type TimelineEvent } from '../../../src/lib/corpus/schema';
import { parseManifest } from '../../../src/pipeline/manifest';
import { publishCorpus } from '../../../src/pipeline/publish';
import { DATE_PLACEHOLDER, reviewItems, reviewSummary } from '../../../src/pipeline/review';
import { parseEditorial } from '../../../src/pipeline/stages/apply-editorial';
import { makeArticle } from '../make-article';
import { testHash } from '../published-fixture';

function corpusOf(articles: Article[], extra: { dates?: DateMention[]; events?: TimelineEvent[] } = {}): Corpus {
  const outletIds = [...new Set(articles.map((article) => article.outletId ?? `unattributed-${article.id}`))];
  return {
    version: 1,
    outlets: outletIds.map((id) => ({ id, name: id === 'kyodo' ? 'Kyodo News' : `Unattributed (${id})`, country: null })),
    articles,
    dates: extra.dates ?? [],
    events: extra.events ?? [],
    entities: [],
    warnings: [],
  };
}

function date(articleId: string, sentence: number, text: string, fields: Partial<DateMention> = {}): DateMention {
  return {
    id: `${articleId}-s${sentence}-d1`,
    articleId,
    sentenceId: `${articleId}-s${sentence}`,
    text,
    charStart: 0,
    charEnd: text.length,
    start: null,
    end: null,
    value: null,
    precision: null,
    anchor: null,
    rule: 'unresolved',
    stated: { year: false, month: false, day: false },
    ...fields,
  };
}

function event(id: string, title: string, evidence: Array<[string, TimelineEvent['evidence'][number]['how']]>, fields: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title,
    start: '2025-01-13',
    precision: 'day',
    evidence: evidence.map(([sentenceId, how]) => ({ articleId: sentenceId.split('-s')[0]!, sentenceId, dateId: null, how, why: how })),
    outlets: ['kyodo'],
    main: true,
    ...fields,
  };
}

const lines = ['Iwaya and Cho met in Seoul on Monday.', 'They also agreed to keep talking.', 'Cho said the ties matter.', 'The talks ran long.'];

describe('reviewItems', () => {
  it('finds nothing to check in an article whose outlet and date the manifest states, with every sentence dated', () => {
    const article = makeArticle('a', lines, { outletId: 'kyodo', publishedAt: '2025-01-13' });
    const dated = event('ev-meeting', 'Iwaya and Cho meet', [['a-s1', 'dated'], ['a-s2', 'refers']]);
    const resolved = date('a', 1, 'on Monday', { value: '2025-01-13', start: '2025-01-13', end: '2025-01-13', precision: 'day', anchor: 'published 2025-01-13' });
    expect(reviewItems(corpusOf([article], { events: [dated], dates: [resolved] }))).toEqual([]);
    expect(reviewSummary(corpusOf([article]), [])).toMatch(/^nothing to check/);
  });

  it('lists an attributed outlet and an inferred date with the manifest lines that mark them stated', () => {
    const article = makeArticle('005', lines, { outletId: 'kyodo', publishedAt: '2025-01-10' });
    article.file = '005_my-article.txt';
    article.metadata.outlet = { value: 'Kyodo News', source: 'editorial', note: 'attributed, not stated: the text names no outlet' };
    article.metadata.publishedAt = { value: '2025-01-10', source: 'inferred', note: 'a Friday, from "announced Friday"' };
    const counted = date('005', 1, 'on Monday', { value: '2025-01-13', anchor: 'published 2025-01-10' });
    const items = reviewItems(corpusOf([article], { dates: [counted] }));
    expect(items.map((item) => [item.kind, item.title])).toEqual([
      ['outlet', 'Outlet attributed, not stated: Kyodo News'],
      ['published', 'Publication date inferred, not stated: 10 Jan 2025'],
    ]);
    expect(items[0]!.detail).toBe('From the editorial notes: attributed, not stated: the text names no outlet.');
    expect(items[1]!.detail).toMatch(/1 date in the article is counted from it\.$/);
    expect(items[0]!.snippets).toEqual([{ file: 'manifest.json', under: 'articles', text: '"005_my-article.txt": { "outlet": { "value": "kyodo", "source": "manifest" } }' }]);
    expect(items[1]!.snippets[0]!.text).toBe('"005_my-article.txt": { "publishedAt": { "value": "2025-01-10", "source": "manifest" } }');
    // Pasted into a manifest, the lines are valid and say "stated".
    const manifest = parseManifest(
      'manifest.json',
      `{ "outlets": { "kyodo": { "name": "Kyodo News", "country": "JP" } }, "articles": { "005_my-article.txt": { "outlet": { "value": "kyodo", "source": "manifest" }, "publishedAt": { "value": "2025-01-10", "source": "manifest" } } } }`,
    );
    expect(manifest.entries.get('005_my-article.txt')?.outlet?.source).toBe('manifest');
  });

  it('gives a missing outlet the "outlets" entry and article line to fill in, and folds dates left unplaced into the missing date', () => {
    const article = makeArticle('005', lines);
    article.file = '005_my-article.txt';
    const unanchored = [date('005', 1, 'on Monday', { reason: 'no publication date to anchor on' }), date('005', 4, 'last week', { reason: 'no publication date to anchor on' })];
    const items = reviewItems(corpusOf([article], { dates: unanchored }));
    expect(items.map((item) => item.kind)).toEqual(['outlet', 'published']);
    const [outlet, published] = items;
    expect(outlet!.snippets.map((snippet) => [snippet.under, snippet.text])).toEqual([
      ['outlets', '"<outlet-id>": { "name": "<outlet name>", "country": "<two-letter code, e.g. JP>" }'],
      ['articles', '"005_my-article.txt": { "outlet": "<outlet-id>" }'],
    ]);
    expect(published!.title).toBe('Publication date unknown, so 2 dates in it cannot be placed');
    expect(published!.detail).toContain('“on Monday” in s1, “last week” in s4');
    expect(published!.sentenceIds).toEqual(['005-s1', '005-s4']);
    expect(published!.snippets[0]!.text).toBe(`"005_my-article.txt": { "publishedAt": { "value": "${DATE_PLACEHOLDER}", "source": "manifest" } }`);
    expect(published!.action).toMatch(/placeholder/);
    // Left unfilled, the placeholder is refused, never taken for a date.
    expect(() => parseManifest('manifest.json', `{ "articles": { ${published!.snippets[0]!.text} } }`)).toThrow(/real date/);
  });

  it('lists a date left unresolved for another reason, with an editorial note for the event its sentence is on', () => {
    const article = makeArticle('a', lines, { outletId: 'kyodo', publishedAt: '2025-01-13' });
    const unresolved = date('a', 2, 'earlier in the day', { reason: 'no earlier day in the article to count from' });
    const meeting = event('ev-meeting', 'Iwaya and Cho meet', [['a-s1', 'dated'], ['a-s2', 'refers']]);
    const [item, ...rest] = reviewItems(corpusOf([article], { dates: [unresolved], events: [meeting] }));
    expect(rest).toEqual([]);
    expect(item!.title).toBe('Date not resolved: “earlier in the day” in s2');
    expect(item!.detail).toBe('No earlier day in the article to count from.');
    expect(item!.snippets[0]).toEqual({ file: 'editorial.json', under: 'events', text: '{ "id": "ev-meeting", "note": "“earlier in the day” (a-s2) is not dated by the text." }' });
  });

  it('offers a merge of the events an ambiguous reference fits, and placeholders when it cannot tell which they are', () => {
    const article = makeArticle('a', lines, { outletId: 'kyodo', publishedAt: '2025-01-13' });
    article.context = [
      {
        sentenceId: 'a-s3',
        reason: 'unsure: “meeting” with Cho Tae-yul fits 2 events (Meeting in Seoul, 2025-01-13; Meeting in Tokyo, 2025-01-14); an editorial merge or split settles it',
        candidates: ['ev-seoul', 'ev-tokyo'],
      },
      // One of the three events it fitted was merged away by the editorial file: too few left to name.
      { sentenceId: 'a-s4', reason: 'unsure: “The talks” fits 3 events; an editorial merge or split settles it', candidates: ['ev-seoul', 'ev-gone', 'ev-gone-too'] },
      { sentenceId: 'a-s2', reason: 'background: names no event' },
    ];
    const seoul = event('ev-seoul', 'Iwaya and Cho meet', [['a-s1', 'dated']], { editorial: ['renamed from “Meeting in Seoul”'] });
    const tokyo = event('ev-tokyo', 'Meeting in Tokyo', [['a-s1', 'dated']], { start: '2025-01-14' });
    const items = reviewItems(corpusOf([article], { events: [seoul, tokyo] }));
    expect(items.map((item) => [item.kind, item.sentenceIds])).toEqual([
      ['reference', ['a-s3']],
      ['reference', ['a-s4']],
    ]);
    expect(items[0]!.title).toBe('Reference fits several events, in s3');
    expect(items[0]!.detail).toBe('“meeting” with Cho Tae-yul fits 2 events (Meeting in Seoul, 2025-01-13; Meeting in Tokyo, 2025-01-14). The sentence is left off the timeline rather than guessed.');
    expect(items[0]!.snippets[0]!.text).toBe('{ "id": "ev-seoul", "merge": ["ev-tokyo"] }');
    expect(items[1]!.snippets[0]!.text).toBe('{ "id": "<event-id>", "merge": ["<other-event-id>"] }');
    // The events are named by the ids the stage recorded, whatever their titles became.
    const seoulTalks = event('ev-seoul-talks', 'Talks in Seoul', [['a-s1', 'dated']], { kinds: ['meeting'] });
    const tokyoTalks = event('ev-tokyo-talks', 'Tokyo talks', [['a-s1', 'dated']], { kinds: ['visit'] });
    const background = event('ev-old-talks', 'Talks in 2019', [['a-s1', 'dated']], { kinds: ['meeting'], main: false });
    article.context = [{ sentenceId: 'a-s4', reason: 'unsure: “The talks” fits 2 events; an editorial merge or split settles it', candidates: ['ev-seoul-talks', 'ev-tokyo-talks'] }];
    expect(reviewItems(corpusOf([article], { events: [seoulTalks, tokyoTalks, background] }))[0]!.snippets[0]!.text).toBe('{ "id": "ev-seoul-talks", "merge": ["ev-tokyo-talks"] }');
    // The snippet is valid editorial JSON.
    expect(parseEditorial('editorial.json', JSON.parse(`{ "events": [${items[0]!.snippets[0]!.text}] }`)).events[0]!.merge).toEqual(['ev-tokyo']);
  });

  it('groups sentences placed by inference into one item per article, with counts and a split per event that keeps some evidence', () => {
    const article = makeArticle('a', lines, { outletId: 'kyodo', publishedAt: '2025-01-13' });
    const meeting = event('ev-meeting', 'Iwaya and Cho meet', [['a-s1', 'dated'], ['a-s3', 'participants'], ['a-s2', 'continues']]);
    const inferredOnly = event('ev-talks', 'Talks', [['a-s4', 'continues']]);
    const items = reviewItems(corpusOf([article], { events: [meeting, inferredOnly] }));
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item!.title).toBe('3 sentences placed by inference, not by a date or a name');
    expect(item!.sentenceIds).toEqual(['a-s2', 'a-s3', 'a-s4']);
    expect(item!.detail).toBe(
      'On “Iwaya and Cho meet”: s2 carries on the sentence before; s3 names its people speaking or acting. On “Talks”: s4 carries on the sentence before.',
    );
    expect(item!.snippets.map((snippet) => snippet.text)).toEqual([
      '{ "id": "ev-meeting", "split": { "id": "ev-meeting-a", "title": "<what these sentences report>", "sentences": ["a-s3", "a-s2"] } }',
    ]);
  });

  it('travels in the published index, which still passes its schema, and the CLI summary counts it', () => {
    const stated = makeArticle('a', lines, { outletId: 'kyodo', publishedAt: '2025-01-13' });
    const missing = makeArticle('b', lines);
    const corpus = corpusOf([stated, missing]);
    const { index } = publishCorpus(corpus, testHash);
    expect(corpusIndexSchema.safeParse(index).success).toBe(true);
    expect(index.review?.map((item) => [item.articleId, item.kind])).toEqual([
      ['b', 'outlet'],
      ['b', 'published'],
    ]);
    const summary = reviewSummary(corpus, index.review ?? [], 'seeds');
    expect(summary).toMatch(/^2 things to check: 1 outlet not stated, 1 publication date not stated\.\n {2}b\.txt\n/);
    expect(summary).toContain('in seeds/manifest.json, under "outlets":\n        "<outlet-id>"');
  });
});
