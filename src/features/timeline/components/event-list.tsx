import { memo, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import type { EventSummary, Outlet } from '../../../lib/corpus/schema';
import { describeWhen } from '../../../lib/format';
import { highlightsOf, type Emphasis, type EventHighlight } from '../../../lib/event-highlights';
import { useHydrated } from '../../../lib/use-hydrated';
import { useListWindow } from '../use-list-window';

export type EventListProps = {
  /** The visible events (outlet filter applied), in display order. */
  events: EventSummary[];
  selectedEventId: string | null;
  /** When non-null, events not in the set are dimmed (highlighted-entity filter). */
  emphasisedEventIds: Emphasis | null;
  onSelect: (eventId: string) => void;
  /** How many events the corpus has in all, to say how many the filter hides. */
  totalCount?: number;
  /** The reader is about to choose this event (pointer over it, or it became the active option): fetch ahead. */
  onPreview?: (eventId: string) => void;
  /** The outlets shown (filter applied), in corpus order: each option's coverage bar has a mark for each. */
  outlets?: Outlet[];
  /** The events whose options are drawn (a long list's rows in view), top first, each time they change: fetch ahead. */
  onRowsInView?: (eventIds: string[]) => void;
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Past this many events the list draws only the options in view (and the page prerenders the first ones). */
export const LONG_LIST = 80;
/** Options in the prerendered page of a long list, before the script takes over. */
const PREVIEW_ROWS = 40;
/** Row heights of a long list, fixed so the rows in view can be found without measuring (rem). */
/** Outlets drawn as a mark each in an option's coverage bar; more are drawn as one proportional bar. */
const MARKS_MAX = 10;
/** That bar's width: as wide as MARKS_MAX marks (1 rem each, 2 px apart). */
const METER_PX = MARKS_MAX * 18 - 2;
const HEADER_REM = 1.75;
const OPTION_REM = 4.5;

type Row = { kind: 'header'; group: 'main' | 'background' } | { kind: 'option'; group: 'main' | 'background'; event: EventSummary; position: number };

type ListLayout = {
  main: EventSummary[];
  background: EventSummary[];
  ordered: EventSummary[];
  positionOf: ReadonlyMap<string, number>;
  /** A long list's rows (with the group headings) at fixed heights, drawn only where in view once the script runs. */
  rows: Row[];
  /** Each row's top in px, and the total height last. */
  rowTops: number[];
  rowOf: ReadonlyMap<string, number>;
  remPx: number;
};

const layouts = new WeakMap<readonly EventSummary[], ListLayout>();

/** The list's groups, order and rows for a list of events: built once per list (and root font size). */
function listLayout(events: readonly EventSummary[], remPx: number): ListLayout {
  const known = layouts.get(events);
  if (known && known.remPx === remPx) return known;
  const main = events.filter((event) => event.main);
  const background = events.filter((event) => !event.main);
  const ordered = main.concat(background);
  const long = ordered.length > LONG_LIST;
  const positionOf = new Map<string, number>();
  const rows: Row[] = [];
  const rowTops = [0];
  const rowOf = new Map<string, number>();
  // One pass (a long list's rows: each group's heading, then its options): a third of the time of building each
  // structure on its own, which an outlet switched off pays in its click (about 0.6 → 0.2 ms at 1,000 articles, 1×).
  let top = 0;
  ordered.forEach((event, position) => {
    positionOf.set(event.id, position);
    if (!long) return;
    const group = position < main.length ? 'main' : 'background';
    if (position === 0 || position === main.length) {
      rows.push({ kind: 'header', group });
      rowTops.push((top += HEADER_REM * remPx));
    }
    rowOf.set(event.id, rows.length);
    rows.push({ kind: 'option', group, event, position });
    rowTops.push((top += OPTION_REM * remPx));
  });
  const layout = { main, background, ordered, positionOf, rows, rowTops, rowOf, remPx };
  layouts.set(events, layout);
  return layout;
}

function selectionAnnouncement(event: EventSummary): string {
  return `Selected: ${event.title}, ${describeWhen(event.start, event.end, event.precision)}, reported by ${plural(event.outlets.length, 'outlet')}`;
}

/**
 * The accessible twin of the timeline chart (vis-timeline has no keyboard or
 * screen-reader support): an ARIA listbox with grouped options, focus kept on the
 * listbox and the active option named by aria-activedescendant. Up/Down/Home/End
 * move, Enter/Space select, and the selection is announced in a polite live region.
 */
const NO_OUTLETS: Outlet[] = [];

export const EventList = memo(function EventList({ events, selectedEventId, emphasisedEventIds, onSelect, totalCount, onPreview, outlets = NO_OUTLETS, onRowsInView }: EventListProps) {
  const baseId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  // Read once: computed style inside a render forces the style of a page just changed by the click (an outlet
  // toggle's filter rebuilds the rows).
  const [remPx] = useState(() => (typeof document === 'undefined' ? 16 : parseFloat(getComputedStyle(document.documentElement).fontSize) || 16));
  // Remembered per list of events: an outlet switched off and on again gets back the list it had (visibleEvents), and
  // with it these, instead of sorting and indexing two thousand events again inside the click.
  const { main, background, ordered, positionOf, rows, rowTops, rowOf } = listLayout(events, remPx);
  const long = ordered.length > LONG_LIST;
  const hydrated = useHydrated();
  const rowTop = useCallback((row: number) => rowTops[Math.min(row, rowTops.length - 1)] ?? 0, [rowTops]);
  const windowed = long && hydrated;
  const listWindow = useListWindow(listRef, rows.length, rowTop, windowed);
  // By event id, not position: filtering the list then leaves the other options as they were (memoised, not redrawn).
  const optionId = (eventId: string) => `${baseId}-option-${eventId.replace(/[^A-Za-z0-9_-]/g, (char) => `_${char.codePointAt(0)!.toString(16)}`)}`;

  // The active option follows the selection when it changes from outside (a click on the chart).
  const [activeId, setActiveId] = useState<string | null>(selectedEventId);
  const [seenSelection, setSeenSelection] = useState(selectedEventId);
  if (seenSelection !== selectedEventId) {
    setSeenSelection(selectedEventId);
    setActiveId(selectedEventId);
  }
  const at = (eventId: string | null) => (eventId === null ? undefined : ordered[positionOf.get(eventId) ?? -1]);
  const active = at(activeId) ?? at(selectedEventId) ?? ordered[0];
  const selected = at(selectedEventId);

  // Keyboard moves scroll the active option into view; a click's option is in view already, and
  // scrolling anyway would force a layout of the whole page inside the click.
  const scrollToActive = useRef(false);
  useEffect(() => {
    const list = listRef.current;
    if (!scrollToActive.current || !active || !list || document.activeElement !== list) return;
    scrollToActive.current = false;
    document.getElementById(optionId(active.id))?.scrollIntoView?.({ block: 'nearest' });
    // optionId depends only on the event id, which `active` already reflects.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active?.id]);

  const onKeyDown = (keyEvent: KeyboardEvent<HTMLDivElement>) => {
    if (ordered.length === 0) return;
    const position = active ? (positionOf.get(active.id) ?? 0) : 0;
    let next: number | null = null;
    switch (keyEvent.key) {
      case 'ArrowDown':
        next = Math.min(position + 1, ordered.length - 1);
        break;
      case 'ArrowUp':
        next = Math.max(position - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = ordered.length - 1;
        break;
      case 'Enter':
      case ' ':
        keyEvent.preventDefault();
        if (active) onSelect(active.id);
        return;
      default:
        return;
    }
    keyEvent.preventDefault();
    const nextId = ordered[next]!.id;
    // A long list draws the option before the listbox names it active.
    if (windowed) listWindow.reveal(rowOf.get(nextId) ?? 0);
    else scrollToActive.current = true;
    setActiveId(nextId);
    onPreview?.(nextId);
  };

  const onPointerOver = (pointerEvent: PointerEvent<HTMLDivElement>) => {
    const eventId = (pointerEvent.target as Element).closest<HTMLElement>('[role="option"]')?.dataset.eventId;
    if (eventId) onPreview?.(eventId);
  };

  const onClick = (mouseEvent: MouseEvent<HTMLDivElement>) => {
    const option = (mouseEvent.target as Element).closest<HTMLElement>('[role="option"]');
    const eventId = option?.dataset.eventId;
    if (!eventId) return;
    setActiveId(eventId);
    onSelect(eventId);
  };

  const renderOption = (event: EventSummary) => (
    <EventOption
      key={event.id}
      event={event}
      optionId={optionId(event.id)}
      position={positionOf.get(event.id) ?? 0}
      setSize={ordered.length}
      fixedHeight={long}
      selected={event.id === selectedEventId}
      active={event.id === active?.id}
      emphasis={emphasisedEventIds === null ? 'none' : emphasisedEventIds.has(event.id) ? 'emphasised' : 'dimmed'}
      marks={highlightsOf(emphasisedEventIds, event.id)}
      outlets={outlets}
    />
  );

  // The rows drawn: a long list's rows in view (or the first ones, prerendered), grouped as the groups they belong to.
  const drawn = long ? rows.slice(windowed ? listWindow.start : 0, windowed ? listWindow.end : PREVIEW_ROWS) : [];
  const drawnGroups = (['main', 'background'] as const)
    .map((group) => ({ group, rows: drawn.filter((row) => row.group === group) }))
    .filter((part) => part.rows.length > 0);

  const hidden = totalCount !== undefined ? totalCount - events.length : 0;
  // One string, so the effect runs when the drawn events change, not on every render.
  const drawnIds = (long ? drawn.flatMap((row) => (row.kind === 'option' ? [row.event.id] : [])) : ordered.map((event) => event.id)).join('\n');
  useEffect(() => onRowsInView?.(drawnIds.split('\n')), [onRowsInView, drawnIds]);
  return (
    <section aria-labelledby={`${baseId}-heading`} className="space-y-2">
      <h2 id={`${baseId}-heading`} className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
        Events{' '}
        <span className="font-normal normal-case">
          ({events.length}
          {totalCount !== undefined ? ` of ${totalCount}` : ''})
        </span>
      </h2>
      {ordered.length === 0 ? (
        <p className="rounded border border-stone-300 bg-white p-3 text-sm text-stone-700">No events to show with the current outlet filter.</p>
      ) : (
        <div
          ref={listRef}
          role="listbox"
          tabIndex={0}
          aria-labelledby={`${baseId}-heading`}
          aria-activedescendant={active ? optionId(active.id) : undefined}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onPointerOver={onPointerOver}
          // A stacking context (relative isolate): each option's screen-reader words are painted and hit-tested as
          // the list's, not as layers of the page's root (see ClaimTable).
          className={`event-listbox relative isolate max-h-[28rem] overflow-y-auto rounded border border-stone-300 bg-white p-2 ${long ? '' : 'space-y-3'}`}
        >
          {long ? (
            <>
              {/* Spacers stand for the rows not drawn; their heights are set from script (never in the page's HTML, which the CSP keeps free of inline styles). */}
              {windowed ? <div aria-hidden="true" style={{ height: rowTop(listWindow.start) }} /> : null}
              {drawnGroups.map(({ group, rows: part }) => (
                <ul key={group} role="group" aria-label={group === 'main' ? 'Story' : 'Background'}>
                  {part.map((row) =>
                    row.kind === 'header' ? (
                      <li key={`header-${group}`} role="presentation" className="mb-1 h-6 px-1 pt-1 text-xs font-semibold text-stone-600 uppercase">
                        {group === 'main' ? 'Story' : 'Background'}
                      </li>
                    ) : (
                      renderOption(row.event)
                    ),
                  )}
                </ul>
              ))}
              {windowed ? <div aria-hidden="true" style={{ height: rowTop(rows.length) - rowTop(listWindow.end) }} /> : null}
            </>
          ) : null}
          {!long && main.length > 0 ? (
            <ul role="group" aria-labelledby={`${baseId}-story`} className="space-y-1">
              <li role="presentation" id={`${baseId}-story`} className="px-1 text-xs font-semibold text-stone-600 uppercase">
                Story
              </li>
              {main.map(renderOption)}
            </ul>
          ) : null}
          {!long && background.length > 0 ? (
            <ul role="group" aria-labelledby={`${baseId}-background`} className="space-y-1">
              <li role="presentation" id={`${baseId}-background`} className="px-1 text-xs font-semibold text-stone-600 uppercase">
                Background
              </li>
              {background.map(renderOption)}
            </ul>
          ) : null}
        </div>
      )}
      {/* Under the list, not over it: the first outlet switched off (and the last switched on) no longer moves every
          option in view inside the click. */}
      {hidden > 0 ? <p className="text-xs text-stone-600">{plural(hidden, 'event')} reported only by hidden outlets are not listed.</p> : null}
      <p role="status" aria-live="polite" className="sr-only">
        {selected ? selectionAnnouncement(selected) : ''}
      </p>
    </section>
  );
});

type EventOptionProps = {
  event: EventSummary;
  optionId: string;
  /** 0-based place in the whole list, and the list's length (for aria-posinset/setsize: a long list draws only some). */
  position: number;
  setSize: number;
  /** A long list's rows have one height: the title shows two lines at most (all of it stays in the option's name). */
  fixedHeight: boolean;
  selected: boolean;
  active: boolean;
  emphasis: 'none' | 'emphasised' | 'dimmed';
  /** The highlighted names it mentions, in their symbols and colours. */
  marks: readonly EventHighlight[];
  outlets: Outlet[];
};

/**
 * One option, memoised on plain values: a new selection redraws two options,
 * not the list.
 */
const EventOption = memo(function EventOption({ event, optionId, position, setSize, fixedHeight, selected, active, emphasis, marks, outlets }: EventOptionProps) {
  const dimmed = emphasis === 'dimmed';
  return (
    <li
      id={optionId}
      role="option"
      aria-selected={selected}
      aria-posinset={position + 1}
      aria-setsize={setSize}
      data-event-id={event.id}
      className={`cursor-pointer rounded border-l-4 px-2 py-1.5 text-sm ${fixedHeight ? 'mb-1 h-[4.25rem] overflow-hidden' : ''} ${
        selected ? 'border-amber-700 bg-amber-50' : 'border-transparent hover:bg-stone-100'
      } ${active ? 'event-option-active' : ''} ${dimmed ? 'bg-stone-50 text-stone-600' : ''}`}
    >
      <span className={`flex items-center gap-x-2 gap-y-0.5 text-xs text-stone-600 ${fixedHeight ? 'flex-nowrap overflow-hidden whitespace-nowrap' : 'flex-wrap'}`}>
        {selected ? (
          <span aria-hidden="true" className="font-bold text-amber-800">
            ✓
          </span>
        ) : null}
        <span className="tabular-nums">{describeWhen(event.start, event.end, event.precision)}</span>
        {emphasis === 'emphasised' ? (
          <span className={marks.length > 0 ? 'text-stone-700' : 'rounded bg-yellow-100 px-1 text-yellow-900'}>
            mentions
            {marks.length > 0
              ? marks.map((mark) => (
                  <span key={mark.entityId} className={`ml-1 rounded-sm px-0.5 text-stone-900 ${mark.className}`}>
                    <span aria-hidden="true">{mark.symbol} </span>
                    {mark.name}
                  </span>
                ))
              : ' highlighted'}
          </span>
        ) : null}
        {dimmed ? <span className="sr-only">(no highlighted entity)</span> : null}
      </span>
      <span className={`block ${fixedHeight ? 'line-clamp-1' : ''} ${dimmed ? 'text-stone-600' : 'text-stone-900'} ${selected ? 'font-semibold' : ''} ${event.main ? '' : 'italic'}`}>{event.title}</span>
      {outlets.length > 0 ? <CoverageBar event={event} outlets={outlets} /> : null}
    </li>
  );
});

/**
 * Who reported the event, before it is opened: a mark per shown outlet (filled
 * when it reports the event, in the outlets' order) and the count in words, so
 * an event four outlets report does not look like one only one reports.
 */
// Memoised apart from its option: a highlight or a selection restyles the option, while the bar (a mark per
// shown outlet, a hundred at 1,000 articles) changes only with the outlet filter.
const CoverageBar = memo(function CoverageBar({ event, outlets }: { event: EventSummary; outlets: Outlet[] }) {
  const reporting = outlets.filter((outlet) => (event.coverage[outlet.id] ?? 0) > 0);
  const reports = new Set(reporting.map((outlet) => outlet.id));
  return (
    <span className="mt-0.5 flex items-center gap-2 text-xs text-stone-600">
      {outlets.length <= MARKS_MAX ? (
        <span aria-hidden="true" className="flex gap-0.5">
          {outlets.map((outlet) => (
            <span key={outlet.id} className={`h-2 w-4 rounded-sm ${reports.has(outlet.id) ? 'bg-teal-700' : 'border border-stone-300 bg-stone-100'}`} />
          ))}
        </span>
      ) : (
        // More outlets than marks fit in a row (they ran out of the option, the count with them): the share that
        // reports it, as one filled stretch of a bar as wide as MARKS_MAX marks. An SVG's sizes are attributes,
        // not inline styles, so the prerendered page keeps its strict CSP.
        <svg aria-hidden="true" width={METER_PX} height="8" className="shrink-0">
          <rect x="0.5" y="0.5" width={METER_PX - 1} height="7" rx="1.5" className="fill-stone-100 stroke-stone-300" />
          <rect width={Math.round((METER_PX * reporting.length) / outlets.length)} height="8" rx="1.5" className="fill-teal-700" />
        </svg>
      )}
      <span>
        {reporting.length === outlets.length && outlets.length > 1 ? (outlets.length === 2 ? 'both outlets' : `all ${outlets.length} outlets`) : `${reporting.length} of ${plural(outlets.length, 'outlet')}`}
        <span className="sr-only">: {reporting.map((outlet) => outlet.name).join(', ')}</span>
      </span>
    </span>
  );
});
