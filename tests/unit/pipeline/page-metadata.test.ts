/**
 * What a page says about itself, in house styles the seeds do not have: cookie
 * banners and reading times are furniture, labelled timestamps anywhere give
 * the publication time, a © line, a readout's issuing body or a byline's e-mail
 * domain names the outlet, numbered paragraphs stay whole sentences, and a
 * "Reporter …" line is a byline. Each with what must be left alone.
 */
import { describe, expect, it } from 'vitest';
import { ingestPage as ingest } from '../ingest-page';


const PROSE = [
  'The harbour authority reopened the northern quay on Tuesday after a week of repairs to the sea wall.',
  'Officials declined to comment, saying our position on the tender has not changed since the spring.',
  'Related talks with the fishing co-operative are expected to resume next month, the authority said.',
];

describe('page furniture in house styles the seeds lack', () => {
  const article = ingest([
    'We use cookies to improve your experience. Accept all cookies',
    'Skip to content',
    'Quay reopens after sea wall repairs',
    'Updated 2 hours ago',
    '4 min read',
    ...PROSE,
    'Related: Storm damage bill tops estimates',
    'Sign up for The Morning Tide',
    '© 2025 The Harbour Herald',
  ]);
  const sentences = article.sentences.map((sentence) => sentence.text);

  it('removes the cookie banner, reading time, relative time, link and sign-up prompt, each with a reason', () => {
    for (const furniture of ['We use cookies', 'Updated 2 hours ago', '4 min read', 'Related: Storm damage', 'Sign up for The Morning Tide']) {
      expect(sentences.some((text) => text.includes(furniture)), furniture).toBe(false);
      expect(article.removed.some((line) => line.text.includes(furniture) && line.reason !== ''), furniture).toBe(true);
    }
  });

  it('keeps story sentences that merely use such words', () => {
    for (const prose of PROSE) expect(sentences).toContain(prose);
  });

  it('takes the headline from below the banner and the outlet from the © line', () => {
    expect(article.headline).toBe('Quay reopens after sea wall repairs');
    expect(article.metadata.outlet).toMatchObject({ value: 'The Harbour Herald', source: 'text' });
  });
});

describe('labelled timestamps', () => {
  it('reads "Posted : 2025-01-14 17:12" as the publication day even where the page puts it among chrome', () => {
    const article = ingest(['Quay reopens after sea wall repairs', 'Posted : 2025-01-14 17:12', ...PROSE]);
    expect(article.publishedAt?.slice(0, 10)).toBe('2025-01-14');
    expect(article.sentences.every((sentence) => sentence.kind !== 'body' || !sentence.text.startsWith('Posted'))).toBe(true);
  });

  it('prefers the first-publication stamp to an "Updated" one and reads ISO stamps with their offset', () => {
    const article = ingest([
      'Quay reopens after sea wall repairs',
      'Updated: 2025-01-16T08:00:00+00:00',
      'Published: 2025-01-15T09:30:00+09:00',
      ...PROSE,
    ]);
    expect(article.publishedAt).toBe('2025-01-15T09:30:00+09:00');
  });

  it('reads "Posted on January 15, 2025 by …" and does not take it as the headline', () => {
    const article = ingest(['Posted on January 15, 2025 by jpark@harbourherald.com', 'Quay reopens after sea wall repairs', ...PROSE]);
    expect(article.publishedAt).toBe('2025-01-15');
    expect(article.headline).toBe('Quay reopens after sea wall repairs');
  });

  it('never takes prose that opens with such a word for a timestamp', () => {
    const article = ingest(['Quay reopens after sea wall repairs', 'Updated guidance was issued on Jan. 13, 2025, the authority said in a statement.', ...PROSE]);
    expect(article.publishedAt).toBeNull();
  });
});

