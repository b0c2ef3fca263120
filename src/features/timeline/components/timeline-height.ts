/**
 * The chart's height, as Tailwind classes: shared by the chart and its
 * placeholder, so the page does not shift when vis-timeline arrives (it
 * scrolls its lanes inside this height).
 */
// A strip, not a page: the selected event must show on the first screen (lanes scroll inside it); taller on a desktop.
export const TIMELINE_HEIGHT = 'h-[15rem] lg:h-[21rem]';
