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
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
