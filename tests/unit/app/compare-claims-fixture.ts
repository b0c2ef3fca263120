import type { ClaimPart, ClaimRow, Corpus } from '../../../src/lib/corpus/schema';
import { publishFixture } from '../published-fixture';
import { article, corpus } from './compare-fixture';

/** A claim part located by its words, so the offsets cannot drift from the sentence texts. */
function part(source: Corpus, outletId: string, sentenceId: string, words: string): ClaimPart {
  const articleId = sentenceId.replace(/-s\d+$/, '');
  const text = source.articles.find((a) => a.id === articleId)!.sentences.find((s) => s.id === sentenceId)!.text;
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`“${words}” is not in ${sentenceId}`);
  return { outletId, articleId, sentenceId, start, end: start + words.length };
}

/**
 * The compare fixture with claim rows on the Portvale visit, and the River
 * Times reporting it too, so that each outlet has a claim of its own and
 * hiding one changes what is "only in" another:
 * - c1 joint patrols: Harbour, River   - c2 harbours stay open: Harbour, Valley (the quote difference's row)
 * - c3 rail links: Valley only          - c4 ferry terminal: River only   - c5 landing: Valley only
 */
export function claimsCorpus({ withRiver = true } = {}): Corpus {
  const source = structuredClone(corpus);
  const visit = source.events.find((event) => event.id === 'ev-visit')!;
  if (withRiver) {
    source.articles.push(
      article('310', 'river', '2031-05-08', 'Premier in Portvale', ['Lindqvist reaffirmed joint patrols in Portvale on Tuesday.', 'She also opened a ferry terminal.']),
    );
    visit.evidence.push({ articleId: '310', sentenceId: '310-s1', dateId: null }, { articleId: '310', sentenceId: '310-s2', dateId: null });
    visit.outlets = ['harbour', 'valley', 'river'];
  }
  const row = (n: number, label: string, parts: ClaimPart[]): ClaimRow => ({
    id: `ev-visit-c${n}`,
    label,
    outlets: source.outlets.map((outlet) => outlet.id).filter((id) => parts.some((p) => p.outletId === id)),
    parts,
  });
  const rows = [
    row(1, 'reaffirmed joint patrols', [
      part(source, 'harbour', '100-s1', 'Ana Lindqvist reaffirmed the importance of joint patrols'),
      ...(withRiver ? [part(source, 'river', '310-s1', 'Lindqvist reaffirmed joint patrols')] : []),
    ]),
    row(2, 'the harbours stay open', [
      part(source, 'harbour', '100-s3', '"Our harbours stay open," Lindqvist said.'),
      part(source, 'valley', '200-s3', 'Lindqvist said the harbours "stay open to all."'),
    ]),
    row(3, 'reaffirmed the importance of rail links', [part(source, 'valley', '200-s2', 'reaffirmed the importance of rail links')]),
    ...(withRiver ? [row(4, 'opened a ferry terminal', [part(source, 'river', '310-s2', 'opened a ferry terminal')])] : []),
    row(5, 'will land in Portvale', [part(source, 'valley', '200-s1', 'on Tuesday')]),
  ];
  visit.claims = rows.sort((a, b) => b.outlets.length - a.outlets.length);
  return source;
}

export const claimsFixture = publishFixture(claimsCorpus());
