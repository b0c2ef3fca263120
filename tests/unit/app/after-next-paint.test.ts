// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../../src/lib/when-idle';

/** Frames on demand: requestAnimationFrame callbacks run when the test says a frame was drawn. */
let frames: FrameRequestCallback[] = [];
const asked = vi.fn();
const drawFrame = () => {
  const due = frames;
  frames = [];
  for (const callback of due) callback(0);
};

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  asked.mockClear();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    asked();
    return frames.push(callback);
  });
});

afterEach(() => {
  // Leave no batch waiting for a frame that a later test would never draw.
  drawFrame();
  vi.runOnlyPendingTimers();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterNextPaint', () => {
  it('runs the tasks of one frame after it, in the order asked, from one frame callback', () => {
    const ran: string[] = [];
    afterNextPaint(() => ran.push('a'));
    afterNextPaint(() => ran.push('b'));
    expect(asked).toHaveBeenCalledTimes(1);
    vi.runOnlyPendingTimers();
    expect(ran).toEqual([]);
    drawFrame();
    // Not in the frame's callbacks: in a task after them, once the frame is painted.
    expect(ran).toEqual([]);
    vi.runOnlyPendingTimers();
    expect(ran).toEqual(['a', 'b']);
  });

  it('runs a task asked for after two paints only after the second frame, and can cancel it in between', () => {
    const ran: string[] = [];
    afterNextPaint(() => ran.push('chart'), 2);
    const cancel = afterNextPaint(() => ran.push('cancelled'), 2);
    afterNextPaint(() => ran.push('pane'));
    drawFrame();
    vi.runOnlyPendingTimers();
    // After the first frame: only the one-paint task; the others now wait for the next frame.
    expect(ran).toEqual(['pane']);
    cancel();
    vi.runOnlyPendingTimers();
    expect(ran).toEqual(['pane']);
    drawFrame();
    vi.runOnlyPendingTimers();
    expect(ran).toEqual(['pane', 'chart']);
  });

  it('skips a cancelled task, even when cancelled by another task of its batch', () => {
    const ran: string[] = [];
    afterNextPaint(() => ran.push('gone'))();
    let cancelLater = () => {};
    afterNextPaint(() => {
      ran.push('first');
      cancelLater();
    });
    cancelLater = afterNextPaint(() => ran.push('later'));
    drawFrame();
    vi.runOnlyPendingTimers();
    expect(ran).toEqual(['first']);
  });

  it('waits for the following frame with a task asked for once the frame has started', () => {
    const ran: string[] = [];
    afterNextPaint(() => {
      ran.push('first');
      afterNextPaint(() => ran.push('second'));
    });
    drawFrame();
    vi.runOnlyPendingTimers();
    expect(ran).toEqual(['first']);
    vi.runOnlyPendingTimers();
    expect(ran).toEqual(['first']);
    drawFrame();
    vi.runOnlyPendingTimers();
    expect(ran).toEqual(['first', 'second']);
  });

  it('runs the rest of a batch when one task throws', () => {
    const ran: string[] = [];
    afterNextPaint(() => {
      throw new Error('broken task');
    });
    afterNextPaint(() => ran.push('after'));
    drawFrame();
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['after']);
    // The error is thrown again on its own, where the page reports it.
    expect(() => vi.runOnlyPendingTimers()).toThrow('broken task');
  });
});
