import { memo, useMemo } from 'react';
import type { CorpusIndex } from '../../../lib/corpus/corpus-index';
import { countryName, formatDay } from '../../../lib/format';
import { centralEvent, eventOutletCount, storySpan } from '../../../lib/story';

export type StoryHeaderProps = { index: CorpusIndex };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "Japan and South Korea", "Japan, South Korea and the US". */
function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * What the story is, before anything else: its central event as the title (the
 * corpus names no story of its own), the span of its events, who reported it
 * and a one-line summary. Read from the index alone, so it is in the
 * prerendered page.
 */
export const StoryHeader = memo(function StoryHeader({ index }: StoryHeaderProps) {
  const { data } = index;
  const story = useMemo(() => {
    const central = centralEvent(data);
    const span = storySpan(data);
    const countries = [...new Set(data.outlets.map((outlet) => outlet.country).filter((code) => code !== null))].map(countryName);
    const storyEvents = data.events.filter((event) => event.main).length;
    return { central, span, countries, storyEvents, background: data.events.length - storyEvents };
  }, [data]);
  const { central, span, countries, storyEvents, background } = story;
  return (
    <div className="min-w-0">
      {/* Clear of the Export button in the corner on a phone. */}
      <p className="min-h-8 pr-24 text-sm text-stone-600 sm:min-h-0">
        <span className="font-bold tracking-tight text-stone-900">Parallax</span>
        <span className="hidden sm:inline"> · one story, many outlets, side by side</span>
      </p>
      <h1 className="font-serif text-2xl leading-tight text-stone-900 sm:text-3xl">{central ? central.title : 'An empty corpus'}</h1>
      <p className="mt-1 text-sm text-stone-700">
        {span ? (
          <span className="tabular-nums">
            {span.start === span.end ? formatDay(span.start) : `${formatDay(span.start)} – ${formatDay(span.end)}`}
          </span>
        ) : null}
        {span ? ' · ' : ''}
        {plural(data.articles.length, 'article')} from {plural(data.outlets.length, 'outlet')}
        {countries.length > 0 ? ` in ${listInWords(countries)}` : ''}
      </p>
      {central ? (
        <p className="mt-0.5 max-w-prose text-sm text-stone-700">
          {plural(storyEvents, 'story event')}
          {background > 0 ? `, ${background} in the background` : ''}. Open: the one most reported,{' '}
          {eventOutletCount(central) === data.outlets.length && data.outlets.length > 1 ? `by all ${data.outlets.length} outlets` : `by ${eventOutletCount(central)} of ${plural(data.outlets.length, 'outlet')}`}.
        </p>
      ) : null}
    </div>
  );
});