describe('outlets named only by the text', () => {
  it('names the outlet from a byline e-mail domain, spelled as the text spells it', () => {
    const article = ingest(['Quay reopens after sea wall repairs', 'By Jane Park jpark@harbourherald.com', ...PROSE, 'More from The Harbour Herald on the storm']);
    expect(article.metadata.outlet.value).toBe('The Harbour Herald');
    expect(article.byline).toBe('Jane Park');
  });

  it('ignores free mail providers', () => {
    const article = ingest(['Quay reopens after sea wall repairs', 'By Jane Park jane.park@gmail.com', ...PROSE]);
    expect(article.metadata.outlet.value).toBeNull();
  });

  it('names the issuing body of a readout, takes the next line as its title, and keeps numbered paragraphs whole', () => {
    const article = ingest([
      'Ministry of Maritime Affairs',
      'Minister Visits the Northern Quay',
      '1. On January 14, the Minister for Maritime Affairs, Ms. OKAFOR Ada, inspected the repaired sea wall.',
      '2. The Minister thanked the engineers and asked the authority to report on the tender by March.',
    ]);
    expect(article.metadata.outlet.value).toBe('Ministry of Maritime Affairs');
    expect(article.headline).toBe('Minister Visits the Northern Quay');
    const body = article.sentences.filter((sentence) => sentence.kind === 'body').map((sentence) => sentence.text);
    expect(body).toHaveLength(2);
    expect(body[0]).toMatch(/^1\. On January 14/);
  });

  it('takes a "Reporter …" line as the byline, not as the outlet', () => {
    const article = ingest(['Quay reopens after sea wall repairs', 'Reporter Lee So-yeon', ...PROSE]);
    expect(article.byline).toBe('Lee So-yeon');
    expect(article.metadata.outlet.value).toBeNull();
    expect(article.sentences.find((sentence) => sentence.text === 'Reporter Lee So-yeon')?.kind).toBe('byline');
  });
});

describe('headlines, issuers and stamps in more house styles', () => {
  it('names an issuer written as an office of a named body, and takes the next title as the headline', () => {
    const article = ingest([
      "U.S. Attorney's Office, District of Example",
      'An official website of the United States government',
      'Harbour Contractor Sentenced To 40 Months For Fraud',
      'For Immediate Release',
      ...PROSE,
    ]);
    expect(article.metadata.outlet.value).toBe("U.S. Attorney's Office, District of Example");
    expect(article.headline).toBe('Harbour Contractor Sentenced To 40 Months For Fraud');
    expect(article.sentences.find((sentence) => sentence.text.startsWith('U.S. Attorney'))?.kind).toBe('byline');
  });

  it('takes a headline that names a court for a headline, not for an issuer', () => {
    const article = ingest(['Harbour Court Upholds Ban on Night Fishing', ...PROSE]);
    expect(article.headline).toBe('Harbour Court Upholds Ban on Night Fishing');
    expect(article.metadata.outlet.value).toBeNull();
  });

  it('reads a newsletter sent as e-mail: the sender is furniture, the subject is the headline', () => {
    const article = ingest(['From: The Port Brief <brief@portbrief.example>', 'Subject: Quay reopens, ferries resume and a cold snap', ...PROSE]);
    expect(article.headline).toBe('Quay reopens, ferries resume and a cold snap');
    expect(article.removed.find((line) => line.text.startsWith('From:'))?.reason).toMatch(/e-mail header/);
  });

  it('reads the publication day from a byline that carries it, and keeps the name alone as the byline', () => {
    const article = ingest(['Quay reopens after sea wall repairs', 'By Ana Duarte · March 4, 2025', ...PROSE]);
    expect(article.publishedAt).toBe('2025-03-04');
    expect(article.byline).toBe('Ana Duarte');
    const plain = ingest(['Quay reopens after sea wall repairs', 'By Ana Duarte', ...PROSE]);
    expect(plain.publishedAt).toBeNull();
  });

  it('does not take a newsletter pitch for the outlet’s credit line', () => {
    const article = ingest(['Quay reopens after sea wall repairs', ...PROSE, 'Get the Harbour Daily', '© 2025 Harbour Media']);
    expect(article.metadata.outlet.value).toBe('Harbour Media');
  });
});
