import { describe, expect, test } from 'vitest';
import { fit, layoutTimeline, type TimelineDatum } from '../../../src/charts/timeline/layout';
import { timelineData, timelineSources } from '../../../src/charts/timeline/data';
import { timelineRows, timelineWords } from '../../../src/charts/timeline/chart';
import { events, getSource } from '../../../src/data/index';
import { textWidth } from '../../../src/lib/measure';
import { at, halfEm } from '../../helpers/layout';

const event = (id: string, date: string, kind: 'context' | 'highlight' | 'plain' = 'context'): TimelineDatum => ({
  id,
  date,
  dateLabel: date,
  label: id,
  highlight: kind === 'highlight',
  context: kind === 'context',
  tip: { title: date, detail: id },
});
const { tag: highlightTag, legend: legendText } = timelineWords;
/** The events with their words, as the chart draws them. */
const realRows = () => timelineRows(timelineData(), timelineWords);
const three = [event('a', '2012'), event('b', '2024-12-23'), event('c', '2025-03-10', 'highlight')];

describe('layoutTimeline', () => {
  test('rows are stacked evenly in date order: hand-worked positions', () => {
    // fontSize 10, smallSize 10: dots r 5 (anchor) and 3.2; spine at 5 + 2 = 7; text at 7 + 5 + 10 = 22.
    // Legend on one row (width 1000): 13 + 10 = 23 before the first event.
    const layout = layoutTimeline(three, timelineWords, at(1000, 10, 10));
    expect(layout.spineX).toBe(7);
    expect(layout.events.map((e) => [e.dot.cy, e.dot.r, e.date.y, e.label.y])).toEqual([
      // date 23 + 10 = 33; dot 33 − 3.5; label 33 + 4 + 11 = 48; next row 48 + 3.5 + 11 = 62.5.
      [29.5, 3.2, 33, 48],
      [69, 3.2, 72.5, 87.5],
      [108.5, 5, 112, 127],
    ]);
    expect(layout.events.every((e) => e.date.x === 22 && e.label.x === 22 && e.dot.cx === 7)).toBe(true);
    // 141.5 − 11 + 2 = 132.5, rounded up.
    expect(layout.height).toBe(133);
  });

  test('a dashed stretch marks years skipped; the 2024–2025 cluster stays solid', () => {
    const layout = layoutTimeline(three, timelineWords, at(1000, 10, 10));
    expect(layout.segments).toEqual([
      { y1: 29.5, y2: 69, dashed: true },
      { y1: 69, y2: 108.5, dashed: false },
    ]);
  });

  test('draws each style of mark as one path, the legend symbols with the dots and lines they explain', () => {
    const { paths } = layoutTimeline(three, timelineWords, at(1000, 10, 10));
    // Spine at x 7: solid 69 → 108.5; dashed 29.5 → 69 and the legend's skip symbol (6.5 ± (5 + 2)) at x 7 + 190 or so.
    expect(paths.spine).toBe('M7 69L7 108.5');
    expect(paths.skipped).toMatch(/^M7 29\.5L7 69M[\d.]+ -0\.5L[\d.]+ 13\.5$/);
    // Filled: the interview's dot alone (r 5 at 108.5; it is tagged, not in the legend); hollow context dots: the two events' and the legend's.
    const circles = (d: string) => d.match(/M/g)?.length ?? 0;
    expect(paths.interview).toBe('M2 108.5a5 5 0 1 0 10 0a5 5 0 1 0 -10 0z');
    expect([circles(paths.interview), circles(paths.context), circles(paths.other)]).toEqual([1, 3, 0]);
  });

  test('the legend shows only the kinds of mark drawn, on one row when it fits', () => {
    const wide = layoutTimeline(three, timelineWords, at(1000, 10, 10));
    expect(wide.legend.map((l) => l.kind)).toEqual(['context', 'skip']);
    expect(new Set(wide.legend.map((l) => l.text.y)).size).toBe(1);
    expect(wide.legend[0]).toMatchObject({ symbol: { x: 7, y: 6.5 }, text: { x: 22, y: 10, lines: [legendText.context] } });
    const solid = layoutTimeline([event('b', '2024-12-23'), event('c', '2025-03-10', 'plain')], timelineWords, at(1000, 10, 10));
    expect(solid.legend.map((l) => l.kind)).toEqual(['context']);
  });

  test('the real data: the interview is the only highlighted event; labels fit at both widths', () => {
    for (const [width, size, small] of [
      [640, 15, 13.5],
      [300, 13.5, 12.5],
    ] as const) {
      const layout = layoutTimeline(realRows(), timelineWords, at(width, size, small));
      expect(layout.events.filter((e) => e.highlight).map((e) => e.id)).toEqual(['interview']);
      expect(layout.events.filter((e) => !e.context).map((e) => e.id)).toEqual(['interview']);
      for (const e of layout.events) {
        for (const line of e.label.lines) {
          expect(textWidth(line, small, e.highlight ? 'bold' : 'normal')).toBeLessThanOrEqual((width - e.label.x) * fit);
        }
      }
      // Each row ends above the next one's date line.
      for (let i = 1; i < layout.events.length; i++) {
        const previous = layout.events[i - 1]!;
        const lastLine = previous.label.y + (previous.label.lines.length - 1) * small * 1.3;
        expect(layout.events[i]!.date.y - size).toBeGreaterThan(lastLine);
      }
      const last = layout.events.at(-1)!;
      expect(layout.height).toBeGreaterThan(last.label.y + (last.label.lines.length - 1) * small * 1.3);
    }
  });

  test('edge cases: no events, one event, a very narrow width', () => {
    expect(layoutTimeline([], timelineWords, at(300))).toMatchObject({ events: [], segments: [], legend: [], height: 0 });
    const one = layoutTimeline([event('c', '2025-03-10', 'highlight')], timelineWords, at(1000, 10, 10));
    expect(one.segments).toEqual([]);
    // Nothing for a legend to explain: the interview is tagged where it stands. 10 (date), 25 (label), 39.5 − 11 + 2 = 30.5.
    expect(one.legend).toEqual([]);
    expect(one.height).toBe(31);
    const narrow = layoutTimeline(realRows(), timelineWords, at(120, 13.5, 12.5));
    // Every legend item on its own row, the long ones wrapped.
    const rows = narrow.legend.map((l) => l.text.y);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(new Set(rows).size).toBe(rows.length);
    expect(narrow.legend.some((l) => l.text.lines.length > 1)).toBe(true);
    for (const e of narrow.events) {
      expect(e.label.lines.length).toBeGreaterThan(1);
      for (const line of e.label.lines) {
        if (line.includes(' ')) expect(textWidth(line, 12.5, e.highlight ? 'bold' : 'normal')).toBeLessThanOrEqual((120 - e.label.x) * fit);
      }
    }
  });
});

