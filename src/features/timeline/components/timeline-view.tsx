import moment, { type MomentInput } from 'moment';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { DataSet } from 'vis-data/esnext';
import * as vis from 'vis-timeline/esnext';
import { Timeline, type DataGroupCollectionType, type DataItemCollectionType, type IdType, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { ArticleSummary, EventSummary, Outlet } from '../../../lib/corpus/schema';
import type { Emphasis } from '../../../lib/event-highlights';
import {
  buildTimelineData,
  eventItemId,
  parseItemId,
  type TimelineGroupData,
  type TimelineItemData,
} from '../timeline-items';
import { chooseAxis, minorLabel, sameAxis, sparseDayLabels, type AxisChoice, type WeightedDay } from '../timeline-axis';
import { addDays, dayToMs, eventEnd, rangeToWindow, sameWindow, timelineBounds, windowToRange, type DayWindow } from '../timeline-window';
import './timeline.css';
import { TIMELINE_HEIGHT } from './timeline-height';
import { useAfterPaint } from '../../../lib/use-off-screen';
import { afterNextPaint } from '../../../lib/when-idle';
import { useChartKeyboard } from './use-chart-keyboard';
import { installAxisClassNames } from '../axis-class-names';

export type TimelineViewProps = {
  /** The events to draw (already filtered by outlet). */
  events: EventSummary[];
  /** The articles whose publication is drawn, one lane per outlet. */
  articles: ArticleSummary[];
  /** The outlets to give lanes to, in display order. */
  outlets: Outlet[];
  selectedEventId: string | null;
  /** When non-null, events not in the set are dimmed. */
  emphasisedEventIds: Emphasis | null;
  /** The visible window in whole days; the timeline follows it when it changes. */
  window: DayWindow;
  /** How far the reader may pan (defaults to everything drawn, plus a margin). */
  limits?: { min: string; max: string };
  onSelect: (eventId: string | null) => void;
  /** Called when the reader pans or zooms (not when the window prop moved it). */
  onWindowChange: (from: string, to: string) => void;
  /** Called when the reader clicks an article's publication point. */
  onOpenArticle?: (articleId: string) => void;
  /** The pointer is over an event: its sources may be fetched ahead of a click. */
  onPreview?: (eventId: string) => void;
};

type ItemDataSet = DataSet<TimelineItemData, 'id'>;
type GroupDataSet = DataSet<TimelineGroupData, 'id'>;
type SelectProperties = { items: IdType[] };
type RangeChangedProperties = { start: Date; end: Date; byUser?: boolean };
type ItemOverProperties = { item: IdType | null };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What a click changes in the chart (its selection, window, filter, highlights) is handed to vis after two paints:
 * the click's frame shows the control pressed and the list, the next one the event's detail and comparison (which
 * follow right after the first paint, see usePaneValue), and only then vis takes its forced layouts and redraw.
 */
const CHART_PAINTS = 2;

/**
 * Render every day in UTC. Events are calendar days (YYYY-MM-DD) and are placed at
 * UTC midnight (plus noon for a day's box); publication times are placed at the
 * outlet's wall clock on the same UTC axis (see wallClockMs). With vis-timeline's
 * default (the viewer's zone) a reader west of Greenwich would see 13 Jan drawn
 * across 12 Jan; with UTC rendering the axis labels are exactly the corpus days,
 * wherever the reader is.
 */
const utcMoment = (date?: MomentInput) => moment(date).utc();
// The axis labels' class names without a moment per label (axis-class-names.ts): the same names, a sixth of the first draw.
// (Asked with `in`: a test's stand-in for vis may have no such export.)
installAxisClassNames('timeline' in vis ? (vis as unknown as { timeline?: { TimeStep?: Parameters<typeof installAxisClassNames>[0] } }).timeline?.TimeStep : undefined);

/**
 * vis-timeline's XSS filter stays on, and on top of that nothing from the corpus
 * reaches it as HTML: item and lane labels are DOM elements whose text is set
 * with textContent (vis appends an Element as-is, without innerHTML).
 */
export function renderItemElement(item: TimelineItemData | undefined): HTMLElement {
  const element = document.createElement('span');
  element.className = 'parallax-item-label';
  if (!item) return element;
  // Lets the keyboard find the focused item's box to scroll its lane into view.
  element.dataset.itemId = item.id;
  // The highlighted names it mentions, each in its symbol and colour, as in the text and the list.
  for (const mark of item.marks ?? []) {
    const symbol = document.createElement('span');
    symbol.className = `parallax-item-mark rounded-sm px-px ${mark.className}`;
    symbol.textContent = mark.symbol;
    element.append(symbol, document.createTextNode(' '));
  }
  // The date in its own element, so the last text node is the title alone.
  if (item.date) {
    const date = document.createElement('span');
    date.className = 'parallax-item-date';
    date.textContent = `${item.date} · `;
    element.append(date);
  }
  element.append(document.createTextNode(item.text));
  if (item.tooltip) element.title = item.tooltip;
  return element;
}

export function renderGroupElement(group: TimelineGroupData | undefined): HTMLElement {
  const element = document.createElement('span');
  element.className = 'parallax-lane-label';
  if (!group) return element;
  // Lets the keyboard scroll a lane into view (vis draws no items in lanes out of view).
  element.dataset.laneId = group.id;
  const name = document.createElement('span');
  name.className = 'parallax-lane-name';
  name.textContent = group.label;
  element.append(name);
  // A phone shows the short name (CSS picks one); the title keeps the full one.
  if (group.shortLabel !== group.label) {
    name.classList.add('parallax-lane-name-full');
    const short = document.createElement('span');
    short.className = 'parallax-lane-name parallax-lane-name-short';
    short.textContent = group.shortLabel;
    element.append(short);
  }
  const sub = document.createElement('span');
  sub.className = 'parallax-lane-sub';
  sub.textContent = group.sublabel;
  element.append(sub);
  element.title = `${group.label} (${group.sublabel})`;
  return element;
}

const STATIC_OPTIONS: TimelineOptions = {
  moment: utcMoment,
  xss: { disabled: false },
  template: renderItemElement,
  groupTemplate: renderGroupElement,
  groupOrder: 'order',
  selectable: true,
  multiselect: false,
  editable: false,
  showCurrentTime: false,
  showTooltips: false,
  stack: true,
  // Month headings over day ticks ("Jan 2025" over "13 14"); the minor labels are chosen per zoom (see useAxis).
  format: { majorLabels: { day: 'MMM YYYY', weekday: 'MMM YYYY', month: 'YYYY', year: '' } },
  // Labels start at their day and run right (the window leaves room after the last one), never clipped on the left.
  align: 'left',
  orientation: { axis: 'top', item: 'top' },
  margin: { axis: 6, item: { horizontal: 2, vertical: 6 } },
  zoomMin: 2 * DAY_MS,
  // Wheel scrolls the page; Ctrl + wheel zooms (dragging pans).
  zoomKey: 'ctrlKey',
  // The container's CSS sets the height (the same as the placeholder's, so nothing below moves when the chart arrives).
  // The container's CSS sets the height (the placeholder's too, so nothing below moves when the chart arrives).
  height: '100%',
  verticalScroll: true,
  // vis's own watch reads the chart's size every second, a forced layout of the whole page that at times fell
  // inside a click's frame; a ResizeObserver (see TimelineView) is told after the browser's own layout instead.
  autoResize: false,
};

/**
 * vis-timeline wrapped the way react-leaflet wraps Leaflet: one instance owned by
 * a ref, created once on mount and destroyed on unmount; data flows into DataSets,
 * the window and selection are pushed with setWindow/setSelection, and event
 * listeners are bound in their own effects. The Timeline is never recreated when
 * props change.
 */
export function TimelineView({
  events: eventsNow,
  articles: articlesNow,
  outlets: outletsNow,
  selectedEventId,
  emphasisedEventIds: emphasisedNow,
  window,
  limits,
  onSelect,
  onWindowChange,
  onOpenArticle,
  onPreview,
}: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const [items] = useState<ItemDataSet>(() => new DataSet<TimelineItemData, 'id'>());
  const [groups] = useState<GroupDataSet>(() => new DataSet<TimelineGroupData, 'id'>());
  // The window at mount: given to the constructor so vis never fits to the data or opens on today.
  const initialWindow = useRef(window);
  // The selection at mount, drawn in the chart's first draw (vis places a selected item's marks for its size).
  const initialSelection = useRef(selectedEventId);
  const hintId = useId();
  const axis = useRef<AxisState>({ choice: null, labels: new Map(), key: '', days: [], version: 0, revealed: false });

  // An outlet toggle or a highlight reaches the chart in a render after the panes' frame is painted (CHART_PAINTS):
  // vis redraws after the paint anyway, and building its items (thousands at 1,000 articles) held up those frames.
  const events = useAfterPaint(eventsNow, CHART_PAINTS);
  const articles = useAfterPaint(articlesNow, CHART_PAINTS);
  const outlets = useAfterPaint(outletsNow, CHART_PAINTS);
  const emphasisedEventIds = useAfterPaint(emphasisedNow, CHART_PAINTS);
  // Recomputed as the window moves: a large corpus is drawn at the level of detail of the days in view.
  const { items: itemData, groups: groupData } = useMemo(
    () => buildTimelineData({ events, articles, outlets, emphasised: emphasisedEventIds, window }),
    [events, articles, outlets, emphasisedEventIds, window],
  );
  // After the next paint: vis measures every item it adds or changes (forced layouts), which would
  // otherwise hold up the frame that shows the list and the detail (npm run bench).
  useEffect(() => syncAfterPaint(timelineRef, groups, groupData), [groups, groupData]);

  const activate = useCallback(
    (itemId: string) => {
      const target = parseItemId(itemId);
      if (target?.kind === 'cluster') onWindowChange(...zoomInto(target.range));
      else if (target?.kind === 'publication') onOpenArticle?.(target.id);
      else if (target?.kind === 'event') onSelect(target.id);
    },
    [onSelect, onOpenArticle, onWindowChange],
  );
  const bounds = useMemo(() => {
    if (limits) return limits;
    const days = itemData.filter((item) => item.type === 'point').map((item) => item.start.toISOString().slice(0, 10));
    const computed = timelineBounds(events, days);
    return computed ? { min: computed.min, max: computed.max } : null;
  }, [limits, itemData, events]);
  // The pan limits at mount, for the constructor (useLimits hands vis later ones).
  const initialLimits = useRef(panLimits(bounds, window));
  const appliedLimits = useRef('');
  const keyboard = useChartKeyboard({ containerRef, items: itemData, groups: groupData, window, limits: bounds, selectedEventId, activate, onWindowChange });
  // The focus ring is a class on the item, so vis draws it (and keeps it through its redraws).
  const drawnItems = useMemo(
    () => (keyboard.focusedId ? itemData.map((item) => (item.id === keyboard.focusedId ? { ...item, className: `${item.className} parallax-focused` } : item)) : itemData),
    [itemData, keyboard.focusedId],
  );
  useEffect(() => syncAfterPaint(timelineRef, items, drawnItems), [items, drawnItems]);

  // The days the axis labels when it cannot label every day: the days that have day-precise events.
  useEffect(() => {
    axis.current.version += 1;
    axis.current.days = events
      .filter((event) => event.precision === 'day')
      .map((event) => ({ day: event.start, weight: event.outlets.length * (event.main ? 2 : 1) }));
    // After the next paint, like every redraw of vis: measuring the centre's width forces a layout of the page.
    return afterNextPaint(() => {
      const timeline = timelineRef.current;
      const container = containerRef.current;
      if (timeline && container) measureAxis(timeline, container, axis.current);
    });
  }, [events]);

  // Created once its data is in the DataSets (the effects above fill them at mount), so vis draws the lanes,
  // the items and the axis's labels in one go instead of drawing an empty chart and redrawing it as each arrives.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { start, end } = windowToRange(initialWindow.current);
    const state = axis.current;
    // Before the lanes are drawn the chart's width stands in for the centre's: a little wide, which at worst
    // picks finer ticks for one frame (never more than a few dozen), until the first 'changed' measures it.
    state.choice = chooseAxis(container.clientWidth, (end.getTime() - start.getTime()) / DAY_MS);
    // Built in a detached element, then put in place: vis draws at once in its constructor (and again for each
    // size that changes on the way, three times over), which attached cost a long task at load; detached, it
    // skips those draws and draws lanes, items and axis once, in its next frame (the redraw asked for below).
    const frame = document.createElement('div');
    frame.style.height = '100%';
    const timeline = new Timeline(frame, items as unknown as DataItemCollectionType, groups as unknown as DataGroupCollectionType, {
      ...STATIC_OPTIONS,
      ...(initialLimits.current ? limitOptions(initialLimits.current) : {}),
      start,
      end,
      // Always an explicit scale: vis's own choice shows no days at the story's zoom, and with no width yet
      // it picks milliseconds and stops at 1000 grid lines ("Something is wrong with the Timeline scale").
      timeAxis: { scale: state.choice.scale, step: state.choice.step },
      format: {
        ...STATIC_OPTIONS.format,
        minorLabels: (date: Date) => minorLabel(date.valueOf(), state.choice ?? DAY_TICKS, state.labels),
      },
    });
    appliedLimits.current = initialLimits.current ? `${initialLimits.current.min}|${initialLimits.current.max}` : '';
    // vis counts the draws it skipped off the page towards its limit of five passes for a draw whose sizes
    // settle (the axis, then the lanes under it); left at four, its first real draw would stop after one pass,
    // with the lanes drawn over the axis. Its count goes back to zero, as after any draw that settled.
    (timeline as unknown as { redrawCount: number }).redrawCount = 0;
    if (initialSelection.current) timeline.setSelection([eventItemId(initialSelection.current)]);
    container.append(frame);
    redrawItemsInNextFrame(timeline);
    timelineRef.current = timeline;
    container.dataset.axis = state.choice.sparse ? 'sparse' : state.choice.scale;
    // Before vis redraws for a new range (its redraw waits for the next frame): the ticks that fit it.
    const onRangeChange = () => measureAxis(timeline, container, state);
    // After a redraw, the centre's real width (first draw, resize, lanes changing width).
    const onChanged = () => measureAxis(timeline, container, state);
    timeline.on('rangechange', onRangeChange);
    timeline.on('changed', onChanged);
    // vis stays hidden until a redraw after its first range change; at a fixed height nothing redraws
    // after that one unless asked (seen with Chromium: a blank chart), so ask once.
    const reveal = () => {
      timeline.off('rangechanged', reveal);
      state.revealed = true;
      redrawLayout(timeline);
    };
    timeline.on('rangechanged', reveal);
    // Only a real change of size: an observer also reports the size it starts with, which vis has just drawn.
    let size = `${container.clientWidth}x${container.clientHeight}`;
    const resize =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(([entry]) => {
            const next = entry ? `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}` : '';
            if (next === size) return;
            size = next;
            redrawLayout(timeline);
          });
    resize?.observe(container);
    return () => {
      resize?.disconnect();
      timelineRef.current = null;
      timeline.off('rangechange', onRangeChange);
      timeline.off('changed', onChanged);
      timeline.destroy();
      frame.remove();
    };
  }, [items, groups]);

  useLimits(timelineRef, bounds, window, appliedLimits);
  useWindowSync(timelineRef, window);
  // The selection follows the props as they are now: a selected event may be new in them.
  useSelectionSync(timelineRef, items, selectedEventId, eventsNow, window, onWindowChange);
  useSelectHandler(timelineRef, selectedEventId, onSelect, onOpenArticle, onWindowChange);
  useRangeChangedHandler(timelineRef, onWindowChange);
  useItemOverHandler(timelineRef, onPreview);

  return (
    <>
      {/* One tab stop for the whole chart; an application (a widget with its own keys, which the lint rules
          do not count as interactive), so screen readers pass the arrow keys through. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={containerRef}
        role="application"
        aria-label="Timeline chart"
        aria-describedby={hintId}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        onFocus={keyboard.onFocus}
        onKeyDown={keyboard.onKeyDown}
        className={`parallax-timeline ${TIMELINE_HEIGHT} focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700`}
        data-testid="timeline-container"
      />
      <p id={hintId} className="sr-only">
        Arrow keys move between items: left and right along a lane, up and down between lanes. Enter selects the event or opens the article. Plus and minus zoom.
      </p>
      <p role="status" aria-live="polite" className="sr-only">
        {keyboard.announcement}
      </p>
    </>
  );
}

/**
 * What the axis shows now; `days` are the days with events, `key` what the labels were computed for. `revealed`:
 * vis shows the chart only from its first draw after its first range change (see reveal), which redraws anyway.
 */
type AxisState = { choice: AxisChoice | null; labels: Map<string, string>; key: string; days: WeightedDay[]; version: number; revealed: boolean };
const DAY_TICKS: AxisChoice = { scale: 'day', step: 1, sparse: false };

/**
 * Redraw the chart's axis, lanes and positions in vis's next frame, without re-measuring its items. vis's own
 * redraw() marks every item dirty, and re-measures each (a forced layout of the page per item): right for new
 * item content, which the DataSet updates bring, and wasted on a new size, scale or set of axis labels, which
 * change no item's size. An empty setOptions is vis's public way to ask for that lighter redraw.
 */
/**
 * Like vis's `redraw()` (every item measured again, now that the chart is on the page), but in vis's next frame:
 * `redraw()` re-measures each item already shown at once, one forced layout per item, inside the task that
 * mounted the chart; marked dirty, they are measured in the frame's draw, all reads before the writes.
 */
function redrawItemsInNextFrame(timeline: Timeline): void {
  const internal = timeline as unknown as { itemSet?: { items: Record<string, { dirty: boolean }>; markDirty: () => void }; _redraw: () => void };
  if (!internal.itemSet) {
    timeline.redraw();
    return;
  }
  for (const item of Object.values(internal.itemSet.items)) item.dirty = true;
  internal.itemSet.markDirty();
  internal._redraw();
}

function redrawLayout(timeline: Timeline): void {
  timeline.setOptions({});
}

/**
 * Fit the axis to the window and the centre's width: set vis's scale when the choice changes, recompute a
 * sparse axis's labels, and when either changed ask vis to redraw. Returns whether anything drawn changed.
 */
function measureAxis(timeline: Timeline, container: HTMLElement, state: AxisState): boolean {
  const { start, end } = timeline.getWindow();
  const startMs = start.valueOf();
  const endMs = end.valueOf();
  const width = container.querySelector<HTMLElement>('.vis-panel.vis-center')?.clientWidth ?? 0;
  const key = `${startMs}|${endMs}|${width}|${state.version}`;
  if (key === state.key && state.choice) return false;
  const days = (endMs - startMs) / DAY_MS;
  const choice = chooseAxis(width, days);
  const inView = choice.sparse ? state.days.filter(({ day }) => dayToMs(day) >= startMs - DAY_MS && dayToMs(day) <= endMs) : [];
  const labels = choice.sparse ? sparseDayLabels(inView, (width || container.clientWidth) / days) : new Map<string, string>();
  const labelsChanged = [...labels].join() !== [...state.labels].join();
  const scaleChanged = !state.choice || !sameAxis(choice, state.choice);
  state.key = key;
  state.labels = labels;
  if (scaleChanged) {
    state.choice = choice;
    // A data attribute, not a class: React owns the container's className.
    container.dataset.axis = choice.sparse ? 'sparse' : choice.scale;
    timeline.setOptions({ timeAxis: { scale: choice.scale, step: choice.step } });
  }
  // A sparse label is centred on its day's middle.
  if (choice.sparse) container.style.setProperty('--parallax-day-px', `${(width || container.clientWidth) / days}px`);
  // A new scale's setOptions has asked for the redraw already; a chart not yet shown gets it when revealed.
  if (labelsChanged && !scaleChanged && state.revealed) redrawLayout(timeline);
  return scaleChanged || labelsChanged;
}

/** Hand vis new data after the next paint; before the chart exists (at mount), at once, for its constructor to draw. */
function syncAfterPaint<T extends { id: string }>(timelineRef: RefObject<Timeline | null>, dataSet: DataSet<T, 'id'>, next: T[]): (() => void) | undefined {
  if (!timelineRef.current) {
    syncDataSet(dataSet, next);
    return undefined;
  }
  return afterNextPaint(() => syncDataSet(dataSet, next, timelineRef.current));
}

/**
 * Bring a DataSet to exactly `next`: drop stale ids, upsert only what changed (vis redraws only those). `timeline`:
 * the chart drawing it, whose items new to it are added without drawing each on its own (addWithoutDrawing).
 */
export function syncDataSet<T extends { id: string }>(dataSet: DataSet<T, 'id'>, next: T[], timeline: Timeline | null = null): void {
  const nextIds = new Set(next.map((item) => item.id));
  const stale = dataSet.getIds().filter((id) => !nextIds.has(String(id)));
  if (stale.length > 0) dataSet.remove(stale);
  let added = false;
  const changed = next.filter((item) => {
    const current = dataSet.get(item.id);
    if (!current) added = true;
    return !current || JSON.stringify(current) !== JSON.stringify(item);
  });
  if (changed.length === 0) return;
  // Explicit `undefined` fields (e.g. end) overwrite old values, since DataSet.update spreads.
  const update = () => dataSet.update(changed as Parameters<typeof dataSet.update>[0]);
  if (added && timeline) addWithoutDrawing(timeline, update);
  else update();
}

/**
 * vis draws and measures each item it is handed that falls in the range in view as it adds it, one at a time (its
 * DOM written, then its size read: a forced layout apiece). When a selection moves the chart's window far, the
 * items of the new window all arrive at once: at 1,000 articles that was 300–450 ms of one task at 4× CPU
 * slowdown (a CPU profile of a load's first select), the task the selected event's panels waited behind. Added
 * while vis's range is empty, none falls in view; the redraw vis asks for on adding (in the next animation frame,
 * before that frame is painted) draws them all in its batched passes, every item's writes, then every read.
 */
function addWithoutDrawing(timeline: Timeline, add: () => void): void {
  const range = (timeline as unknown as { range?: { start: unknown; end: unknown } }).range;
  if (!range || typeof range.start !== 'number' || typeof range.end !== 'number') {
    add();
    return;
  }
  const { start, end } = range;
  range.start = Number.NEGATIVE_INFINITY;
  range.end = Number.NEGATIVE_INFINITY;
  try {
    add();
  } finally {
    range.start = start;
    range.end = end;
  }
}

/** The days the reader may pan over: everything drawn and the window itself, whichever reaches further. */
function panLimits(bounds: { min: string; max: string } | null, window: DayWindow): { min: string; max: string } | null {
  return bounds ? { min: bounds.min < window.from ? bounds.min : window.from, max: bounds.max > window.to ? bounds.max : window.to } : null;
}

function limitOptions({ min, max }: { min: string; max: string }): TimelineOptions {
  const start = new Date(dayToMs(min));
  const end = new Date(dayToMs(max) + DAY_MS);
  return { min: start, max: end, zoomMax: end.getTime() - start.getTime() };
}

/** `applied` holds the limits vis has (the constructor's at mount), so only a change is handed to it. */
function useLimits(timelineRef: RefObject<Timeline | null>, bounds: { min: string; max: string } | null, window: DayWindow, applied: RefObject<string>) {
  const limits = panLimits(bounds, window);
  const min = limits?.min ?? null;
  const max = limits?.max ?? null;
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline || !min || !max || applied.current === `${min}|${max}`) return;
    // Like every change a click hands vis: after the panes' frame (CHART_PAINTS; vis redraws in its next frame).
    return afterNextPaint(() => {
      applied.current = `${min}|${max}`;
      timeline.setOptions(limitOptions({ min, max }));
    }, CHART_PAINTS);
  }, [timelineRef, min, max, applied]);
}

