import { dayOf, dayToMs } from './timeline-window';

/**
 * Which ticks the time axis draws, chosen from how many pixels a day gets.
 * vis-timeline's own choice jumps from two-day ticks straight to months once a
 * day is narrower than seven characters, so a five-week story read "2024 | 2025
 * Jan" with no days at all. Plain data, no vis import: cheap to test.
 */
export interface AxisChoice {
  scale: 'day' | 'month' | 'year';
  step: number;
  /** Day ticks too narrow to label each: only the days that have events carry a label. */
  sparse: boolean;
}

/** A day number ("14") is readable beside its neighbours from this width (px, at the axis's 13px type). */
export const DAY_LABEL_PX = 20;
/** Sparse day ticks up to this many days in view: vis draws an element per day, and past this months read better. */
export const SPARSE_MAX_DAYS = 100;
const MONTH_LABEL_PX = 36;
const YEAR_LABEL_PX = 44;
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
/** Assumed when the chart has no width yet (hidden, or not laid out): errs towards coarse ticks. */
const FALLBACK_WIDTH_PX = 1000;

export function chooseAxis(widthPx: number, daysInView: number): AxisChoice {
  const days = Math.max(daysInView, 1 / 24);
  const pxPerDay = (widthPx > 0 ? widthPx : FALLBACK_WIDTH_PX) / days;
  if (pxPerDay >= DAY_LABEL_PX) return { scale: 'day', step: 1, sparse: false };
  if (days <= SPARSE_MAX_DAYS) return { scale: 'day', step: 1, sparse: true };
  if (pxPerDay * 30 >= MONTH_LABEL_PX) return { scale: 'month', step: 1, sparse: false };
  if (pxPerDay * 91 >= MONTH_LABEL_PX) return { scale: 'month', step: 3, sparse: false };
  const step = YEAR_STEPS.find((years) => pxPerDay * 365 * years >= YEAR_LABEL_PX) ?? YEAR_STEPS.at(-1)!;
  return { scale: 'year', step, sparse: false };
}

export function sameAxis(a: AxisChoice, b: AxisChoice): boolean {
  return a.scale === b.scale && a.step === b.step && a.sparse === b.sparse;
}

/** A day that has events, and how much it matters (heavier days keep their label when two collide). */
export interface WeightedDay {
  day: string;
  weight: number;
}

/** Estimated label width: digits and the dash at the axis's type, plus a gap to the next label. */
const CHAR_PX = 7.5;
const GAP_PX = 6;
const labelWidth = (text: string) => text.length * CHAR_PX + GAP_PX;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The labels of a sparse day axis, by the day whose tick carries each. Runs of
 * consecutive days in one month share a label ("13–14": two day numbers never fit
 * side by side here); then the heaviest are placed first and a label that would
 * overlap one already placed is left out, so what shows is always readable.
 */
export function sparseDayLabels(days: readonly WeightedDay[], pxPerDay: number): Map<string, string> {
  const weightOf = new Map<string, number>();
  for (const { day, weight } of days) weightOf.set(day, (weightOf.get(day) ?? 0) + weight);
  const sorted = [...weightOf.keys()].sort();

  const runs: { first: string; last: string; weight: number }[] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && dayToMs(day) - dayToMs(run.last) === DAY_MS && day.slice(0, 7) === run.first.slice(0, 7)) {
      run.last = day;
      run.weight += weightOf.get(day)!;
    } else {
      runs.push({ first: day, last: day, weight: weightOf.get(day)! });
    }
  }

  const candidates = runs.map((run) => {
    const text = run.first === run.last ? dayNumber(run.first) : `${dayNumber(run.first)}–${dayNumber(run.last)}`;
    return { ...run, text, centre: (dayToMs(run.first) / DAY_MS) * pxPerDay, width: labelWidth(text) };
  });
  const placed: typeof candidates = [];
  for (const candidate of [...candidates].sort((a, b) => b.weight - a.weight || a.first.localeCompare(b.first))) {
    const clear = placed.every((other) => Math.abs(candidate.centre - other.centre) >= (candidate.width + other.width) / 2);
    if (clear) placed.push(candidate);
  }
  return new Map(placed.sort((a, b) => a.first.localeCompare(b.first)).map((label) => [label.first, label.text]));
}

const dayNumber = (day: string) => String(Number(day.slice(8, 10)));

/** The minor label of one tick: its day number, a sparse axis's label (or nothing), its month or its year. */
export function minorLabel(ms: number, choice: AxisChoice, sparseLabels: ReadonlyMap<string, string>): string {
  const day = dayOf(ms);
  if (choice.scale === 'day') return choice.sparse ? (sparseLabels.get(day) ?? '') : dayNumber(day);
  if (choice.scale === 'month') return MONTHS[Number(day.slice(5, 7)) - 1] ?? '';
  return day.slice(0, 4);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
