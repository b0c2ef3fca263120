import { readFileSync, readdirSync } from 'node:fs';
import { makeArticle, type ArticleLine } from '../make-article';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import type { Article, Entity } from '../../../src/lib/corpus/schema';
import { extractEntities } from '../../../src/pipeline/stages/extract-entities/extract-entities';
import { maskLeadingDateline } from '../../../src/pipeline/stages/extract-entities/read-sentences';
import { foldName } from '../../../src/pipeline/text/names';
import { tokenize } from '../../../src/pipeline/text/tokens';
import { defaultEntityKnowledge } from '../../../src/pipeline/knowledge/entity-knowledge';

type Line = ArticleLine;


const extract = (articles: Article[]): Entity[] => extractEntities({ knowledge: defaultEntityKnowledge }, articles);

function byName(entities: readonly Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.name === name);
}

function expectOffsetsMatch(entities: readonly Entity[], articles: readonly Article[]): void {
  const sentences = new Map(articles.flatMap((a) => a.sentences.map((s) => [s.id, s.text] as const)));
  for (const entity of entities) {
    for (const m of entity.mentions) {
      expect(sentences.get(m.sentenceId)?.slice(m.start, m.end), `${entity.id} in ${m.sentenceId}`).toBe(m.text);
    }
  }
}

