/**
 * The day a page's header anchors its relative dates to (issue 13): a stamp in a zone ahead of UTC, a US stamp in
 * "ET", a broadcaster's "5 hours ago" beside its share row, and a lead's dateline that names a weekday or a day other
 * than the publication day. Every page is made up; each case pins its publication day (in the text or the manifest).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/lib/corpus/schema';
import { parseManifest } from '../../../src/pipeline/manifest';
import { runIngest } from '../../../src/pipeline/pipeline';

/** One made-up page through the whole ingest; the manifest names its outlet and, when given, its publication day. */
function ingestDated(lines: string[], publishedAt?: string): Corpus {
  const manifest = JSON.stringify({ outlets: { desk: { name: 'Test Desk' } }, articles: { 'a.txt': { outlet: 'desk', ...(publishedAt ? { publishedAt } : {}) } } });
  return runIngest(
    { seeds: [{ file: 'a.txt', bytes: new TextEncoder().encode(lines.join('\n')) }], manifest: parseManifest('manifest.json', manifest), editorial: null },
    (bytes) => createHash('sha256').update(bytes).digest('hex'),
  );
}

/** The value of the mention written as `text` in the sentence holding `sentence`. */
function valueOf(corpus: Corpus, sentence: string, text: string): string | null | undefined {
  const ids = new Set(corpus.articles.flatMap((article) => article.sentences).filter((s) => s.text.includes(sentence)).map((s) => s.id));
  return corpus.dates.find((mention) => ids.has(mention.sentenceId) && mention.text === text)?.value;
}

describe('a stamp in a zone ahead of UTC', () => {
  it('counts from the day the page prints (01:12 KST is still the 13th in UTC)', () => {
    const corpus = ingestDated([
      'Chipmaker picks coastal site for second plant',
      'Posted on : Jan. 14, 2025 01:12 KST',
      'The chipmaker said on Monday it would build a second plant near the coast.',
      'The board approved the plan yesterday, a spokeswoman said.',
    ]);
    expect(corpus.articles[0]!.publishedAt).toBe('2025-01-14T01:12:00+09:00');
    expect(valueOf(corpus, 'The chipmaker said', 'on Monday')).toBe('2025-01-13');
    expect(valueOf(corpus, 'The board approved', 'yesterday')).toBe('2025-01-13');
  });

  it('reads a US "ET" stamp late in the evening on its own day', () => {
    const corpus = ingestDated([
      'Dam cracks force a winter of repairs',
      'Dec. 3, 2024, 11:48 p.m. ET',
      'Engineers began draining the reservoir on Tuesday after inspectors found cracks.',
      'Residents were told yesterday to keep a bag ready.',
    ]);
    expect(corpus.articles[0]!.publishedAt).toBe('2024-12-03T23:48:00-05:00');
    expect(valueOf(corpus, 'Engineers began', 'on Tuesday')).toBe('2024-12-03');
    expect(valueOf(corpus, 'Residents were told', 'yesterday')).toBe('2024-12-02');
  });

  it('reads "PT" in July as daylight time', () => {
    const corpus = ingestDated(['Wildfire crews hold the line', 'July 9, 2024 9:05 PM PT', 'Crews held the fire line overnight, officials said today.']);
    expect(corpus.articles[0]!.publishedAt).toBe('2024-07-09T21:05:00-07:00');
  });
});

describe('a broadcaster’s "5 hours ago" beside its share row', () => {
  const page = [
    'River bursts its banks in the lower town',
    '5 hours ago',
    'Share',
    'Save',
    'Heavy rain pushed the river over its banks on Sunday night, flooding dozens of homes.',
    'More rain is expected tomorrow, forecasters said.',
  ];

  it('counts from the manifest’s day, never from the relative stamp', () => {
    const corpus = ingestDated(page, '2024-12-02');
    expect(valueOf(corpus, 'Heavy rain', 'on Sunday night')).toBe('2024-12-01');
    expect(valueOf(corpus, 'More rain', 'tomorrow')).toBe('2024-12-03');
  });

  it('leaves the dates unresolved when nothing gives the day', () => {
    const corpus = ingestDated(page);
    expect(corpus.articles[0]!.publishedAt).toBeNull();
    expect(valueOf(corpus, 'More rain', 'tomorrow')).toBeNull();
  });
});

describe('a lead’s dateline that names the day the story was filed', () => {
  it('counts "today" and "yesterday" from a weekday dateline a day before the publication day', () => {
    const corpus = ingestDated(
      ['Lawmakers fail to agree on spending bill', 'WASHINGTON, Tuesday \u2014 Lawmakers failed to agree on a spending bill today after talks ran late.', 'They had met yesterday for a first round.', 'A vote is expected on Thursday.'],
      '2024-12-04',
    );
    expect(valueOf(corpus, 'Lawmakers failed', 'today')).toBe('2024-12-03');
    expect(valueOf(corpus, 'They had met', 'yesterday')).toBe('2024-12-02');
    expect(valueOf(corpus, 'A vote is expected', 'on Thursday')).toBe('2024-12-05');
    // The reader is told the day came from the dateline, not from a live blog's entry or the publication date.
    expect(corpus.dates.find((mention) => mention.text === 'today')?.anchor).toBe('the dateline WASHINGTON, Tuesday');
  });

  it('reads a weekday dateline with its agency, under a printed stamp', () => {
    const corpus = ingestDated([
      'EU ministers split over grain quotas',
      'December 4, 2024',
      'BRUSSELS, Tuesday (Kestrel) \u2014 European farm ministers failed to agree on grain import limits today.',
      'They had met yesterday for a first round.',
    ]);
    expect(valueOf(corpus, 'European farm ministers', 'today')).toBe('2024-12-03');
    expect(valueOf(corpus, 'They had met', 'yesterday')).toBe('2024-12-02');
  });

  it('counts from a month-day dateline a day before a stamp set after midnight', () => {
    const corpus = ingestDated([
      'EU ministers split over grain quotas',
      'Dec 4, 2024 1:10 AM GMT',
      'BRUSSELS, Dec 3 (Kestrel) - European farm ministers failed to agree on grain limits today.',
      'They had met yesterday for a first round.',
    ]);
    expect(valueOf(corpus, 'European farm ministers', 'today')).toBe('2024-12-03');
    expect(valueOf(corpus, 'They had met', 'yesterday')).toBe('2024-12-02');
  });

  it('keeps the publication day when the dateline names that same day, or a weekday too far back', () => {
    const same = ingestDated(['Lawmakers fail to agree', 'WASHINGTON, Wednesday \u2014 Lawmakers failed to agree on a spending bill today.'], '2024-12-04');
    expect(valueOf(same, 'Lawmakers failed', 'today')).toBe('2024-12-04');
    const far = ingestDated(['Lawmakers fail to agree', 'WASHINGTON, Thursday \u2014 Lawmakers failed to agree on a spending bill today.'], '2024-12-04');
    expect(valueOf(far, 'Lawmakers failed', 'today')).toBe('2024-12-04');
  });

  it('reads a story opening on a place and a weekday as a sentence, not a dateline', () => {
    const corpus = ingestDated(['Lawmakers fail to agree', 'Lawmakers in WASHINGTON, Tuesday, failed to agree on a spending bill today.'], '2024-12-04');
    expect(valueOf(corpus, 'Lawmakers in', 'today')).toBe('2024-12-04');
  });
});
