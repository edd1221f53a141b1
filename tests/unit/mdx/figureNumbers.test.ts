import { describe, expect, test } from 'vitest';
import { numberFigures } from '../../../src/mdx/figureNumbers';

describe('numberFigures', () => {
  const ids = ['chart-averages', 'chart-case-path', 'chart-timeline'];

  test('numbers charts by where the sections place them, not by their order in the registry', () => {
    const placed = [['chart-timeline'], [], ['chart-case-path', 'chart-averages']];
    expect([...numberFigures(placed, ids)]).toEqual([
      ['chart-timeline', 1],
      ['chart-case-path', 2],
      ['chart-averages', 3],
    ]);
  });

  test('fails on a chart placed in two sections or in none, naming it', () => {
    expect(() => numberFigures([['chart-timeline'], ['chart-timeline'], ['chart-case-path', 'chart-averages']], ids)).toThrow(
      'chart-timeline: <Chart id="chart-timeline" /> is placed twice in the sections, so it has no one figure number',
    );
    expect(() => numberFigures([['chart-timeline']], ids)).toThrow(
      'chart-averages, chart-case-path: in no section, so without a figure number (place <Chart id="chart-averages" /> in a section\'s MDX)',
    );
  });
});
