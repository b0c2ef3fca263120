// @vitest-environment jsdom
import moment from 'moment';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as vis from 'vis-timeline/esnext';
import { axisClassName, installAxisClassNames, type TimeStepLike } from '../../../src/features/timeline/axis-class-names';

type TimeStepInstance = TimeStepLike & { getClassName(): string; current: moment.Moment };
type TimeStepConstructor = {
  new (start: Date, end: Date, minimumStep: number, hiddenDates: unknown[], options: { moment: (input?: moment.MomentInput) => moment.Moment }): TimeStepInstance;
  prototype: { getClassName: (this: TimeStepLike) => string };
};
const TimeStep = (vis as unknown as { timeline: { TimeStep: TimeStepConstructor } }).timeline.TimeStep;
// vis's own, kept before anything replaces it.
const visGetClassName = TimeStep.prototype.getClassName;
const utcMoment = (input?: moment.MomentInput) => moment(input).utc();

/** vis's class names and ours for a label at `at` (ISO), with the clock at `now` (ISO). */
function both(at: string, scale: string, step: number, now: string): [string, string | null] {
  vi.setSystemTime(new Date(now));
  const timeStep = new TimeStep(new Date('2024-01-01'), new Date('2025-01-01'), 0, [], { moment: utcMoment });
  timeStep.current = utcMoment(at);
  timeStep.scale = scale;
  timeStep.step = step;
  return [visGetClassName.call(timeStep), axisClassName(timeStep, Date.now())];
}

afterEach(() => {
  vi.useRealTimers();
});

describe('axis class names without moment', () => {
  it('names each label as vis does, for every day, month and year scale the chart uses', () => {
    vi.useFakeTimers();
    const nows = ['2025-01-13T10:00:00Z', '2025-01-13T23:59:59Z', '2024-12-31T00:00:00Z', '2025-03-01T12:00:00Z'];
    const labels: string[] = [];
    for (let day = 0; day < 70; day++) labels.push(new Date(Date.UTC(2024, 11, 1 + day)).toISOString());
    let compared = 0;
    for (const now of nows) {
      for (const at of labels) {
        for (const [scale, step] of [['day', 1], ['day', 2], ['day', 5], ['month', 1], ['month', 3], ['year', 1], ['year', 10]] as const) {
          const [expected, actual] = both(at, scale, step, now);
          expect(actual, `${at} ${scale}/${step} at ${now}`).toBe(expected);
          compared++;
        }
      }
    }
    expect(compared).toBe(4 * 70 * 7);
  });

  it('marks today, tomorrow and yesterday by the UTC day', () => {
    vi.useFakeTimers();
    expect(both('2025-01-13T00:00:00Z', 'day', 1, '2025-01-13T23:00:00Z')[1]).toContain('vis-today');
    expect(both('2025-01-14T00:00:00Z', 'day', 1, '2025-01-13T23:00:00Z')[1]).toContain('vis-tomorrow');
    expect(both('2025-01-12T00:00:00Z', 'day', 1, '2025-01-13T23:00:00Z')[1]).toContain('vis-yesterday');
    expect(both('2025-01-15T00:00:00Z', 'day', 1, '2025-01-13T23:00:00Z')[1]).not.toMatch(/today|tomorrow|yesterday/);
  });

  it("leaves a scale it does not cover to vis's own", () => {
    vi.useFakeTimers();
    const [expected, actual] = both('2025-01-13T05:00:00Z', 'hour', 1, '2025-01-13T10:00:00Z');
    expect(actual).toBeNull();
    installAxisClassNames(TimeStep);
    const timeStep = new TimeStep(new Date('2024-01-01'), new Date('2025-01-01'), 0, [], { moment: utcMoment });
    timeStep.current = utcMoment('2025-01-13T05:00:00Z');
    timeStep.scale = 'hour';
    timeStep.step = 1;
    expect(timeStep.getClassName()).toBe(expected);
    timeStep.scale = 'day';
    expect(TimeStep.prototype.getClassName).not.toBe(visGetClassName);
    expect(timeStep.getClassName()).toBe(both('2025-01-13T05:00:00Z', 'day', 1, '2025-01-13T10:00:00Z')[0]);
  });
});
