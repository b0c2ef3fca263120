/**
 * The chart's height, as Tailwind classes: shared by the chart and its
 * placeholder, so the page does not shift when vis-timeline arrives (it
 * scrolls its lanes inside this height).
 */
export const TIMELINE_HEIGHT = 'h-[28rem]';