/** Follow the window prop; skipped when the timeline already shows those days (e.g. after the reader panned). */
function useWindowSync(timelineRef: RefObject<Timeline | null>, window: DayWindow) {
  const { from, to } = window;
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    // After the panes' frame (CHART_PAINTS): a new window redraws vis, not in the frames showing the click.
    return afterNextPaint(() => {
      const current = timeline.getWindow();
      if (sameWindow(rangeToWindow(current.start, current.end), { from, to })) return;
      const { start, end } = windowToRange({ from, to });
      timeline.setWindow(start, end, { animation: false });
    }, CHART_PAINTS);
  }, [timelineRef, from, to]);
}

/**
 * Mirror the selected event into vis's selection. When the event is not drawn
 * on its own (outside the window, or inside a cluster at this zoom), ask for a
 * window that shows it: the same length around it, or its days with a margin
 * when it sits in a cluster, so the timeline shows what the list selected.
 */
function useSelectionSync(
  timelineRef: RefObject<Timeline | null>,
  items: ItemDataSet,
  selectedEventId: string | null,
  events: EventSummary[],
  window: DayWindow,
  onWindowChange: (from: string, to: string) => void,
) {
  const selected = selectedEventId ? events.find((event) => event.id === selectedEventId) : undefined;
  const selectedStart = selected?.start ?? null;
  const selectedEnd = selected ? eventEnd(selected) : null;
  const windowRef = useRef(window);
  const onWindowChangeRef = useRef(onWindowChange);
  useEffect(() => {
    windowRef.current = window;
    onWindowChangeRef.current = onWindowChange;
  });

  // After the list and the panes show the selection (CHART_PAINTS), and after the item sync scheduled before it:
  // vis's setSelection redraws its items with forced layouts of the whole page.
  useEffect(
    () =>
      afterNextPaint(() => {
        const id = selectedEventId ? eventItemId(selectedEventId) : null;
        timelineRef.current?.setSelection(id ? [id] : []);
        // In view but gathered into a cluster: zoom in to its days.
        if (id && !items.get(id) && selectedStart && selectedEnd) {
          const { from, to } = windowRef.current;
          if (selectedStart >= from && selectedEnd <= to) onWindowChangeRef.current(...zoomInto({ from: selectedStart, to: selectedEnd }, 3));
        }
      }, CHART_PAINTS),
    [timelineRef, items, selectedEventId, selectedStart, selectedEnd],
  );

  // Only when the selection changes: the reader may pan away from it afterwards. After the panes' frame,
  // like everything the chart does: moving the window is a navigation (history) and a vis redraw.
  useEffect(() => {
    if (!selectedStart || !selectedEnd) return;
    const { from, to } = windowRef.current;
    if (selectedStart >= from && selectedEnd <= to) return;
    return afterNextPaint(() => {
      const length = Math.round((dayToMs(to) - dayToMs(from)) / DAY_MS);
      const spanDays = Math.round((dayToMs(selectedEnd) - dayToMs(selectedStart)) / DAY_MS);
      const before = Math.max(1, Math.floor((length - spanDays) / 2));
      const newFrom = addDays(selectedStart, -before);
      onWindowChangeRef.current(newFrom, addDays(newFrom, Math.max(length, spanDays + 2)));
    }, CHART_PAINTS);
  }, [selectedStart, selectedEnd]);
}

