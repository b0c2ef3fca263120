import { describe, expect, it } from 'vitest';
import { moveFocus, windowShowing, zoomWindow, type NavItem } from '../../../src/features/timeline/timeline-keys';
import { dayToMs } from '../../../src/features/timeline/timeline-window';

const at = (id: string, lane: number, day: string): NavItem => ({ id, lane, startMs: dayToMs(day) });
// Events on top (lane 0), two outlet lanes below.
const items = [
  at('meeting', 0, '2025-01-13'),
  at('call', 0, '2024-12-11'),
  at('choi', 0, '2025-01-14'),
  at('kyodo', 2, '2025-01-13'),
  at('yomiuri-dec', 1, '2024-12-12'),
  at('yomiuri-jan', 1, '2025-01-14'),
];

describe('moveFocus', () => {
  it('starts at the first item of the top lane', () => {
    expect(moveFocus(items, null, 'ArrowRight')).toBe('call');
    expect(moveFocus(items, 'gone', 'ArrowDown')).toBe('call');
    expect(moveFocus([], null, 'ArrowRight')).toBeNull();
  });

  it('moves along a lane in time with Left/Right, stopping at its ends, and jumps to them with Home/End', () => {
    expect(moveFocus(items, 'call', 'ArrowRight')).toBe('meeting');
    expect(moveFocus(items, 'meeting', 'ArrowRight')).toBe('choi');
    expect(moveFocus(items, 'choi', 'ArrowRight')).toBe('choi');
    expect(moveFocus(items, 'call', 'ArrowLeft')).toBe('call');
    expect(moveFocus(items, 'meeting', 'End')).toBe('choi');
    expect(moveFocus(items, 'choi', 'Home')).toBe('call');
  });

  it('moves Up/Down to the nearest item in time in the next lane that has one', () => {
    expect(moveFocus(items, 'call', 'ArrowDown')).toBe('yomiuri-dec');
    expect(moveFocus(items, 'choi', 'ArrowDown')).toBe('yomiuri-jan');
    expect(moveFocus(items, 'yomiuri-jan', 'ArrowDown')).toBe('kyodo');
    expect(moveFocus(items, 'kyodo', 'ArrowDown')).toBe('kyodo');
    expect(moveFocus(items, 'yomiuri-dec', 'ArrowUp')).toBe('call');
    expect(moveFocus(items, 'call', 'ArrowUp')).toBe('call');
  });
});

describe('zoomWindow', () => {
  const story = { from: '2024-12-08', to: '2025-01-26' }; // 50 days

  it('halves the window about the focused day, or about its middle', () => {
    expect(zoomWindow(story, 0.5, { centreDay: '2025-01-13' })).toEqual({ from: '2025-01-01', to: '2025-01-25' });
    expect(zoomWindow(story, 0.5)).toEqual({ from: '2024-12-20', to: '2025-01-13' });
  });

  it('never goes below two days, nor past the limits', () => {
    expect(zoomWindow({ from: '2025-01-13', to: '2025-01-14' }, 0.5, { centreDay: '2025-01-13' })).toEqual({ from: '2025-01-13', to: '2025-01-14' });
    const limits = { min: '2024-12-01', max: '2025-01-31' };
    expect(zoomWindow(story, 2, { limits })).toEqual({ from: limits.min, to: limits.max });
    expect(zoomWindow({ from: '2024-12-02', to: '2024-12-21' }, 2, { limits })).toEqual({ from: '2024-12-01', to: '2025-01-09' });
  });
});

describe('windowShowing', () => {
  const window = { from: '2024-12-05', to: '2024-12-20' };
  it('keeps a window that shows the day, and otherwise moves it the least, same length', () => {
    expect(windowShowing(window, '2024-12-11')).toBe(window);
    expect(windowShowing(window, '2025-01-13')).toEqual({ from: '2024-12-30', to: '2025-01-14' });
    expect(windowShowing(window, '2024-11-15')).toEqual({ from: '2024-11-14', to: '2024-11-29' });
  });
});
