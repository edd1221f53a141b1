/** Where the reader is on the long page: pure arithmetic for the contents marker and the progress bar. */

/**
 * The section the reader is in: the last one whose top has scrolled above the reading
 * line (a distance from the top of the viewport). -1 while the first section is still below it.
 * `tops` are the sections' top edges relative to the viewport, in page order.
 */
export function currentSectionIndex(tops: readonly number[], line: number): number {
  let current = -1;
  tops.forEach((top, i) => {
    if (top <= line) current = i;
  });
  return current;
}

/** How far the page has been scrolled, from 0 (top) to 1 (bottom); 1 when it cannot scroll. */
export function readingProgress(scrollTop: number, scrollHeight: number, viewportHeight: number): number {
  const scrollable = scrollHeight - viewportHeight;
  if (scrollable <= 0) return 1;
  return Math.min(1, Math.max(0, scrollTop / scrollable));
}
