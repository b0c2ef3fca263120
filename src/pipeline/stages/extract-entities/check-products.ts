/**
 * Stage 10: a name the text only ever sets before a machine or a software noun ("Fenestra laptops",
 * "Quillsoft Fenestra computers", "a Grubly Eats voucher") names a product, which is no person, place
 * or body: its mentions go. A firm is written there too ("a Vantor update"), but a firm also speaks or
 * acts somewhere ("Vantor said", "Vantor, which …", "Vantor shares"), so a name that does is kept. The
 * first word of a two-word product found alone is its maker, a body ("Quillsoft said" beside "Quillsoft
 * Fenestra computers"); any other lone word of a product goes with it. A name with a body's head-noun
 * ("Kestrel Systems laptops") and a known place or body are never products.
 */
import { foldName } from '../../text/names';
import { orgKey, type MentionRecord, type PreparedKnowledge, type Resolution, type SentenceAnalysis } from './model';

/** Nouns of machines, software and what a service sells, written after a product's name. */
export const PRODUCT_NOUN = /^\s+(?:computers?|PCs?|devices?|machines?|hosts?|laptops?|desktops?|notebooks?|servers?|phones?|smartphones?|handsets?|tablets?|software|updates?|patch(?:es)?|vouchers?|apps?|subscriptions?|workstations?)\b/u;
/** What only a body or a person does after its name: speaks, acts, is described, owns shares or staff. */
const ACTS_AFTER =
  /^(?:['’]s?\s+(?:shares|stock|chief|executive|executives|founder|spokes\w+|customers|employees|staff|board|headquarters)\b|,\s+(?:which|who|whose)\b|\s+(?:(?:has|had|also|later)\s+)?(?:said|says|told|tells|announced|announces|added|adds|confirmed|confirms|denied|denies|warned|warns|estimated|estimates|reported|reports|apologi[sz]ed|agreed|declined|acknowledged|blamed|sued|flagged|expects|plans|sent|sends|hired|fired|employs)\b|\s+(?:shares|stock|customers|employees|shareholders|investors|executives|founder|spokes\w+|staff|officials)\b)/u;

/** A mention's words, without an owner's "'s". */
const surfaceOf = (record: MentionRecord): string => record.text.replace(/['’]s?$/u, '');

export function checkProducts(prepared: PreparedKnowledge, resolution: Resolution, analyses: readonly SentenceAnalysis[], records: MentionRecord[]): MentionRecord[] {
  const textOf = new Map(analyses.map((analysis) => [analysis.sentence.id, analysis.sentence.text]));
  // Per cluster, its longest form (most words) and how that form is written about; a body's short word is read apart.
  const evidence = new Map<string, { form: string; product: number; acts: number }>();
  for (const record of records) {
    if (record.clusterKey.startsWith('place:') || resolution.clusters.get(record.clusterKey)?.knownName !== undefined) continue;
    const surface = surfaceOf(record);
    let counts = evidence.get(record.clusterKey);
    const words = surface.split(/\s+/u).length;
    if (!counts || words > counts.form.split(/\s+/u).length) evidence.set(record.clusterKey, (counts = { form: surface, product: 0, acts: 0 }));
    if (foldName(surface) !== foldName(counts.form)) continue;
    const after = (textOf.get(record.sentenceId) ?? '').slice(record.end, record.end + 60);
    if (ACTS_AFTER.test(after)) counts.acts += 1;
    else if (PRODUCT_NOUN.test(after)) counts.product += 1;
  }
  const products = new Map<string, { form: string; maker: string }>();
  for (const [key, { form, product, acts }] of evidence) {
    const words = form.split(/\s+/u);
    if (product === 0 || acts > 0 || words.length > 3 || words.some((word) => prepared.orgHeads.has(word.replace(/\.$/u, '')))) continue;
    products.set(key, { form: foldName(form), maker: words.length === 2 ? foldName(words[0] ?? '') : '' });
  }
  if (products.size === 0) return records;
  const kept: MentionRecord[] = [];
  for (const record of records) {
    const product = products.get(record.clusterKey);
    const surface = surfaceOf(record);
    if (product === undefined) kept.push(record);
    else if (product.maker !== '' && foldName(surface) === product.maker) {
      // The maker is a body: the firm its word already names, if one was found, else a body of that name.
      kept.push({ ...record, clusterKey: resolution.orgShortForms.get(product.maker) ?? orgKey(surface) });
    }
  }
  return kept;
}
