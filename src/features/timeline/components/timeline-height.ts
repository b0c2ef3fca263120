/**
 * The chart's height, as Tailwind classes: shared by the chart and its
 * placeholder, so the page does not shift when vis-timeline arrives (it
 * scrolls its lanes inside this height).
 */
// 31rem: every lane of the seed story in view at 1440 px with two-line labels (28rem cut the last one off).
export const TIMELINE_HEIGHT = 'h-[31rem]';
