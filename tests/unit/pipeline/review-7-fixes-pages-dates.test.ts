/**
 * Falsehoods a read-only review found in round 7's merged rules, each pinned with the case that misfired and the case the
 * rule was written for. Made-up pages and sentences; pinned publication days (2025-06-11 is a Wednesday, 2030-09-12 a
 * Thursday).
 */
import { describe, expect, it } from 'vitest';
import { checkValues } from './date-probe';
import { ingestPage } from '../ingest-page';
import { isIssuerLineOver } from '../../../src/pipeline/line-shape';

describe('"minutes later" takes only a day the running text gives before it, never the publication day', () => {
  checkValues([
    // a year is no day to step from, and the publication day is no scene
    { published: '2030-09-12', lines: ['Leaders met in 2019 for the first summit.', 'Minutes later, they signed a pact.'], phrase: 'Minutes later', values: [null] },
    { published: '2030-09-12', time: '05:30', lines: ['A fire tore through the old Corrin mill late at night.', 'Minutes later, the roof caved in.'], phrase: 'Minutes later', values: [null] },
    { published: '2030-09-12', lines: ['Two minutes later, the roof caved in.'], phrase: 'Two minutes later', values: [null] },
    // the day the running text states just before it
    { published: '2030-09-12', lines: ['The mill caught fire on Tuesday.', 'Minutes later, the roof caved in.'], phrase: 'Minutes later', values: ['2030-09-10'] },
    { published: '2030-09-12', lines: ['The mill caught fire on Tuesday.', 'Two minutes later, the roof caved in.'], phrase: 'Two minutes later', values: ['2030-09-10'] },
  ]);
});

describe('a four-digit number before a zone is a clock time only in a time\u2019s place', () => {
  checkValues([
    // a count before the noun it counts
    { published: '2030-09-12', offset: '+07:00', lines: ['The ministry handed out 1500 ICT kits to schools on Tuesday.'], phrase: '1500 ICT', values: [] },
    { published: '2030-09-12', offset: '+08:00', lines: ['Another 2000 PHT units are planned.'], phrase: '2000 PHT', values: [] },
    { published: '2030-09-12', offset: '+07:00', lines: ['The shop gave away 1200 WIB vouchers.'], phrase: '1200 WIB', values: [] },
    // after a time's preposition, or ending its phrase
    { published: '2030-09-12', offset: '+07:00', lines: ['The market closed at 1500 ICT on Tuesday.'], phrase: '1500 ICT', values: ['2030-09-10'] },
    { published: '2030-09-12', offset: '+08:00', lines: ['Voting ended on Tuesday, 2000 PHT.'], phrase: '2000 PHT', values: ['2030-09-10'] },
    { published: '2030-09-12', offset: '+07:00', lines: ['The ferry sailed from the port at 1200 WIB on Tuesday.'], phrase: '1200 WIB', values: ['2030-09-10'] },
  ]);
});

describe('a weekday plan told in the past, with no cue which side, stays unresolved', () => {
  checkValues([
    { published: '2025-06-11', lines: ['The vote was set to take place on Thursday before it was postponed.'], phrase: 'Thursday', values: [null] },
    { published: '2025-06-11', lines: ['The ferry was due to sail on Thursday.'], phrase: 'Thursday', values: [null] },
    // a plain past, a plan in the past perfect behind a later happening, or a present plan still reads the weekday
    { published: '2025-06-11', lines: ['The probe, which had been due to land on Monday, crashed on Saturday.'], phrase: 'Monday', values: ['2025-06-09'] },
    { published: '2025-06-11', lines: ['The vote took place on Thursday.'], phrase: 'Thursday', values: ['2025-06-05'] },
    { published: '2025-06-11', lines: ['The vote is set to take place on Thursday.'], phrase: 'Thursday', values: ['2025-06-12'] },
  ]);
});

const BODY = [
  'Firefighters in the valley answered more than four hundred calls last year, the county said on Tuesday.',
  'Most of the calls came from farms and isolated homes far from the nearest station.',
  'A new station will open in the north of the county next spring.',
];

describe('a headline naming a body over a release label stays the headline', () => {
  it('reads a line with a verb as the headline, not the issuer', () => {
    expect(isIssuerLineOver('Residents Praise New Fire Service', 'Press release')).toBe(false);
    expect(isIssuerLineOver('Volunteers Honoured By County Ambulance Service', 'Media statement')).toBe(false);
    const page = ingestPage(['Residents Praise New Fire Service', 'Press release', 'June 2, 2023', ...BODY]);
    expect(page.headline).toBe('Residents Praise New Fire Service');
    expect(page.metadata.outlet.value).not.toBe('Residents Praise New Fire Service');
    const honoured = ingestPage(['Volunteers Honoured By County Ambulance Service', 'Media statement', 'June 2, 2023', ...BODY]);
    expect(honoured.headline).toBe('Volunteers Honoured By County Ambulance Service');
  });

  it('still reads a body\u2019s bare name over a release label as the issuer', () => {
    expect(isIssuerLineOver('Northvale County Fire Service', 'Press release')).toBe(true);
    expect(isIssuerLineOver('Royal Society for the Protection of Wetlands', 'Media statement')).toBe(false); // eight words: too long for a bare name
    expect(isIssuerLineOver('Coastal Survey Organisation', 'Media statement')).toBe(true);
  });
});

describe('a tagline is removed only when another line is the headline or the masthead stands over it', () => {
  const LETTER = [
    'The harbour board agreed on Monday to lower mooring fees for small boats from next year.',
    'The fees had risen three years in a row.',
  ];

  it('keeps a newsletter\u2019s first line as its headline when nothing else is', () => {
    const page = ingestPage(['Our weekly guide to the harbour: what changed', 'June 2, 2023', ...LETTER]);
    expect(page.headline).toBe('Our weekly guide to the harbour: what changed');
  });

  it('keeps it as the headline under a menu line too', () => {
    const page = ingestPage(['View this email in your browser', 'Our weekly guide to the harbour: what changed', 'June 2, 2023', ...LETTER]);
    expect(page.headline).toBe('Our weekly guide to the harbour: what changed');
  });

  it('removes the tagline under the masthead\u2019s name, and above a headline', () => {
    expect(ingestPage(['THE QUAY LETTER', 'Our weekly guide to the harbour', 'June 2, 2023', ...LETTER]).sentences.map((s) => s.text)).not.toContain('Our weekly guide to the harbour');
  });

  it('removes the tagline above a headline', () => {
    const page = ingestPage(['Our weekly guide to the harbour', 'Mooring fees cut for small boats', 'June 2, 2023', ...LETTER]);
    expect(page.headline).toBe('Mooring fees cut for small boats');
  });
});