/** Mentions as "type:text@sentenceId" strings, for set comparison. */
function mentionKeys(entities: readonly Entity[]): string[] {
  return entities.flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}@${m.sentenceId}`));
}

// ---------------------------------------------------------------------------
// Hand-labelled made-up sentences: names the seeds do not contain.
// Each line lists the gold mentions (type:text) of that sentence.

type Gold = Array<[Line, string[]]>;
const P = (t: string) => `person:${t}`;
const L = (t: string) => `place:${t}`;
const O = (t: string) => `organization:${t}`;

const GOLD_A: Gold = [
  ['Foreign Minister Park Jin-woo met his Chinese counterpart Wang Li in Beijing on Tuesday to discuss trade and security.', [P('Park Jin-woo'), P('Wang Li'), L('Beijing')]],
  ['Park later told reporters that the talks with China had been "frank and productive."', [P('Park'), L('China')]],
  ['The meeting came a week after Kim Min Jae, a senior lawmaker of the Democratic Party, visited Tokyo.', [P('Kim Min Jae'), O('Democratic Party'), L('Tokyo')]],
  ['Kim Min-jae said on Friday that the National Assembly would review the trade pact in March.', [P('Kim Min-jae'), O('National Assembly')]],
  ['In Washington, Secretary of State Laura Whitfield said the United States welcomed the dialogue between Seoul and Beijing.', [L('Washington'), P('Laura Whitfield'), L('United States'), L('Seoul'), L('Beijing')]],
  ['Whitfield’s spokesperson, Daniel Ortega-Reyes, added that the U.S. would send an envoy to the region.', [P('Whitfield'), P('Daniel Ortega-Reyes'), L('U.S.')]],
  ['Defense Minister Gen Nakatani of Japan also spoke with Park by phone.', [P('Gen Nakatani'), L('Japan'), P('Park')]],
  ['Nakatani Gen, as the Japanese press writes his name, leads the Defense Ministry.', [P('Nakatani Gen'), O('Defense Ministry')]],
  ['North Korea fired two missiles on Wednesday, the Joint Chiefs of Staff said.', [L('North Korea'), O('Joint Chiefs of Staff')]],
  ['Choi Hyun-soo, the unification minister, said the launch violated United Nations resolutions.', [P('Choi Hyun-soo'), O('United Nations')]],
  ['Cho Min-ho, a professor at Seoul National University, said Choi was right.', [P('Cho Min-ho'), O('Seoul National University'), P('Choi')]],
  ['The Bank of Korea kept its policy rate unchanged on Thursday.', [O('Bank of Korea')]],
  ['Japanese and South Korean officials will meet again in Busan in May.', [L('Busan')]],
  ['Prime Minister Arata Fujimoto told lawmakers on Monday that Japan-South Korea ties were "stable."', [P('Arata Fujimoto'), L('Japan'), L('South Korea')]],
  ['Mr. Fujimoto’s remarks were welcomed in Seoul.', [P('Fujimoto'), L('Seoul')]],
  ['Korea and the Philippines signed a maritime accord, Park said.', [L('Korea'), L('Philippines'), P('Park')]],
];

const GOLD_B: Gold = [
  [['headline', 'IMF Raises Growth Forecast for Asia as Exports Recover'], [O('IMF'), L('Asia')]],
  [['byline', 'By Hannah Lindqvist and Oh Se-jin'], []],
  [['dateline', 'GENEVA, March 3'], []],
  ['The International Monetary Fund (IMF) raised its forecast for Asia on Monday.', [O('International Monetary Fund'), O('IMF'), L('Asia')]],
  ['An IMF mission led by Elena Marchetti will visit Seoul in October, officials said.', [O('IMF'), P('Elena Marchetti'), L('Seoul')]],
  ['Marchetti said the U.S.-China trade dispute was the main risk for Vietnam and Thailand.', [P('Marchetti'), L('U.S.'), L('China'), L('Vietnam'), L('Thailand')]],
  ['Lee Sang-hoon, who heads the Korea Institute for National Unification, said talks with Pyongyang could resume.', [P('Lee Sang-hoon'), O('Korea Institute for National Unification'), L('Pyongyang')]],
  ['During Lee’s visit to Moscow in April, Russian officials raised the war in Ukraine.', [P('Lee'), L('Moscow'), L('Ukraine')]],
  ['According to Marchetti, inflation in Germany and France has eased since January.', [P('Marchetti'), L('Germany'), L('France')]],
  ['Sen. Thomas Brennan, a member of the Senate Foreign Relations Committee, met Lee in Seoul.', [P('Thomas Brennan'), O('Senate Foreign Relations Committee'), P('Lee'), L('Seoul')]],
  ['Brennan’s office said the senator would travel on to Manila and Hanoi.', [P('Brennan'), L('Manila'), L('Hanoi')]],
  // "North and South Korea" mentions North Korea too, written "North".
  ['The Asan Institute, a think tank, said North and South Korea remain far apart.', [O('Asan Institute'), L('North'), L('South Korea')]],
];

/**
 * Written after the first rules were settled. Its first run scored precision
 * 0.862 / recall 0.833 and showed three general gaps, since fixed ("Mr" without
 * a dot, "House" as an institution head, a place right after a head-noun as in
 * "U.S. Forces Korea"); so it is no longer unseen: see GOLD_FRESH.
 */
const GOLD_HELD_OUT: Gold = [
  ['Kim Jong Un oversaw the test, the Korean Central News Agency reported.', [P('Kim Jong Un'), O('Korean Central News Agency')]],
  ['The White House said President Elena Voss would host Kim Jong-un only if talks made progress.', [O('White House'), P('Elena Voss'), P('Kim Jong-un')]],
  ['Yonhap News Agency reported that the People Power Party had chosen Han Dong-hoon as its leader.', [O('Yonhap News Agency'), O('People Power Party'), P('Han Dong-hoon')]],
  ['Han, a former justice minister, said the party would cooperate with the Democratic Party of Korea.', [P('Han'), O('Democratic Party of Korea')]],
  ['Mr Kim declined to comment when reached by phone in Pyongyang.', [P('Kim'), L('Pyongyang')]],
  ['Officials from Tokyo Electric Power Company met regulators in Fukushima on Thursday.', [O('Tokyo Electric Power Company'), L('Fukushima')]],
  ['Speaking in Osaka, Voss praised Japan’s handling of the crisis.', [L('Osaka'), P('Voss'), L('Japan')]],
  ['“We are ready,” said Lt. Gen. Mark Hollis, commander of U.S. Forces Korea.', [P('Mark Hollis'), O('U.S. Forces Korea')]],
  ['Hollis and Voss later flew to Guam.', [P('Hollis'), P('Voss'), L('Guam')]],
  ['European Union foreign policy chief Kaja Lindgren called on Iran to return to talks.', [O('European Union'), P('Kaja Lindgren'), L('Iran')]],
  ['The European Commission and the World Bank will fund the project in Kenya.', [O('European Commission'), O('World Bank'), L('Kenya')]],
  ['Ambassador Philip Goldberg met Unification Minister Kim Yung-ho at the ministry.', [P('Philip Goldberg'), P('Kim Yung-ho')]],
];

/**
 * Written after GOLD_HELD_OUT and first run untuned: precision 0.850, recall 0.708
 * (three bodies with no known head-noun read as people). Two general rules came
 * from it — more organisation head-nouns ("Authority", "Reserve", …) and "the"
 * before a bare capitalised run means a thing, not a person — so it is no longer
 * unseen; GOLD_FRESH_2 was written before those changes. Low bar on purpose.
 */
const GOLD_FRESH: Gold = [
  ['Chancellor Friedrich Bauer arrived in Warsaw on Sunday for talks with Polish leaders.', [P('Friedrich Bauer'), L('Warsaw')]],
  ['Bauer told the Bundestag that Germany would raise defense spending.', [P('Bauer'), O('Bundestag'), L('Germany')]],
  ['Maria Santos, a spokeswoman for the World Health Organization, said the outbreak in Manila was contained.', [P('Maria Santos'), O('World Health Organization'), L('Manila')]],
  ['Japan’s Nuclear Regulation Authority approved the restart of two reactors.', [L('Japan'), O('Nuclear Regulation Authority')]],
  ['Lee Jae-myung, leader of the opposition, met Yoon’s chief of staff at the Blue House.', [P('Lee Jae-myung'), P('Yoon'), O('Blue House')]],
  ['Former President Moon Jae-in, who lives in Yangsan, criticized the decision.', [P('Moon Jae-in'), L('Yangsan')]],
  ['Moon said he had spoken with Chinese President Xi Jinping in 2019.', [P('Moon'), P('Xi Jinping')]],
  ['The Bank of Japan and the Federal Reserve held rates steady in December.', [O('Bank of Japan'), O('Federal Reserve')]],
  ['Analysts at Goldman Sachs expect the yen to weaken against the dollar.', [O('Goldman Sachs')]],
  ['Xi and Bauer are expected to meet at the G20 summit in Johannesburg.', [P('Xi'), P('Bauer'), O('G20'), L('Johannesburg')]],
];

/**
 * Written before the GOLD_FRESH changes and scored first with the rules as they
 * were: precision 0.960, recall 0.923 ("the Red Cross" read as a person, "Arab
 * League" missed). The same general changes lifted it to 1.000 / 0.962.
 */
const GOLD_FRESH_2: Gold = [
  ['Vice Foreign Minister Okada Ren held talks with Indian officials in New Delhi on Thursday.', [P('Okada Ren'), L('New Delhi')]],
  ['Okada told reporters that Tokyo and Delhi would expand their security dialogue.', [P('Okada'), L('Tokyo'), L('Delhi')]],
  ['The Reserve Bank of Australia left its cash rate on hold, Governor Claire Whitmore said.', [O('Reserve Bank of Australia'), P('Claire Whitmore')]],
  ['Whitmore’s deputy, Tomas Fielding, will brief the Senate Economics Committee in Canberra.', [P('Whitmore'), P('Tomas Fielding'), O('Senate Economics Committee'), L('Canberra')]],
  ['Song Ji-hoon, a spokesperson for the Unification Ministry, said Pyongyang had not replied.', [P('Song Ji-hoon'), O('Unification Ministry'), L('Pyongyang')]],
  ['Song Jihoon later said the ministry would try again through the Red Cross.', [P('Song Jihoon'), O('Red Cross')]],
  ['Protesters gathered outside the Supreme Court in Manila on Saturday.', [O('Supreme Court'), L('Manila')]],
  ['The African Union and the Arab League issued a joint statement from Cairo.', [O('African Union'), O('Arab League'), L('Cairo')]],
  ['Choi Min-seo, a researcher at the Korea Development Institute, said growth would slow.', [P('Choi Min-seo'), O('Korea Development Institute')]],
  ['Cho Yeon-woo of Korea University disagreed with Choi.', [P('Cho Yeon-woo'), O('Korea University'), P('Choi')]],
];

function goldArticles(sets: ReadonlyArray<readonly [string, Gold]> = [['mA', GOLD_A], ['mB', GOLD_B]]): { articles: Article[]; gold: string[] } {
  const gold: string[] = [];
  const articles = sets.map(([id, set]) => {
    const article = makeArticle(id as string, (set as Gold).map(([line]) => line));
    (set as Gold).forEach(([, labels], index) => labels.forEach((label) => gold.push(`${label}@${id as string}-s${index + 1}`)));
    return article;
  });
  return { articles, gold };
}

function precisionRecall(predicted: string[], gold: string[]): { precision: number; recall: number; missed: string[]; spurious: string[] } {
  const remaining = [...gold];
  const spurious: string[] = [];
  for (const p of predicted) {
    const index = remaining.indexOf(p);
    if (index >= 0) remaining.splice(index, 1);
    else spurious.push(p);
  }
  const correct = predicted.length - spurious.length;
  return { precision: correct / Math.max(1, predicted.length), recall: correct / Math.max(1, gold.length), missed: remaining, spurious };
}

describe('extractEntities on hand-labelled made-up text', () => {
  const { articles, gold } = goldArticles();
  const entities = extract(articles);

  it('reaches precision and recall of at least 0.9 on mentions', () => {
    const score = precisionRecall(mentionKeys(entities), gold);
    console.log(
      `made-up set: ${gold.length} gold mentions, precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}\n` +
        `  missed: ${score.missed.join(', ') || '-'}\n  spurious: ${score.spurious.join(', ') || '-'}`,
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('scores a held-out set written after the rules (reported; looser bar)', () => {
    const heldOut = goldArticles([['mC', GOLD_HELD_OUT]]);
    const score = precisionRecall(mentionKeys(extract(heldOut.articles)), heldOut.gold);
    console.log(
      `held-out set: ${heldOut.gold.length} gold mentions, precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}\n` +
        `  missed: ${score.missed.join(', ') || '-'}\n  spurious: ${score.spurious.join(', ') || '-'}`,
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.8);
    expect(score.recall).toBeGreaterThanOrEqual(0.7);
  });

  it('scores a fresh set (reported; low bar)', () => {
    const fresh = goldArticles([['mD', GOLD_FRESH]]);
    const score = precisionRecall(mentionKeys(extract(fresh.articles)), fresh.gold);
    console.log(
      `fresh set: ${fresh.gold.length} gold mentions, precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}\n` +
        `  missed: ${score.missed.join(', ') || '-'}\n  spurious: ${score.spurious.join(', ') || '-'}`,
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.6);
    expect(score.recall).toBeGreaterThanOrEqual(0.6);
  });

  it('scores a second fresh set (reported; low bar)', () => {
    const fresh = goldArticles([['mE', GOLD_FRESH_2]]);
    const score = precisionRecall(mentionKeys(extract(fresh.articles)), fresh.gold);
    console.log(
      `fresh set 2: ${fresh.gold.length} gold mentions, precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}\n` +
        `  missed: ${score.missed.join(', ') || '-'}\n  spurious: ${score.spurious.join(', ') || '-'}`,
    );
    expect(score.precision).toBeGreaterThanOrEqual(0.6);
    expect(score.recall).toBeGreaterThanOrEqual(0.6);
  });

  it('merges romanisations and name orders by rule', () => {
    const kim = byName(entities, 'Kim Min Jae') ?? byName(entities, 'Kim Min-jae');
    expect(kim?.id).toMatch(/^person-kim-min-/);
    expect(kim?.aliases.length).toBe(1);
    const nakatani = entities.find((e) => e.type === 'person' && e.mentions.some((m) => m.text === 'Nakatani Gen'));
    expect(nakatani?.mentions.map((m) => m.text)).toEqual(['Gen Nakatani', 'Nakatani Gen']);
    expect(nakatani?.name).toBe('Gen Nakatani');
  });

  it('joins a lone surname to the full name of the same article', () => {
    const park = byName(entities, 'Park Jin-woo');
    expect(park?.mentions.map((m) => m.text)).toEqual(['Park Jin-woo', 'Park', 'Park', 'Park']);
    expect(byName(entities, 'Laura Whitfield')?.aliases).toEqual(['Whitfield']);
    expect(byName(entities, 'Elena Marchetti')?.mentions).toHaveLength(3);
    expect(byName(entities, 'Lee Sang-hoon')?.mentions).toHaveLength(3);
  });

  it('keeps "Choi" apart from "Cho"', () => {
    const choi = byName(entities, 'Choi Hyun-soo');
    const cho = byName(entities, 'Cho Min-ho');
    expect(choi?.mentions.map((m) => m.text)).toEqual(['Choi Hyun-soo', 'Choi']);
    expect(cho?.mentions.map((m) => m.text)).toEqual(['Cho Min-ho']);
  });

  it('reads "Long Name (ACRONYM)" as one organisation with an alias', () => {
    const imf = byName(entities, 'International Monetary Fund');
    expect(imf?.id).toBe('org-international-monetary-fund');
    expect(imf?.aliases).toEqual(['IMF']);
    expect(imf?.mentions).toHaveLength(4);
  });

  it('ignores byline and dateline sentences', () => {
    const texts = mentionKeys(entities);
    expect(texts.some((t) => t.includes('Lindqvist') || t.includes('Se-jin') || t.includes('GENEVA'))).toBe(false);
    expect(entities.some((e) => e.mentions.some((m) => m.sentenceId === 'mB-s2' || m.sentenceId === 'mB-s3'))).toBe(false);
  });

  it('keeps every offset exact', () => expectOffsetsMatch(entities, articles));
});

describe('extractEntities traps', () => {
  it('never reads "Korea" inside "North Korea" as South Korea, and resolves bare "Korea" to South Korea', () => {
    const article = makeArticle('t1', ['North Korea criticised South Korea.', 'Korea and North Korea both sent envoys; North Korean troops stayed home.']);
    const entities = extract([article]);
    expect(byName(entities, 'North Korea')?.mentions.map((m) => [m.sentenceId, m.start])).toEqual([
      ['t1-s1', 0],
      ['t1-s2', 10],
    ]);
    expect(byName(entities, 'South Korea')?.mentions.map((m) => m.text)).toEqual(['South Korea', 'Korea']);
  });

  it('splits hyphen compounds of places into one mention per place, but not "Asia-Pacific"', () => {
    const article = makeArticle('t2', ['The Korea-Japan talks and the Japan-U.S.-ROK dialogue covered the Asia-Pacific region and Seoul-based firms.']);
    const entities = extract([article]);
    const mentions = mentionKeys(entities).sort();
    expect(mentions).toEqual(
      ['place:Japan@t2-s1', 'place:Japan@t2-s1', 'place:Korea@t2-s1', 'place:ROK@t2-s1', 'place:Seoul@t2-s1', 'place:U.S.@t2-s1'].sort(),
    );
    expectOffsetsMatch(entities, [article]);
  });

  it('finds no entity in month and weekday names, sentence openers, demonyms or bare titles', () => {
    const article = makeArticle('t3', [
      'On Monday, the Foreign Minister said nothing.',
      'In January and February the Japanese and Chinese delegations met.',
      'During Tuesday talks, It was noted that With Marking Dec. events nothing changed.',
      'Marking the anniversary, President-elect aides were Provided with briefings.',
    ]);
    expect(extract([article])).toEqual([]);
  });

  it('mentions possessive names without the "’s", straight or curly', () => {
    const article = makeArticle('t4', ['President Lena Okafor met reporters.', "Okafor's plan and Okafor’s budget passed."]);
    const okafor = byName(extract([article]), 'Lena Okafor');
    expect(okafor?.mentions.map((m) => m.text)).toEqual(['Lena Okafor', 'Okafor', 'Okafor']);
    expect(okafor?.mentions[2]?.start).toBe(18);
  });

  it('gives a surname with no full name in its article the corpus full name', () => {
    const first = makeArticle('c1', ['Trade Minister Ravi Anand arrived on Sunday.']);
    const second = makeArticle('c2', ['Anand said the deal was close.']);
    const anand = byName(extract([first, second]), 'Ravi Anand');
    expect(anand?.mentions.map((m) => m.sentenceId)).toEqual(['c1-s1', 'c2-s1']);
  });

  it('sorts by type, then name, and gives stable slug ids', () => {
    const article = makeArticle('t5', ['Prime Minister Zoe Adler met Mayor Ben Cruz in Paris and at the Constitutional Court in Berlin.']);
    const entities = extract([article]);
    expect(entities.map((e) => e.id)).toEqual([
      'org-constitutional-court',
      'person-ben-cruz',
      'person-zoe-adler',
      'place-berlin',
      'place-paris',
    ]);
    expect(extract([article])).toEqual(entities);
  });

  // Speed on hostile input is measured by the benchmark; here only the result is checked.
  it('copes with huge unpunctuated or repetitive sentences', () => {
    expect(extract([makeArticle('perf', ['word '.repeat(60_000)])])).toEqual([]);
    const capitalised = extract([makeArticle('perf', ['Alpha Beta Court of Gamma '.repeat(12_000)])]);
    expect(capitalised.every((entity) => entity.type === 'organization')).toBe(true);
    expect(byName(extract([makeArticle('perf', ['U.S. '.repeat(50_000)])]), 'United States')?.mentions).toHaveLength(50_000);
  });

  it('reads no story entity inside a picture credit closing a caption, but keeps a closing acronym in the body', () => {
    const entities = extract([
      makeArticle('cr', [
        ['caption', 'Minister Hana Petrov, left, greets envoys in Oslo. (Provided by Norway’s Foreign Ministry)'],
        ['caption', 'Rescue workers search the rubble in Ankara. [YONHAP]'],
        ['caption', 'Petrov speaks in Bergen. (Photo by Erik Sand / Kyodo)'],
        ['body', 'Petrov met the head of the Liberal Democratic Party (LDP).'],
      ]),
    ]);
    const keys = mentionKeys(entities);
    expect(keys).toEqual(expect.arrayContaining(['person:Hana Petrov@cr-s1', 'place:Oslo@cr-s1', 'place:Ankara@cr-s2', 'organization:LDP@cr-s4']));
    expect(keys.filter((key) => key.endsWith('@cr-s1'))).toHaveLength(2);
    expect(keys.some((key) => key.includes('Norway') || key.includes('Foreign Ministry') || key.includes('YONHAP'))).toBe(false);
    expect(keys.some((key) => key.includes('Erik Sand'))).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// The real seed texts: content lines picked roughly (sentence-like lines of 8+
// words, duplicates dropped), one sentence per line, kind 'body'.

function seedArticles(): Article[] {
  const dir = fileURLToPath(new URL('../../../seeds/', import.meta.url));
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const lines = readFileSync(`${dir}${file}`, 'utf8')
        .split('\n')
        .map((line) => line.replace(/\s+/gu, ' ').trim())
        .filter((line) => line.split(' ').length >= 8 && /[.!?]["”’)]*$/u.test(line));
      return makeArticle(file.split('_')[0] ?? file, [...new Set(lines)]);
    });
}

describe('extractEntities on the seed articles', () => {
  const articles = seedArticles();
  const entities = extract(articles);
  const names = (type: Entity['type']) => entities.filter((e) => e.type === type).map((e) => e.name);

  it('finds the people, merging romanisations and surnames', () => {
    console.log(`seed people: ${names('person').join(', ')}`);
    const expected = [
      'Takeshi Iwaya', 'Cho Tae-yul', 'Yoon Suk Yeol', 'Donald Trump', 'Antony Blinken', 'Choi Sang-mok',
      'Yoko Kamikawa', 'Shigeru Ishiba', 'Fumio Kishida', 'Marco Rubio', 'Joe Biden',
    ];
    for (const name of expected) expect(names('person')).toContain(name);
    // Precision on the seeds: every person found is a real person; the 004 author note is a credit line.
    expect(names('person').sort()).toEqual([...expected].sort());
    expect(byName(entities, 'Cho Tae-yul')?.aliases).toEqual(expect.arrayContaining(['Cho', 'Cho Tae Yul']));
    expect(byName(entities, 'Yoon Suk Yeol')?.aliases).toEqual(expect.arrayContaining(['Yoon', 'Yoon Suk-yeol']));
    expect(byName(entities, 'Donald Trump')?.aliases).toContain('Trump');
    expect(byName(entities, 'Cho Tae-yul')?.mentions.some((m) => m.text.startsWith('Choi'))).toBe(false);
  });

  it('finds the countries and cities', () => {
    for (const place of [
      'South Korea', 'Japan', 'United States', 'North Korea', 'Russia', 'China', 'Ukraine', 'Seoul', 'Tokyo',
      'Busan', 'Lima', 'Peru', 'Washington', 'Philippines', 'Palau', 'Moscow',
    ]) {
      expect(names('place')).toContain(place);
    }
    expect(byName(entities, 'United States')?.aliases).toContain('U.S.');
    expect(byName(entities, 'South Korea')?.aliases).toEqual(expect.arrayContaining(['Korea', 'ROK']));
  });

  it('finds the organisations and no junk names', () => {
    console.log(`seed organisations: ${names('organization').join(', ')}`);
    for (const org of ['Constitutional Court', 'National Assembly', 'Ministry of Foreign Affairs', 'Asia-Pacific Economic Cooperation']) {
      expect(names('organization')).toContain(org);
    }
    expect(byName(entities, 'Asia-Pacific Economic Cooperation')?.aliases).toEqual(['APEC']);
    const all = entities.flatMap((e) => [e.name, ...e.aliases]);
    for (const junk of ['State Antony', 'President-elect', 'Monday', 'Foreign Minister', 'Japanese', 'South Korean', 'Korean', 'Chinese']) {
      expect(all).not.toContain(junk);
    }
  });

  it('keeps every offset exact', () => expectOffsetsMatch(entities, articles));
});

describe('tokenize and foldName fast paths', () => {
  const piece = fc.oneof(
    fc.constantFrom(' ', 'Cho', 'Tae', '-', '\u2010', '\u2013', '\u2019', '\u02bc', '`', "'", 'U.S.', 'é', 'É', 'ß', '한국', '🙂', '𝐀', '\u0301', '1', '.'),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
  );
  const text = fc.array(piece, { maxLength: 20 }).map((pieces) => pieces.join(''));

  it('keys and word flags are what the general rules give', () => {
    fc.assert(
      fc.property(text, (value) => {
        for (const token of tokenize(value)) {
          expect(token.key).toBe(token.text.replace(/[\u2010\u2011\u2013]/gu, '-').replace(/[\u2018\u2019\u02bc\u2032`]/gu, "'"));
          expect(token.isWord).toBe(/^[\p{L}\p{M}\p{N}]/u.test(token.text));
        }
      }),
    );
  });

  it('folds plain ASCII as Unicode folding does, and still folds accents and other scripts', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(foldName(value)).toBe(value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
      }),
    );
    expect(foldName("Cho Tae-yul's")).toBe('chotaeyuls');
    expect(foldName('Zoë Ångström')).toBe('zoeangstrom');
    expect(foldName('— ’ -')).toBe('');
  });
});

describe('sentences repeated across articles', () => {
  it('gives each article its own mentions, and each lone surname the person its own article names', () => {
    const shared = 'Park said the talks in Lima had been useful.';
    const articles = [
      makeArticle('a', ['Foreign Minister Park Jin-woo met envoys in Lima.', shared]),
      makeArticle('b', ['Trade Minister Park Soo-ah met envoys in Lima.', shared]),
      makeArticle('c', ['The envoys left Lima on Friday.']),
    ];
    const entities = extract(articles);
    expectOffsetsMatch(entities, articles);
    const speaker = (sentenceId: string) => entities.find((e) => e.mentions.some((m) => m.sentenceId === sentenceId && m.text === 'Park'))?.name;
    expect(speaker('a-s2')).toBe('Park Jin-woo');
    expect(speaker('b-s2')).toBe('Park Soo-ah');
    // Lima is mentioned once per article that names it, repeats included, and never where it is not named.
    expect(byName(entities, 'Lima')?.mentions.map((m) => m.sentenceId)).toEqual(['a-s1', 'a-s2', 'b-s1', 'b-s2', 'c-s1']);
  });
});

describe('surnames written in capitals (ministry style)', () => {
  it('joins "IWAYA Takeshi", "CHO Tae-yul" and "YOON Suk Yeol" to the names written elsewhere, mention text as written', () => {
    const articles = [
      makeArticle('m1', [
        'Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, met Foreign Minister CHO Tae-yul in Seoul.',
        'The two ministers discussed President YOON Suk Yeol’s visit.',
        'Later, IWAYA said the talks were useful.',
      ]),
      makeArticle('m2', ['Foreign Minister Takeshi Iwaya met his counterpart, Cho Tae-yul.', 'Yoon Suk Yeol was not present, Cho said.']),
    ];
    const entities = extract(articles);
    expectOffsetsMatch(entities, articles);
    expect(byName(entities, 'Takeshi Iwaya')?.mentions.map((m) => m.text)).toEqual(['IWAYA Takeshi', 'IWAYA', 'Takeshi Iwaya']);
    expect(byName(entities, 'Cho Tae-yul')?.mentions.map((m) => m.text)).toEqual(['CHO Tae-yul', 'Cho Tae-yul', 'Cho']);
    expect(byName(entities, 'Yoon Suk Yeol')?.mentions.map((m) => m.text)).toEqual(['YOON Suk Yeol', 'Yoon Suk Yeol']);
    // Never the given names alone as a person of their own.
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Cho Tae-yul', 'Takeshi Iwaya', 'Yoon Suk Yeol']);
  });

  it('finds the ministry form wherever the written form is known, and shows a lone ministry form with its capitals lowered', () => {
    const entities = extract([
      makeArticle('m3', ['Prime Minister Shigeru Ishiba spoke.', 'A statement from ISHIBA Shigeru followed.']),
      makeArticle('m4', ['Ambassador PARK Min-ho arrived.']),
    ]);
    expect(byName(entities, 'Shigeru Ishiba')?.mentions.map((m) => m.text)).toEqual(['Shigeru Ishiba', 'ISHIBA Shigeru']);
    expect(byName(entities, 'Park Min-ho')?.mentions.map((m) => m.text)).toEqual(['PARK Min-ho']);
  });

  it('keeps acronyms next to names out of people: "AUKUS Pact", "DPP Lai Ching-te", a lone "CHO" with no known Cho', () => {
    const entities = extract([
      makeArticle('m5', ['The AUKUS Pact was signed.', 'DPP candidate Lai Ching-te won, and DPP Lai Ching-te spoke.', 'CHO arrived late.', 'The KMT Chairman spoke.']),
    ]);
    const people = entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(['Lai Ching-te']);
    expect(people[0]?.mentions.map((m) => m.text)).toEqual(['Lai Ching-te', 'Lai Ching-te']);
  });
});

describe('what a name is, read from its shape', () => {
  const people = (entities: readonly Entity[]) => entities.filter((e) => e.type === 'person').map((e) => e.name);

  it('reads carriers, aircraft, flights, airports, cemeteries and memorials by their head word, never as people', () => {
    const entities = extract([
      makeArticle('s1', [
        'A Korean Air jet and a Jeju Air Boeing 737-800 were at Muan International Airport on Sunday.',
        'Flight 7C2216 from Bangkok carried 181 people, the Transport Ministry said; an Airbus A321 was diverted.',
        'Victims were remembered at the Seoul National Cemetery and the Gwangju Memorial.',
        'An Air Force plane flew them to Incheon.',
      ]),
    ]);
    expect(people(entities)).toEqual([]);
    const keys = mentionKeys(entities);
    expect(keys).toEqual(
      expect.arrayContaining([
        'organization:Korean Air@s1-s1', 'organization:Jeju Air@s1-s1', 'place:Muan International Airport@s1-s1',
        'organization:Transport Ministry@s1-s2', 'place:Bangkok@s1-s2',
        'place:Seoul National Cemetery@s1-s3', 'place:Gwangju Memorial@s1-s3', 'organization:Air Force@s1-s4', 'place:Incheon@s1-s4',
      ]),
    );
    expect(keys.some((key) => /Boeing|Airbus|Flight|7C2216|A321/u.test(key))).toBe(false);
  });

  it('still finds people beside numbers and carriers: "Kim Min-jae, 54", "Han Ji-su of Jeju Air", "Lee Do-hyun flew 737 flights"', () => {
    const entities = extract([
      makeArticle('s2', ['Kim Min-jae, 54, and pilot Han Ji-su of Jeju Air were named.', 'Officials said Lee Do-hyun flew 737 flights before.']),
    ]);
    expect(people(entities).sort()).toEqual(['Han Ji-su', 'Kim Min-jae', 'Lee Do-hyun']);
  });

  it('reads an outlet in a dateline left in the body as nobody: "SEOUL, Dec 30 (Meridian Wire) -"', () => {
    const entities = extract([
      makeArticle('s3', [
        'SEOUL, Dec 30 (Meridian Wire) - Investigators searched the site, Minister Park Sang-woo said.',
        'TAIPEI (Harbour Gazette) — Voters queued early.',
      ]),
    ]);
    expect(people(entities)).toEqual(['Park Sang-woo']);
    expect(mentionKeys(entities).some((key) => /Meridian|Gazette|Seoul|Taipei/u.test(key))).toBe(false);
  });

  it('blanks only a real dateline, offsets kept', () => {
    const dated = 'SEOUL, Dec 30 (Meridian Wire) - Rescuers arrived.';
    expect(maskLeadingDateline(dated)).toBe(' '.repeat(dated.indexOf('Rescuers')) + 'Rescuers arrived.');
    expect(maskLeadingDateline('Seoul, Jan. 13 (Asia Signal) -- Cho met Iwaya.').trimStart()).toBe('Cho met Iwaya.');
    for (const kept of ['Kim Min-jae (left) - a lawmaker - spoke.', 'Park (DPP) - the favourite - led.', 'SEOUL (AP) reported the crash.']) {
      expect(maskLeadingDateline(kept)).toBe(kept);
    }
  });

  it('reads a newsletter widget as nobody', () => {
    const entities = extract([
      makeArticle('s4', ['Sign up for The Briefing', 'Sign Up For Morning Briefing', 'Newsletter Sign Up', 'Get Morning Briefing in your inbox']),
    ]);
    expect(entities).toEqual([]);
  });
});

describe('reporters are credits, not story entities', () => {
  it('reads nothing from credit lines: "By …", "Reporting by …", "(This article was written by …)", "Reporter …", "… in Taipei" at the top', () => {
    const articles = [
      makeArticle('r1', [
        ['headline', 'Lai Ching-te wins Taiwan vote'],
        'Jane Park in Taipei',
        'By Tom Hill and Ana Cruz, Staff Reporters (tom.hill@wire.example)',
        'Reporter Lee So-yeon',
        'Lai Ching-te of the Democratic Progressive Party won on Saturday, Foreign Minister Cho Tae-yul said.',
        '— Reporting by Sam Ortiz in Seoul; Editing by Mia Wong',
        '(This article was written by Kim Min-ji, a correspondent in Seoul)',
        'Oh Ji-hoon contributed to this report.',
      ]),
    ];
    const entities = extract(articles);
    const people = entities.filter((e) => e.type === 'person').map((e) => e.name).sort();
    expect(people).toEqual(['Cho Tae-yul', 'Lai Ching-te']);
    // The places of the credits ("in Taipei", "in Seoul") are not story places either.
    expect(entities.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(['Taiwan']);
    expect(entities.flatMap((e) => e.mentions).every((m) => ['r1-s1', 'r1-s5'].includes(m.sentenceId))).toBe(true);
  });

  it('keeps story sentences that open like a credit, and a reporter who is in the story, without the title', () => {
    const entities = extract([
      makeArticle('r2', [
        'By Monday, officials said Cho Tae-yul would travel to Tokyo.',
        'Reporter Kim Do-yeon asked Cho about the trip.',
        'From Seoul, Cho flew on to Busan.',
      ]),
      makeArticle('r3', [['caption', 'Cho Tae-yul in Tokyo'], 'Park Min-ho in Busan, the president said.']),
    ]);
    const keys = mentionKeys(entities);
    expect(keys).toEqual(
      expect.arrayContaining(['person:Cho Tae-yul@r2-s1', 'place:Tokyo@r2-s1', 'person:Kim Do-yeon@r2-s2', 'person:Cho@r2-s2', 'place:Seoul@r2-s3', 'place:Busan@r2-s3']),
    );
    expect(keys).toEqual(expect.arrayContaining(['person:Cho Tae-yul@r3-s1', 'place:Tokyo@r3-s1', 'place:Busan@r3-s2']));
    expect(entities.flatMap((e) => [e.name, ...e.aliases]).some((name) => name.startsWith('Reporter'))).toBe(false);
  });

  it('reads a "Name in Place" line as a byline only near the top', () => {
    const lines = ['Voters queued early.', 'Turnout was high.', 'Counting began at four.', 'Results came fast.', 'Lai Ching-te in Taipei'];
    const entities = extract([makeArticle('r4', lines)]);
    expect(mentionKeys(entities).sort()).toEqual(['person:Lai Ching-te@r4-s5', 'place:Taipei@r4-s5']);
  });
});

describe('bodies named in one word or by a shared ending', () => {
  it('reads "North and South Korea" as two places, the first written "North", but "Japan and South Korea" as written', () => {
    const entities = extract([makeArticle('n1', ['North and South Korea remain apart.', 'Japan and South Korea met; North and South America did not.'])]);
    expect(mentionKeys(entities).sort()).toEqual(
      ['place:North@n1-s1', 'place:South Korea@n1-s1', 'place:Japan@n1-s2', 'place:South Korea@n1-s2', 'place:North@n1-s2', 'place:South America@n1-s2'].sort(),
    );
    expect(byName(entities, 'North Korea')?.mentions.map((m) => m.sentenceId)).toEqual(['n1-s1']);
    expect(byName(entities, 'North America')?.mentions.map((m) => m.sentenceId)).toEqual(['n1-s2']);
  });

  it('reads a one-word body defined by its acronym, and a plural possessive inside a name', () => {
    const entities = extract([
      makeArticle('k1', [
        'The Kuomintang (KMT) and the Taiwan People’s Party (TPP) lost to the Democratic Progressive Party (DPP).',
        'The KMT and the TPP conceded; the DPP celebrated.',
        'Officials of the Workers’ Party met in Pyongyang.',
      ]),
    ]);
    expect(byName(entities, 'Kuomintang')?.mentions.map((m) => m.text)).toEqual(['Kuomintang', 'KMT', 'KMT']);
    expect(byName(entities, 'Taiwan People’s Party')?.mentions.map((m) => m.text)).toEqual(['Taiwan People’s Party', 'TPP', 'TPP']);
    expect(byName(entities, 'Democratic Progressive Party')?.aliases).toEqual(['DPP']);
    expect(byName(entities, 'Workers’ Party')?.type).toBe('organization');
  });

  it('keeps a person before a bracket that does not spell from the name, and an owner out of a body’s name', () => {
    const entities = extract([makeArticle('k2', ['Lee Jae-myung (LJM) spoke.', 'Officials said Yoon (PPP) would stay.', 'Kishida’s Liberal Democratic Party won.'])]);
    expect(entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Liberal Democratic Party']);
    expect(byName(entities, 'Lee Jae-myung')?.type).toBe('person');
  });
});

describe('more kinds of name by their head word and title', () => {
  it('reads straits, shrines and islands as places, CEO and Attorney as titles, and a plural title as no one', () => {
    const entities = extract([
      makeArticle('h1', [
        'The two Foreign Ministers met near Yasukuni Shrine, not on Sado Island or by the Taiwan Strait.',
        'Jeju Air CEO Kim E-bae apologised, U.S. Attorney Damian Williams said.',
      ]),
    ]);
    expect(entities.filter((e) => e.type === 'place').map((e) => e.name).sort()).toEqual(['Sado Island', 'Taiwan Strait', 'United States', 'Yasukuni Shrine']);
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Damian Williams', 'Kim E-bae']);
  });

  it('still reads a singular title before a name, and a surname that is also a head word elsewhere in a run', () => {
    const entities = extract([makeArticle('h2', ['Minister Lee Island-ho spoke.', 'Prosecutor Ana Reyes and CEO Tom Hart met.'])]);
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Ana Reyes', 'Lee Island-ho', 'Tom Hart']);
  });
});
