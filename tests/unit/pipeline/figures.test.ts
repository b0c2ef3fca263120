import { describe, expect, it } from 'vitest';
import { figuresDisagree, readFigures, type Figure } from '../../../src/pipeline/text/figures';

const read = (text: string) => readFigures(text).map(({ kind, unit, value, text: written, approximate }) => ({ kind, unit, value, text: written, approximate }));
const one = (text: string): Figure => {
  const [figure, ...rest] = readFigures(text);
  if (!figure || rest.length > 0) throw new Error(`expected one figure in "${text}", got ${readFigures(text).length}`);
  return figure;
};

describe('readFigures: what counts as a figure', () => {
  it.each([
    ['Brakeford Motors is recalling 142,000 SUVs.', { kind: 'count', unit: 'suv', value: 142000, text: '142,000 SUVs' }],
    ['The premier began a two-day visit.', { kind: 'count', unit: 'day', value: 2, text: 'two-day' }],
    ['It marks the 60th anniversary of ties.', { kind: 'ordinal', unit: 'anniversary', value: 60, text: '60th anniversary' }],
    ['The flood displaced 4.2 million people.', { kind: 'count', unit: 'people', value: 4.2e6, text: '4.2 million people' }],
    ['The phone is priced at $799.', { kind: 'money', unit: '$', value: 799, text: '$799' }],
    ['Halden agreed to buy Brightwater for £4.2 billion.', { kind: 'money', unit: '£', value: 4.2e9, text: '£4.2 billion' }],
    ['The fine was US$1.5bn.', { kind: 'money', unit: '$', value: 1.5e9, text: 'US$1.5bn' }],
    ['The bank raised rates to 4.75%.', { kind: 'percent', unit: '%', value: 4.75, text: '4.75%' }],
    ['Turnout was 71.9 per cent.', { kind: 'percent', unit: '%', value: 71.9, text: '71.9 per cent' }],
    ['Riverton United beat Castlegate 2-1 on Saturday.', { kind: 'score', unit: 'score', value: 2001, text: '2-1' }],
    ['The court upheld the law in a 6–3 ruling.', { kind: 'score', unit: 'score', value: 6003, text: '6–3' }],
    ['The 62-year-old was freed.', { kind: 'age', unit: 'age', value: 62, text: '62-year-old' }],
    ['She is 41 years old.', { kind: 'age', unit: 'age', value: 41, text: '41 years old' }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual([{ ...expected, approximate: false }]);
  });

  it('marks an estimate as approximate', () => {
    expect(one('About 140,000 SUVs are affected.').approximate).toBe(true);
    expect(one('More than 300 flights were cancelled.').approximate).toBe(true);
    expect(one('Exactly 312 flights were cancelled.').approximate).toBe(false);
  });

  it.each([
    'Flight 7C2216 crashed on landing.',
    'A Boeing 737-800 was involved.',
    'The fault was in Channel File 291.',
    'The meeting starts at 2 p.m. sharp.',
    'Highway 1-95 was closed.',
    'Children aged 5-11 were vaccinated.',
  ])('reads no figure to compare in: %s', (text) => {
    expect(readFigures(text).filter((figure) => figure.kind !== 'age')).toEqual([]);
  });

  it('leaves out what the caller marks as dates', () => {
    const text = 'The vote on January 13 drew 19 million voters.';
    const at = text.indexOf('January 13');
    expect(readFigures(text, [{ start: at, end: at + 'January 13'.length }]).map((figure) => figure.text)).toEqual(['19 million voters']);
  });
});

describe('figuresDisagree', () => {
  it('exact figures disagree when unequal; an estimate agrees within a tenth', () => {
    expect(figuresDisagree(one('It recalled 142,000 SUVs.'), one('It recalled 140,000 SUVs.'))).toBe(true);
    expect(figuresDisagree(one('It recalled 142,000 SUVs.'), one('It recalled about 140,000 SUVs.'))).toBe(false);
    expect(figuresDisagree(one('It recalled 142,000 SUVs.'), one('It recalled about 100,000 SUVs.'))).toBe(true);
    expect(figuresDisagree(one('It recalled 142,000 SUVs.'), one('It recalled 142,000 SUVs.'))).toBe(false);
  });

  it('a score, an ordinal or an age is never an estimate', () => {
    expect(figuresDisagree(one('They won 2-1 away.'), one('They won 3-1 away.'))).toBe(true);
    expect(figuresDisagree(one('They won 2-1 away.'), one('They lost 1-2 away.'))).toBe(false);
  });
});
