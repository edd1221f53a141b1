/** The arithmetic behind the contents marker and the reading-progress bar. */
import { describe, expect, test } from 'vitest';
import { currentSectionIndex, readingProgress } from '../../../src/lib/reading';

describe('currentSectionIndex', () => {
  // Three sections whose tops sit at these distances from the top of the viewport; the line is at 270 px.
  test('is -1 while the first section is still below the reading line', () => {
    expect(currentSectionIndex([400, 1800, 3000], 270)).toBe(-1);
  });

  test('is a section once its top reaches the line, and stays it until the next one does', () => {
    expect(currentSectionIndex([270, 1670, 2870], 270)).toBe(0);
    expect(currentSectionIndex([-900, 500, 1700], 270)).toBe(0);
    expect(currentSectionIndex([-1400, 0, 1200], 270)).toBe(1);
    expect(currentSectionIndex([-3000, -1600, 269], 270)).toBe(2);
  });

  test('is the last section once every top has passed the line', () => {
    expect(currentSectionIndex([-5000, -3600, -2400], 270)).toBe(2);
  });

  test('is -1 for a page without sections', () => {
    expect(currentSectionIndex([], 270)).toBe(-1);
  });
});

describe('readingProgress', () => {
  // A 10,000 px page in a 1,000 px viewport scrolls 9,000 px.
  test('is the scrolled share of what can scroll', () => {
    expect(readingProgress(0, 10_000, 1_000)).toBe(0);
    expect(readingProgress(2_250, 10_000, 1_000)).toBe(0.25);
    expect(readingProgress(4_500, 10_000, 1_000)).toBe(0.5);
    expect(readingProgress(9_000, 10_000, 1_000)).toBe(1);
  });

  test('stays within 0 and 1 when overscrolled (rubber-banding on phones)', () => {
    expect(readingProgress(-40, 10_000, 1_000)).toBe(0);
    expect(readingProgress(9_100, 10_000, 1_000)).toBe(1);
  });

  test('is 1 for a page that fits the viewport', () => {
    expect(readingProgress(0, 800, 1_000)).toBe(1);
    expect(readingProgress(0, 1_000, 1_000)).toBe(1);
  });
});
