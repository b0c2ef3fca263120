/** Run a task when the page is idle (or after half a second where idle callbacks do not exist); returns its cancel. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 500);
  return () => clearTimeout(timer);
}

/**
 * Run a task once the browser has painted the next frame (a task after the frame's animation callbacks);
 * returns its cancel. What a click does not need to show in its own frame goes here: work React schedules
 * itself (useDeferredValue, a transition) starts right after the click and often runs before that frame.
 *
 * Every task asked for before the same frame shares one animation frame callback and one timeout: a click
 * schedules dozens (each section's useAfterPaint, the chart's syncs, the URL), and a requestAnimationFrame,
 * setTimeout and clearTimeout apiece cost about 3 ms of the click at 4× CPU slowdown (bench/probe.ts).
 * `paints`: after that many frames (2: after the frame that shows what the click's first paint left out).
 */
export function afterNextPaint(task: () => void, paints = 1): () => void {
  // After a later paint: asked for again from the first one's batch (so it waits for the frame after that).
  if (paints > 1) {
    let cancel = afterNextPaint(() => (cancel = afterNextPaint(task, paints - 1)));
    return () => cancel();
  }
  const entry: AfterPaintTask = { task, cancelled: false };
  if (!nextFrame) {
    const batch: AfterPaintTask[] = (nextFrame = []);
    requestAnimationFrame(() => {
      // Asked for from here on (in a later frame callback, or by one of these tasks): after the next frame.
      nextFrame = null;
      setTimeout(() => {
        for (const { task: run, cancelled } of batch) {
          if (cancelled) continue;
          try {
            run();
          } catch (error) {
            // One failing task does not stop the others; the error still reaches the console and window.onerror.
            setTimeout(() => {
              throw error;
            }, 0);
          }
        }
      }, 0);
    });
  }
  nextFrame.push(entry);
  return () => {
    entry.cancelled = true;
  };
}

type AfterPaintTask = { task: () => void; cancelled: boolean };
/** The tasks waiting for the next frame, in the order asked; null when no frame callback is asked for. */
let nextFrame: AfterPaintTask[] | null = null;
