/**
 * The class names vis-timeline gives each axis label and grid line (`vis-day5 vis-january vis-today vis-odd`...),
 * worked out with UTC date arithmetic instead of moment. vis's own `TimeStep.getClassName` builds up to eight
 * moments per label (the label's, then "now", "tomorrow" and "yesterday" for each of its today checks) and formats
 * month and weekday names through the locale: about a sixth of the chart's first draw at load, which is the
 * page's longest task (npx tsx bench/load-trace.ts). The names are the same, string for string
 * (tests/unit/app/axis-class-names.test.ts checks them against vis's own); only for the scales the chart uses
 * (day, month, year, see timeline-axis.ts), in UTC, as the chart's `moment` option is. Any other scale is
 * left to vis.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_MS = 86_400_000;

/** What getClassName reads from vis's TimeStep. */
export interface TimeStepLike {
  current: { valueOf(): number };
  step: number;
  scale: string;
}

/** vis's class names for the label at `step.current`; null for a scale this does not cover. `now` in ms. */
export function axisClassName(step: TimeStepLike, now: number): string | null {
  const date = new Date(step.current.valueOf());
  if (Number.isNaN(date.getTime())) return null;
  const even = (value: number) => ((value / step.step) % 2 == 0 ? ' vis-even' : ' vis-odd');
  const dayIndex = (ms: number) => Math.floor(ms / DAY_MS);
  const today = () => {
    const offset = dayIndex(date.getTime()) - dayIndex(now);
    return offset === 0 ? ' vis-today' : offset === 1 ? ' vis-tomorrow' : offset === -1 ? ' vis-yesterday' : '';
  };
  const nowDate = new Date(now);
  const sameYear = date.getUTCFullYear() === nowDate.getUTCFullYear();
  const currentMonth = () => (sameYear && date.getUTCMonth() === nowDate.getUTCMonth() ? ' vis-current-month' : '');
  const names: string[] = [];
  switch (step.scale) {
    case 'day':
      names.push(`vis-day${date.getUTCDate()}`);
      names.push(`vis-${MONTHS[date.getUTCMonth()]}`);
      names.push(today());
      names.push(currentMonth());
      names.push(step.step <= 2 ? today() : '');
      names.push(step.step === 1 ? `vis-${WEEKDAYS[date.getUTCDay()]}` : '');
      names.push(even(date.getUTCDate() - 1));
      break;
    case 'month':
      names.push(`vis-${MONTHS[date.getUTCMonth()]}`);
      names.push(currentMonth());
      names.push(even(date.getUTCMonth()));
      break;
    case 'year':
      names.push(`vis-year${date.getUTCFullYear()}`);
      names.push(sameYear ? ' vis-current-year' : '');
      names.push(even(date.getUTCFullYear()));
      break;
    default:
      return null;
  }
  return names.filter(String).join(' ');
}

type TimeStepClass = { prototype: { getClassName: (this: TimeStepLike) => string } };

/** Put axisClassName in place of vis's TimeStep.getClassName, falling back to vis's for what it does not cover. */
export function installAxisClassNames(timeStep: TimeStepClass | undefined): void {
  if (!timeStep) return;
  const original = timeStep.prototype.getClassName;
  if ((original as { fast?: boolean }).fast) return;
  const fast = function (this: TimeStepLike) {
    return axisClassName(this, Date.now()) ?? original.call(this);
  };
  (fast as { fast?: boolean }).fast = true;
  timeStep.prototype.getClassName = fast;
}
