// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { NearbyHint } from '../../../src/features/compare/components/nearby-hint';
import { nearbyReports } from '../../../src/features/compare/nearby-reports';
import type { Corpus } from '../../../src/lib/corpus/schema';
import { publishFixture } from '../published-fixture';
import { corpus, index } from './entities-share-fixture';

/** The fixture with one event moved or retyped: a corpus where the split is, or is not, plausible. */
function variant(change: (copy: Corpus) => void) {
  const copy = structuredClone(corpus);
  change(copy);
  return publishFixture(copy).index;
}
const eventOf = (copy: Corpus, id: string) => copy.events.find((event) => event.id === id)!;

afterEach(() => window.history.replaceState(null, '', '/'));

describe('nearbyReports: where a silent outlet may have reported the event after all', () => {
  it('offers nothing for an event a day apart that shares only one name', () => {
    // River Times reports Solberg's arrival on the 4th; the meeting is on the 5th and names Solberg and Dran.
    expect(nearbyReports(index, 'ev-meet', 'times')).toEqual([]);
  });

  it('offers an event of the silent outlet on the same day that names a person of this one', () => {
    const sameDay = variant((copy) => void (eventOf(copy, 'ev-arrive').start = '2031-05-05'));
    const [offer, ...rest] = nearbyReports(sameDay, 'ev-meet', 'times');
    expect(rest).toEqual([]);
    expect(offer).toMatchObject({ daysApart: 0, shared: ['Mira Solberg'] });
    expect(offer!.event.id).toBe('ev-arrive');
  });

  it('offers an event a day apart when it shares two people or bodies', () => {
    const bothNamed = variant((copy) => {
      // River Times' arrival sentence now names Dran too.
      copy.articles.find((article) => article.id === '300')!.sentences[0]!.text = 'Solberg arrived in Norrhavn with Dran on Monday.';
      const text = 'Solberg arrived in Norrhavn with Dran on Monday.';
      const dran = copy.entities.find((entity) => entity.id === 'person-pavel-dran')!;
      dran.mentions.push({ articleId: '300', sentenceId: '300-s1', start: text.indexOf('Dran'), end: text.indexOf('Dran') + 4, text: 'Dran' });
      const solberg = copy.entities.find((entity) => entity.id === 'person-mira-solberg')!;
      solberg.mentions = solberg.mentions.map((m) => (m.sentenceId === '300-s1' ? { ...m, start: 0, end: 7 } : m));
      const norrhavn = copy.entities.find((entity) => entity.id === 'place-norrhavn')!;
      norrhavn.mentions = [{ articleId: '300', sentenceId: '300-s1', start: text.indexOf('Norrhavn'), end: text.indexOf('Norrhavn') + 8, text: 'Norrhavn' }];
    });
    const offers = nearbyReports(bothNamed, 'ev-meet', 'times');
    expect(offers.map((offer) => [offer.event.id, offer.daysApart, [...offer.shared].sort()])).toEqual([['ev-arrive', 1, ['Mira Solberg', 'Pavel Dran']]]);
  });

  it('does not offer a pair an editor split apart', () => {
    const split = variant((copy) => {
      eventOf(copy, 'ev-arrive').start = '2031-05-05';
      eventOf(copy, 'ev-arrive').editorial = ['split from ev-meet'];
    });
    expect(nearbyReports(split, 'ev-meet', 'times')).toEqual([]);
  });

  it('does not count a shared place', () => {
    // The council's approval and the meeting: the same outlet, a day apart, no person or body in common.
    expect(nearbyReports(index, 'ev-council', 'gazette')).toEqual([]);
  });

  it('matches an event dated only to a month with one of the same month, never with a day inside it', () => {
    const monthly = variant((copy) => {
      Object.assign(eventOf(copy, 'ev-meet'), { start: '2031-05-01', end: '2031-05-31', precision: 'month' });
      Object.assign(eventOf(copy, 'ev-arrive'), { start: '2031-05-05' });
    });
    expect(nearbyReports(monthly, 'ev-meet', 'times')).toEqual([]);
    const bothMonthly = variant((copy) => {
      Object.assign(eventOf(copy, 'ev-meet'), { start: '2031-05-01', end: '2031-05-31', precision: 'month' });
      Object.assign(eventOf(copy, 'ev-arrive'), { start: '2031-05-01', end: '2031-05-31', precision: 'month' });
    });
    expect(nearbyReports(bothMonthly, 'ev-meet', 'times').map((offer) => offer.event.id)).toEqual(['ev-arrive']);
  });
});

describe('NearbyHint', () => {
  it('names the candidate event as a button that opens it', async () => {
    const sameDay = variant((copy) => void (eventOf(copy, 'ev-arrive').start = '2031-05-05'));
    render(<NearbyHint index={sameDay} eventId="ev-meet" outlet={sameDay.outletById.get('times')!} />);
    expect(screen.getByText(/Perhaps under another event: River Times reports/)).toHaveTextContent('(Mon, 5 May 2031, naming Mira Solberg)');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Solberg arrives in Norrhavn' }));
    // The URL is written once the frame is painted.
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('event')).toBe('ev-arrive'));
  });

  it('draws nothing when the silent outlet reports nothing near', () => {
    const { container } = render(<NearbyHint index={index} eventId="ev-meet" outlet={index.outletById.get('times')!} />);
    expect(container).toBeEmptyDOMElement();
  });
});