/** 'select': an event item selects it; empty space clears; a publication point opens its article and keeps the selection. */
function useSelectHandler(
  timelineRef: RefObject<Timeline | null>,
  selectedEventId: string | null,
  onSelect: (eventId: string | null) => void,
  onOpenArticle: ((articleId: string) => void) | undefined,
  onWindowChange: (from: string, to: string) => void,
) {
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const handler = (properties?: SelectProperties) => {
      const target = parseItemId(properties?.items[0]);
      // vis has just selected a publication point or a cluster (dropping the event): put the event back.
      const keepSelection = () => timeline.setSelection(selectedEventId ? [eventItemId(selectedEventId)] : []);
      if (target?.kind === 'cluster') {
        keepSelection();
        onWindowChange(...zoomInto(target.range));
        return;
      }
      if (target?.kind === 'publication') {
        keepSelection();
        onOpenArticle?.(target.id);
        return;
      }
      onSelect(target?.kind === 'event' ? target.id : null);
    };
    timeline.on('select', handler);
    // Safe after destroy() too (it clears all listeners; off() then finds none).
    return () => timeline.off('select', handler);
  }, [timelineRef, selectedEventId, onSelect, onOpenArticle, onWindowChange]);
}

/** The window a cluster (or a clustered event) opens: its days, with a quarter of them (at least `minMargin`) either side. */
export function zoomInto(range: { from: string; to: string }, minMargin = 1): [string, string] {
  const days = Math.round((dayToMs(range.to) - dayToMs(range.from)) / DAY_MS) + 1;
  const margin = Math.max(minMargin, Math.ceil(days / 4));
  return [addDays(range.from, -margin), addDays(range.to, margin)];
}

/** 'rangechanged' by the reader (drag, wheel, pinch) reports the whole days now in view. */
function useRangeChangedHandler(timelineRef: RefObject<Timeline | null>, onWindowChange: (from: string, to: string) => void) {
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const handler = (properties?: RangeChangedProperties) => {
      if (!properties?.byUser) return;
      const { from, to } = rangeToWindow(properties.start, properties.end);
      onWindowChange(from, to);
    };
    timeline.on('rangechanged', handler);
    return () => timeline.off('rangechanged', handler);
  }, [timelineRef, onWindowChange]);
}

/** 'itemover' on an event: report it, so its sources can be fetched before the click. */
function useItemOverHandler(timelineRef: RefObject<Timeline | null>, onPreview: ((eventId: string) => void) | undefined) {
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline || !onPreview) return;
    const handler = (properties?: ItemOverProperties) => {
      const target = parseItemId(properties?.item);
      if (target?.kind === 'event') onPreview(target.id);
    };
    timeline.on('itemover', handler);
    return () => timeline.off('itemover', handler);
  }, [timelineRef, onPreview]);
}
