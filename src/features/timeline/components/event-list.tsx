import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import type { EventSummary } from '../../../lib/corpus/schema';
import { formatSpan } from '../../../lib/format';
import { PrecisionBadge } from './precision-badge';

export type EventListProps = {
  /** The visible events (outlet filter applied), in display order. */
  events: EventSummary[];
  selectedEventId: string | null;
  /** When non-null, events not in the set are dimmed (highlighted-entity filter). */
  emphasisedEventIds: Set<string> | null;
  onSelect: (eventId: string) => void;
  /** How many events the corpus has in all, to say how many the filter hides. */
  totalCount?: number;
  /** The reader is about to choose this event (pointer over it, or it became the active option): fetch ahead. */
  onPreview?: (eventId: string) => void;
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function selectionAnnouncement(event: EventSummary): string {
  return `Selected: ${event.title}, ${formatSpan(event.start, event.end, event.precision)}, reported by ${plural(event.outlets.length, 'outlet')}`;
}

/**
 * The accessible twin of the timeline chart (vis-timeline has no keyboard or
 * screen-reader support): an ARIA listbox with grouped options, focus kept on the
 * listbox and the active option named by aria-activedescendant. Up/Down/Home/End
 * move, Enter/Space select, and the selection is announced in a polite live region.
 */
export const EventList = memo(function EventList({ events, selectedEventId, emphasisedEventIds, onSelect, totalCount, onPreview }: EventListProps) {
  const baseId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const { main, background, ordered, positionOf } = useMemo(() => {
    const main = events.filter((event) => event.main);
    const background = events.filter((event) => !event.main);
    const ordered = [...main, ...background];
    return { main, background, ordered, positionOf: new Map(ordered.map((event, position) => [event.id, position])) };
  }, [events]);
  const optionId = (eventId: string) => `${baseId}-option-${positionOf.get(eventId) ?? -1}`;

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

  useEffect(() => {
    const list = listRef.current;
    if (!active || !list || document.activeElement !== list) return;
    document.getElementById(optionId(active.id))?.scrollIntoView?.({ block: 'nearest' });
    // optionId depends only on the order, which `active` already reflects.
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

  const renderOption = (event: EventSummary) => {
    const isSelected = event.id === selectedEventId;
    const isActive = event.id === active?.id;
    const dimmed = emphasisedEventIds !== null && !emphasisedEventIds.has(event.id);
    const emphasised = emphasisedEventIds?.has(event.id) ?? false;
    return (
      <li
        key={event.id}
        id={optionId(event.id)}
        role="option"
        aria-selected={isSelected}
        data-event-id={event.id}
        className={`cursor-pointer rounded border-l-4 px-2 py-1.5 text-sm ${
          isSelected ? 'border-amber-700 bg-amber-50' : 'border-transparent hover:bg-stone-100'
        } ${isActive ? 'group-focus-visible:outline-2 group-focus-visible:outline-amber-700' : ''} ${dimmed ? 'bg-stone-50 text-stone-600' : ''}`}
      >
        <span className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs text-stone-600">
          {isSelected ? (
            <span aria-hidden="true" className="font-bold text-amber-800">
              ✓
            </span>
          ) : null}
          <span className="tabular-nums">{formatSpan(event.start, event.end, event.precision)}</span>
          <PrecisionBadge precision={event.precision} />
          <span>{plural(event.outlets.length, 'outlet')}</span>
          {emphasised ? <span className="rounded bg-yellow-100 px-1 text-yellow-900">mentions highlighted</span> : null}
          {dimmed ? <span className="sr-only">(no highlighted entity)</span> : null}
        </span>
        <span className={`block ${dimmed ? 'text-stone-600' : 'text-stone-900'} ${isSelected ? 'font-semibold' : ''} ${event.main ? '' : 'italic'}`}>{event.title}</span>
      </li>
    );
  };

  const hidden = totalCount !== undefined ? totalCount - events.length : 0;
  return (
    <section aria-labelledby={`${baseId}-heading`} className="space-y-2">
      <h2 id={`${baseId}-heading`} className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
        Events{' '}
        <span className="font-normal normal-case">
          ({events.length}
          {totalCount !== undefined ? ` of ${totalCount}` : ''})
        </span>
      </h2>
      {hidden > 0 ? <p className="text-xs text-stone-600">{plural(hidden, 'event')} reported only by hidden outlets are not listed.</p> : null}
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
          className="group max-h-[28rem] space-y-3 overflow-y-auto rounded border border-stone-300 bg-white p-2"
        >
          {main.length > 0 ? (
            <ul role="group" aria-labelledby={`${baseId}-story`} className="space-y-1">
              <li role="presentation" id={`${baseId}-story`} className="px-1 text-xs font-semibold text-stone-600 uppercase">
                Story
              </li>
              {main.map(renderOption)}
            </ul>
          ) : null}
          {background.length > 0 ? (
            <ul role="group" aria-labelledby={`${baseId}-background`} className="space-y-1">
              <li role="presentation" id={`${baseId}-background`} className="px-1 text-xs font-semibold text-stone-600 uppercase">
                Background
              </li>
              {background.map(renderOption)}
            </ul>
          ) : null}
        </div>
      )}
      <p role="status" aria-live="polite" className="sr-only">
        {selected ? selectionAnnouncement(selected) : ''}
      </p>
    </section>
  );
});