describe('timelineData', () => {
  test('every event, in date order, the interview as the anchor and the others as context', () => {
    const rows = realRows();
    expect(rows.map((r) => r.id)).toEqual(events.map((e) => e.id));
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
    const interview = rows.find((r) => r.id === 'interview')!;
    expect(interview).toMatchObject({ highlight: true, context: false });
    expect(rows.filter((r) => r.id !== 'interview').every((r) => r.context && r.tip.detail.includes('Context source'))).toBe(true);
    // The interview is not context, but the source of its date is, and says so.
    expect(interview.tip.detail).not.toMatch(/^Context/m);
    expect(interview.tip.detail).toMatch(/\nSources: China Trial magazine \(context\); China News Network$/);
  });

  test('the detail gives the label, each figure as the tables write it, and the source', () => {
    const totals = realRows().find((r) => r.id === 'nationalTotalsReported')!;
    expect(totals.tip).toEqual({
      title: '7 April 2025',
      detail: [
        'China News reports its nationwide enforcement totals for 2024',
        'All enforcement cases concluded (China News): 9,118,200 cases',
        'Amount delivered through all enforcement (China News): more than 2 trillion yuan',
        'Context source: China News',
      ].join('\n'),
    });
    const interview = realRows().find((r) => r.id === 'interview')!;
    expect(interview.figures[0]).toBe('Livelihood enforcement cases concluded: about 640,000 cases');
    // The interview's date is China Trial's (context); its figures are the English item's.
    expect(interview.sourceText).toBe('Sources: China Trial magazine (context); China News Network');
    expect(interview.sourceCell).toBe('China Trial magazine (context); China News Network');
  });

  test('cites every source it draws on, the interview item first', () => {
    const ids = timelineSources(timelineData());
    expect(ids[0]).toBe('interviewEn');
    expect(getSource(ids[0]!).role).toBe('primary');
    for (const e of events) expect(ids).toContain(e.sourceId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('layoutTimeline: the legend’s flow and the labels’ weight', () => {
  // A highlight, a context event and a gap of years: both legend items.
  const all = [event('a', '2012'), event('b', '2024-12-23'), event('c', '2025-03-10', 'highlight')];

  test('items run left to right on one row when they fit, each after the one before', () => {
    const { legend } = layoutTimeline(all, timelineWords, at(2000, 10, 10, { measure: halfEm }));
    expect(legend.map((l) => l.kind)).toEqual(['context', 'skip']);
    expect(new Set(legend.map((l) => l.symbol.y)).size).toBe(1);
    for (let i = 1; i < legend.length; i++) {
      const before = legend[i - 1]!.text;
      expect(legend[i]!.symbol.x, legend[i]!.kind).toBeGreaterThan(before.x + halfEm(before.lines[0]!, 10));
      expect(legend[i]!.text.x).toBeGreaterThan(legend[i]!.symbol.x);
    }
  });

  test('an item that does not fit after the one before starts a new row, under it', () => {
    const wide = layoutTimeline(all, timelineWords, at(2000, 10, 10, { measure: halfEm })).legend;
    // Room for the longest item alone, not for two side by side.
    const room = Math.max(...wide.map((l) => l.text.x - l.symbol.x + halfEm(l.text.lines[0]!, 10))) + 30;
    const { legend } = layoutTimeline(all, timelineWords, at(room, 10, 10, { measure: halfEm }));
    expect(legend.every((l) => l.text.lines.length === 1)).toBe(true);
    for (let i = 1; i < legend.length; i++) {
      expect(legend[i]!.symbol.x).toBe(legend[0]!.symbol.x);
      expect(legend[i]!.text.y - 10).toBeGreaterThan(legend[i - 1]!.text.y);
    }
  });

  test('an item that wraps gets a row of its own, and the next row starts under all its lines', () => {
    const { legend, events } = layoutTimeline(all, timelineWords, at(120, 10, 10, { measure: halfEm }));
    const wrapped = legend.find((l) => l.text.lines.length > 1)!;
    const i = legend.indexOf(wrapped);
    const last = wrapped.text.y + (wrapped.text.lines.length - 1) * wrapped.text.step;
    if (i > 0) expect(wrapped.text.y).toBeGreaterThan(legend[i - 1]!.text.y);
    if (i + 1 < legend.length) expect(legend[i + 1]!.text.y - 10).toBeGreaterThan(last);
    const legendBottom = Math.max(...legend.map((l) => l.text.y + (l.text.lines.length - 1) * l.text.step));
    expect(events[0]!.date.y - 10).toBeGreaterThan(legendBottom);
  });

  test('legend text is measured in normal weight; a highlighted event’s label in bold', () => {
    const boldWide: typeof halfEm = (text, size, weight) => halfEm(text, size) * (weight === 'bold' ? 2 : 1);
    // Wide enough for the longest legend item in normal weight on one line, not for it in bold.
    const longest = Math.max(...Object.values(legendText).map((t) => halfEm(t, 10)));
    const legend = layoutTimeline(all, timelineWords, at(22 + longest / fit + 1, 10, 10, { measure: boldWide })).legend;
    expect(legend.every((l) => l.text.lines.length === 1)).toBe(true);
    const label = 'the same label words for both of these events here';
    const { events } = layoutTimeline([{ ...event('x', '2025', 'highlight'), label }, { ...event('y', '2026', 'plain'), label }], timelineWords, at(300, 10, 10, { measure: boldWide }));
    expect(events[0]!.label.lines.length).toBeGreaterThan(events[1]!.label.lines.length);
  });

  test('with nothing to explain there is no legend, and the first event starts at the top', () => {
    const layout = layoutTimeline([event('x', '2025', 'plain'), event('y', '2026', 'plain')], timelineWords, at(400, 10, 10));
    expect(layout.legend).toEqual([]);
    expect(layout.events[0]!.date.y).toBe(10);
    expect(layoutTimeline([], timelineWords, at(400, 10, 10)).height).toBe(0);
  });
});

describe('layoutTimeline: the interview’s tag', () => {
  const all = [event('a', '2012'), event('b', '2024-12-23'), event('c', '2025-03-10', 'highlight')];

  test('only the highlighted event is tagged, after its date on the date’s line', () => {
    const { events } = layoutTimeline(all, timelineWords, at(400, 10, 10, { measure: halfEm }));
    expect(events.slice(0, 2).map((e) => e.tag)).toEqual([undefined, undefined]);
    const c = events[2]!;
    // The date "2025-03-10" is 50 units by halfEm; ÷ fit, plus half a small em.
    expect(c.tag).toEqual({ x: Math.round((22 + 50 / fit + 5) * 10) / 10, y: c.date.y, text: highlightTag });
    expect(c.label.y).toBe(c.date.y + 4 + 11);
  });

  test('where the line has no room the tag goes under the date, and the label under the tag', () => {
    // Room for the date, not for the tag after it.
    const { events } = layoutTimeline(all, timelineWords, at(22 + 50 / fit + 20, 10, 10, { measure: halfEm }));
    const c = events[2]!;
    expect(c.tag).toMatchObject({ x: c.date.x, text: highlightTag });
    expect(c.tag!.y).toBeGreaterThan(c.date.y);
    expect(c.label.y).toBeCloseTo(c.tag!.y + 13, 5);
  });

  test('the date and the tag are measured in bold: the tag sits just far enough right, and moves under when bold does not fit', () => {
    const boldWide: typeof halfEm = (text, size, weight) => halfEm(text, size) * (weight === 'bold' ? 2 : 1);
    const c = layoutTimeline(all, timelineWords, at(2000, 10, 10, { measure: boldWide })).events[2]!;
    // "2025-03-10" is 100 units wide in bold by this measure.
    expect(c.tag!.x).toBe(Math.round((22 + 100 / fit + 5) * 10) / 10);
    // Exactly wide enough for the tag in bold on the date's line: it stays; a unit less and it goes under.
    const edge = 22 + 100 / fit + 5 + (2 * halfEm(highlightTag, 10)) / fit;
    const beside = layoutTimeline(all, timelineWords, at(edge, 10, 10, { measure: boldWide })).events[2]!;
    expect(beside.tag!.y).toBe(beside.date.y);
    const under = layoutTimeline(all, timelineWords, at(edge - 1, 10, 10, { measure: boldWide })).events[2]!;
    expect(under.tag!.y).toBeGreaterThan(under.date.y);
  });

  test('the real data: the interview’s tag sits beside its date at both widths, inside the chart', () => {
    for (const [width, size, small] of [
      [880, 16, 14.5],
      [358, 14.5, 13],
    ] as const) {
      const interview = layoutTimeline(realRows(), timelineWords, at(width, size, small)).events.find((e) => e.highlight)!;
      expect(interview.tag!.y).toBe(interview.date.y);
      expect(interview.tag!.x).toBeGreaterThan(interview.date.x + textWidth(interview.date.text, size, 'bold'));
      expect(interview.tag!.x + textWidth(highlightTag, small, 'bold') / fit).toBeLessThanOrEqual(width);
    }
  });
});
