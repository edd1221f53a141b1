import { describe, expect, test } from 'vitest';
import { componentName, figureLabel, numberFigures } from '../../../src/charts/shared/numbering';
import { rectsPath } from '../../../src/charts/shared/path';

describe('numberFigures', () => {
  const ids = ['chart-averages', 'chart-case-path', 'chart-timeline'];

  test('numbers charts by where they appear in the sections, not by their order in the registry', () => {
    const bodies = ['Intro.\n\n<TimelineChart />\n', 'No chart here.', 'Text <CasePathChart /> more.\n\n<AveragesChart/>'];
    expect([...numberFigures(bodies, ids)]).toEqual([
      ['chart-timeline', 1],
      ['chart-case-path', 2],
      ['chart-averages', 3],
    ]);
  });

  test('ignores components that are not charts, and fails on a chart placed twice or in no section', () => {
    expect(() => numberFigures(['<TimelineChart />', '<TimelineChart />', '<CasePathChart /><AveragesChart />'], ids)).toThrow(/chart-timeline.*twice/);
    expect(() => numberFigures(['<Fig id="x" /><TimelineChart />'], ids)).toThrow(/chart-averages, chart-case-path: in no section/);
  });

  test('names the MDX component and the label', () => {
    expect(componentName('chart-case-path')).toBe('CasePathChart');
    expect(componentName('chart-year-end')).toBe('YearEndChart');
    expect(figureLabel(7)).toBe('Figure 7');
  });
});

describe('rectsPath', () => {
  test('draws each rectangle as one closed subpath and leaves out those with no area', () => {
    expect(
      rectsPath([
        { x: 0, y: 0, width: 10, height: 5 },
        { x: 12.34, y: 1, width: 0, height: 5 },
        { x: 12.34, y: 1.06, width: 2.5, height: 5 },
      ]),
    ).toBe('M0 0h10v5h-10zM12.3 1.1h2.5v5h-2.5z');
  });
});
