import { describe, expect, test } from 'vitest';
import { horizontalFrom, layoutNetwork, type NetworkData, type NetworkLayout } from '../../../src/charts/network/layout';
import { networkData } from '../../../src/charts/network/data';
import { networkDiagram, networkRows, networkWords } from '../../../src/charts/network/chart';

/** The real diagram and table rows, with their words. */
const real = () => ({ data: networkDiagram(networkData(), networkWords), rows: networkRows(networkData(), networkWords) });
import { blockLines } from '../../../src/charts/common/text';
import { round1, textWidth } from '../../../src/lib/measure';
import { at, halfEm } from '../../helpers/layout';

const tip = { title: 't', detail: 'd' };
const sample = (property = ['P1', 'P2']): NetworkData => ({
  courts: { id: 'courts', label: 'Courts', tip },
  channels: [
    { id: 'a', label: 'A', sublabel: 'one', strands: 1, tip },
    { id: 'b', label: 'B', sublabel: 'several', strands: 3, tip },
  ],
  propertyHeading: 'Property',
  property: property.map((label) => ({ id: label, label, tip })),
  annotations: [
    { id: 'x', attach: 'a', date: '2014', about: 'A', text: 'About A' },
    { id: 'y', attach: 'b', date: '2012', about: 'B', text: 'About B' },
    { id: 'z', attach: 'junction', date: '2018', about: 'all', text: 'About all' },
  ],
});

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** Estimated boxes of every annotation line and the property heading. */
const textRects = (l: NetworkLayout): Rect[] =>
  [...l.annotations.flatMap((a) => [a.heading, a.text]), l.propertyHeading].flatMap(blockLines).map((t) => ({
    x: t.x,
    y: t.y - l.smallSize,
    width: textWidth(t.text, l.smallSize, 'bold'),
    height: l.smallSize * 1.25,
  }));

function expectClean(l: NetworkLayout) {
  for (const n of l.nodes) {
    expect(n.x, n.id).toBeGreaterThanOrEqual(0);
    expect(n.x + n.width, n.id).toBeLessThanOrEqual(l.width + 0.1);
    expect(n.y + n.height, n.id).toBeLessThanOrEqual(l.height);
  }
  for (let i = 0; i < l.nodes.length; i++) {
    for (let j = i + 1; j < l.nodes.length; j++) expect(overlaps(l.nodes[i]!, l.nodes[j]!), `${l.nodes[i]!.id} / ${l.nodes[j]!.id}`).toBe(false);
  }
  const texts = textRects(l);
  for (const t of texts) {
    expect(t.y + t.height).toBeLessThanOrEqual(l.height + 1);
    for (const n of l.nodes) expect(overlaps(t, n), n.id).toBe(false);
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) expect(overlaps(texts[i]!, texts[j]!)).toBe(false);
  }
}

describe('layoutNetwork, narrow (top to bottom)', () => {
  test('courts centred on top, the systems side by side under them', () => {
    const l = layoutNetwork(sample(), networkWords, at(300, 10, 10, { measure: halfEm }));
    expect(l.orientation).toBe('vertical');
    const [courts, a, b] = l.nodes;
    // "Courts" is 6 × 5 (half an em each) × 1.1 (margin) = 33 wide, plus 2 × 5 padding: 43; one 13-unit line.
    expect(courts).toMatchObject({ x: 150 - 43 / 2, y: 0, width: 43, height: 23 });
    // Centred on x 150; the baseline 5 (padding) + 6.5 (half a line) + 3.5 (0.35 em) down.
    expect(blockLines(courts!.label)).toEqual([{ x: 150, y: 15, text: 'Courts' }]);
    // Two columns of (300 − 5) ÷ 2 = 147.5, a drop of 1.8 lines (23.4) under the courts.
    expect(a).toMatchObject({ x: 0, y: 46.4, width: 147.5 });
    expect(b).toMatchObject({ x: 152.5, y: 46.4, width: 147.5 });
    // A vertical link from the courts' foot (150, 23) to the first system's head (73.75, 46.4).
    expect(l.links[0]).toMatchObject({ id: 'courts-a', d: 'M150,23C150,34.7,73.8,34.7,73.8,46.4', strand: false });
  });

  test('one link from the national system, several strands from the provincial one, then one per property', () => {
    const l = layoutNetwork(sample(), networkWords, at(300, 10, 10));
    expect(l.links.map((k) => k.id)).toEqual([
      'courts-a',
      'a-junction-0',
      'courts-b',
      'b-junction-0',
      'b-junction-1',
      'b-junction-2',
      'junction-P1',
      'junction-P2',
    ]);
    expect(l.links.filter((k) => k.strand)).toHaveLength(3);
    // Property hangs off a trunk at the junction's x, by elbow links.
    expect(l.junction).toMatchObject({ x: 5, visible: true });
    const p1 = l.nodes.find((n) => n.id === 'P1')!;
    expect(p1.x).toBe(15);
    expect(l.links.find((k) => k.id === 'junction-P1')!.d).toBe(`M5,${l.junction.y}L5,${p1.y + p1.height / 2}L15,${p1.y + p1.height / 2}`);
    // Context comes last, as a list naming what each note is about.
    expect(l.annotations.map((a) => a.heading.lines.join(' '))).toEqual([
      'Context · 2014 · A',
      'Context · 2012 · B',
      'Context · 2018 · all',
    ]);
    const lastNode = Math.max(...l.nodes.map((n) => n.y + n.height));
    for (const a of l.annotations) expect(a.heading.y - 10).toBeGreaterThan(lastNode);
    expect(l.pins).toEqual([]);
    expectClean(l);
  });
});

describe('layoutNetwork, wide (left to right)', () => {
  test('columns run courts, systems, junction, property; context above and below its system', () => {
    const l = layoutNetwork(sample(), networkWords, at(640, 15, 13.5));
    expect(l.orientation).toBe('horizontal');
    const byId = Object.fromEntries(l.nodes.map((n) => [n.id, n]));
    const courts = byId.courts!;
    const [a, b, p1, p2] = [byId.a!, byId.b!, byId.P1!, byId.P2!];
    expect(courts.x).toBe(0);
    expect(a.x).toBe(b.x);
    expect(a.x).toBeGreaterThan(courts.x + courts.width);
    expect(l.junction.x).toBeGreaterThan(a.x + a.width);
    expect(p1.x).toBeGreaterThan(l.junction.x);
    expect(p1.x + p1.width).toBe(640);
    expect(p2.y).toBeGreaterThan(p1.y + p1.height);
    // Courts and junction sit level, midway between the first and last system.
    expect(courts.y + courts.height / 2).toBeCloseTo(l.junction.y, 0);
    expect(a.y).toBeLessThan(l.junction.y);
    expect(b.y).toBeGreaterThan(l.junction.y);
    const [x, y, z] = l.annotations;
    expect(x!.marker.cy).toBeLessThan(a.y);
    expect(y!.marker.cy).toBeGreaterThan(b.y + b.height);
    expect(z!.marker).toMatchObject({ cx: l.junction.x });
    // Side-by-side notes under the provincial system and under the junction do not meet.
    expect(y!.text.x + textWidth(y!.text.lines[0]!, 13.5)).toBeLessThan(z!.marker.cx);
    // Pins: from the first system up, from the second down, from the junction down.
    expect(l.pins).toEqual([
      { x1: x!.marker.cx, y1: a.y, x2: x!.marker.cx, y2: x!.marker.cy },
      { x1: y!.marker.cx, y1: round1(b.y + b.height), x2: y!.marker.cx, y2: y!.marker.cy },
      { x1: l.junction.x, y1: l.junction.y, x2: l.junction.x, y2: z!.marker.cy },
    ]);
    expectClean(l);
  });

  test('the real data lays out cleanly at both widths', () => {
    const { data } = real();
    expectClean(layoutNetwork(data, networkWords, at(640, 15, 13.5)));
    expectClean(layoutNetwork(data, networkWords, at(300, 13.5, 12.5)));
  });
});

describe('layoutNetwork edge cases', () => {
  test('no property: no junction, no links past the systems', () => {
    for (const width of [300, 640]) {
      const l = layoutNetwork(sample([]), networkWords, at(width));
      expect(l.junction.visible).toBe(false);
      expect(l.links.map((k) => k.id)).toEqual(['courts-a', 'courts-b']);
      expect(l.nodes).toHaveLength(3);
      expect(l.height).toBeGreaterThan(0);
      expectClean(l);
    }
  });

  test('one property item: one link to it', () => {
    for (const width of [300, 640]) {
      const l = layoutNetwork(sample(['Only']), networkWords, at(width));
      expect(l.links.filter((k) => k.id.startsWith('junction-'))).toHaveLength(1);
      expectClean(l);
    }
  });

  test('a very narrow width (120) stays top to bottom, wraps labels and stays inside', () => {
    const { data } = real();
    const l = layoutNetwork(data, networkWords, at(120, 13.5, 12.5));
    expect(l.orientation).toBe('vertical');
    const national = l.nodes.find((n) => n.id === 'totalToTotal')!;
    expect(national.label.lines.length).toBeGreaterThan(1);
    expectClean(l);
  });
});

describe('networkData', () => {
  test('the interview’s systems and property, with the context dated and sourced', () => {
    const { data, rows } = real();
    expect(data.channels.map((c) => [c.label, c.sublabel, c.strands > 1])).toEqual([
      ['“Total to total”', 'network system (context)', false],
      ['Point-to-point', 'provincial (context)', true],
    ]);
    expect(data.property.map((p) => p.label)).toEqual(['Bank deposits', 'Real estate', 'Vehicles', 'Equity']);
    expect(data.annotations.map((a) => [a.date, a.attach])).toEqual([
      ['2012', 'pointToPoint'],
      ['2014', 'totalToTotal'],
      ['about 2018', 'junction'],
      ['by 2021', 'totalToTotal'],
    ]);
    expect(data.annotations[2]!.text).toBe(
      "The network had grown to 16 agencies, covering 16 categories and 25 items of property (Supreme People's Court).",
    );
    expect(data.annotations[3]!.text).toBe("Linked to 21 national banks and more than 3,900 banking institutions (People's Court Daily).");
    expect(rows.filter((r) => r.source.endsWith('(context)'))).toHaveLength(6);
  });

  test('never credits the interview with what only the context sources say', () => {
    // The item names the two systems only; "network", "national" and "provincial" come from People's Court Daily.
    const { data, rows } = real();
    for (const row of rows.filter((r) => r.source.startsWith('China News Network'))) {
      expect(`${row.element} ${row.says}`, row.element).not.toMatch(/national|provincial|network system|pilot/i);
    }
    for (const channel of data.channels) {
      const [interviewLine] = channel.tip.detail.split('\n');
      expect(interviewLine).not.toMatch(/national|provincial|network/i);
      expect(channel.sublabel).toMatch(/\(context\)$/);
    }
  });
});

describe('layoutNetwork: nodes, links and context, point by point', () => {
  /** A path's first and last points. */
  const ends = (d: string) => {
    const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
    return { from: [n[0]!, n[1]!], to: [n.at(-2)!, n.at(-1)!] };
  };
  const wide = (data = sample()) => layoutNetwork(data, networkWords, at(640, 10, 10, { measure: halfEm }));
  const narrow = (data = sample()) => layoutNetwork(data, networkWords, at(300, 10, 10, { measure: halfEm }));
  const node = (l: NetworkLayout, id: string) => l.nodes.find((n) => n.id === id)!;
  const link = (l: NetworkLayout, id: string) => l.links.find((k) => k.id === id)!;
  const lastBaseline = (b: { y: number; step: number; lines: string[] }) => b.y + (b.lines.length - 1) * b.step;
  const labelled = (): NetworkData => ({
    ...sample(),
    channels: [
      { id: 'a', label: 'The national system', sublabel: 'one network across the country', strands: 1, tip },
      { id: 'b', label: 'Local systems', sublabel: 'several', strands: 3, tip },
    ],
  });

  test('the kind of every node, in both orientations', () => {
    for (const l of [wide(), narrow()]) expect(l.nodes.map((n) => [n.id, n.kind])).toEqual([['courts', 'courts'], ['a', 'channel'], ['b', 'channel'], ['P1', 'property'], ['P2', 'property']]);
  });

  test('the direction turns at horizontalFrom', () => {
    expect(layoutNetwork(sample(), networkWords, at(horizontalFrom, 10, 10)).orientation).toBe('horizontal');
    expect(layoutNetwork(sample(), networkWords, at(horizontalFrom - 1, 10, 10)).orientation).toBe('vertical');
  });

  test.each([640, 300])('at %d px each node holds its centred label, then its sublabel, inside its box', (width) => {
    const l = layoutNetwork(labelled(), networkWords, at(width, 10, 10, { measure: halfEm }));
    for (const n of l.nodes) {
      expect(n.label.x, n.id).toBeCloseTo(n.x + n.width / 2, 0);
      expect(n.label.anchor).toBe('middle');
      for (const line of n.label.lines) expect(halfEm(line, 10) * 1.1, `${n.id}: ${line}`).toBeLessThanOrEqual(n.width);
      expect(n.label.y - 10, n.id).toBeGreaterThanOrEqual(n.y);
      if (n.sublabel.lines.length) {
        expect(n.sublabel.x).toBe(n.label.x);
        expect(n.sublabel.y - 10, n.id).toBeGreaterThan(lastBaseline(n.label));
        expect(lastBaseline(n.sublabel), n.id).toBeLessThan(n.y + n.height);
      } else {
        expect(lastBaseline(n.label), n.id).toBeLessThan(n.y + n.height);
      }
    }
  });

  test('labels are measured in bold, sublabels in normal weight', () => {
    const boldWide: typeof halfEm = (text, size, weight) => halfEm(text, size) * (weight === 'bold' ? 2 : 1);
    const data: NetworkData = { ...sample(), channels: [{ id: 'a', label: 'same words', sublabel: 'same words', strands: 1, tip }] };
    const a = node(layoutNetwork(data, networkWords, at(640, 10, 10, { measure: boldWide })), 'a');
    // Bold "same words" is 10 × 10 × 1.1 = 110 wide: the box takes that and its padding, wider than the normal-weight sublabel needs.
    expect(a.width).toBeGreaterThanOrEqual(110);
    expect(a.sublabel.lines).toEqual(['same words']);
  });

  test('wide: courts → each system, system → junction, junction → each property, edge to edge', () => {
    const l = wide();
    const courts = node(l, 'courts');
    const { junction } = l;
    for (const id of ['a', 'b']) {
      const n = node(l, id);
      const { from, to } = ends(link(l, `courts-${id}`).d);
      expect(from).toEqual([courts.x + courts.width, junction.y]);
      expect(to[0]).toBe(n.x);
      expect(to[1]).toBeCloseTo(n.y + n.height / 2, 0);
      const strand = ends(link(l, `${id}-junction-0`).d);
      expect(strand.from[0]).toBeCloseTo(n.x + n.width, 0);
      expect(strand.to).toEqual([junction.x, junction.y]);
    }
    for (const id of ['P1', 'P2']) {
      const n = node(l, id);
      const { from, to } = ends(link(l, `junction-${id}`).d);
      expect(from).toEqual([junction.x, junction.y]);
      expect(to[0]).toBe(n.x);
      expect(to[1]).toBeCloseTo(n.y + n.height / 2, 0);
    }
    expect(l.links.filter((k) => k.strand).map((k) => k.id)).toEqual(['b-junction-0', 'b-junction-1', 'b-junction-2']);
    // The junction between the systems and the property.
    expect(junction.x).toBeGreaterThan(Math.max(...['a', 'b'].map((id) => node(l, id).x + node(l, id).width)));
    expect(junction.x).toBeLessThan(node(l, 'P1').x);
  });

  test('a provincial system’s strands leave it side by side, spread evenly about its middle', () => {
    const l = wide();
    const b = node(l, 'b');
    const starts = [0, 1, 2].map((i) => ends(link(l, `b-junction-${i}`).d).from[1]!);
    expect(starts[0]!).toBeLessThan(starts[1]!);
    expect(starts[1]!).toBeLessThan(starts[2]!);
    expect(starts[1]!).toBeCloseTo(b.y + b.height / 2, 0);
    expect(starts[2]! - starts[1]!).toBeCloseTo(starts[1]! - starts[0]!, 0);
    // A single national strand leaves from the middle.
    const a = node(l, 'a');
    expect(ends(link(l, 'a-junction-0').d).from[1]).toBeCloseTo(a.y + a.height / 2, 0);
    // Narrow: the same, across the foot of the box.
    const n = narrow();
    const nb = node(n, 'b');
    const xs = [0, 1, 2].map((i) => ends(link(n, `b-junction-${i}`).d).from);
    expect(xs.map((p) => p[1])).toEqual([nb.y + nb.height, nb.y + nb.height, nb.y + nb.height]);
    expect(xs[1]![0]).toBeCloseTo(nb.x + nb.width / 2, 0);
    expect(xs[0]![0]).toBeLessThan(xs[1]![0]!);
    expect(xs[2]![0]! - xs[1]![0]!).toBeCloseTo(xs[1]![0]! - xs[0]![0]!, 0);
  });

  test('wide, one system: it sits level with the courts and the junction', () => {
    const l = wide({ ...sample(), channels: [sample().channels[1]!] });
    const b = node(l, 'b');
    expect(b.y + b.height / 2).toBeCloseTo(l.junction.y, 0);
    const courts = node(l, 'courts');
    expect(courts.y + courts.height / 2).toBeCloseTo(l.junction.y, 0);
  });

  test('wide, no systems at all: the courts and the property still lay out', () => {
    const l = wide({ ...sample(), channels: [], annotations: [] });
    expect(l.nodes.map((n) => n.id)).toEqual(['courts', 'P1', 'P2']);
    expectClean(l);
  });

  test('wide: each note starts right of its pin, says “Context” and its date, and stops short of the next pin', () => {
    const l = wide();
    const pinX = new Map(l.pins.map((p, i) => [['a', 'b', 'junction'][i], p.x1]));
    const [x, y, z] = l.annotations;
    expect(x!.heading.lines.join(' ')).toBe('Context · 2014');
    expect(y!.heading.lines.join(' ')).toBe('Context · 2012');
    expect(x!.heading.x).toBeGreaterThan(pinX.get('a')!);
    expect(y!.heading.x).toBeGreaterThan(pinX.get('b')!);
    expect(z!.heading.x).toBeGreaterThan(pinX.get('junction')!);
    // The pin of a system stands on the system's box.
    const a = node(l, 'a');
    expect(pinX.get('a')!).toBeGreaterThan(a.x);
    expect(pinX.get('a')!).toBeLessThan(a.x + a.width);
    // A long note under the provincial system wraps before the junction's pin.
    const long = wide({ ...sample(), annotations: [{ id: 'y', attach: 'b', date: '2012', about: 'B', text: 'Provincial systems linked the courts with the local banks one province after another' }, sample().annotations[2]!] });
    const note = long.annotations[0]!;
    expect(note.text.lines.length).toBeGreaterThan(1);
    for (const line of note.text.lines) expect(note.text.x + halfEm(line, 10) * 1.1, line).toBeLessThan(long.junction.x);
  });

  test('wide: two notes on one system stack, and its pin reaches the furthest marker', () => {
    const data: NetworkData = {
      ...sample(),
      annotations: [
        { id: 'x1', attach: 'a', date: '2014', about: 'A', text: 'First about A' },
        { id: 'x2', attach: 'a', date: '2016', about: 'A', text: 'Second about A' },
        { id: 'y1', attach: 'b', date: '2012', about: 'B', text: 'First about B' },
        { id: 'y2', attach: 'b', date: '2013', about: 'B', text: 'Second about B' },
      ],
    };
    const l = wide(data);
    const [x1, x2, y1, y2] = l.annotations;
    expect(x2!.heading.y - 10).toBeGreaterThan(lastBaseline(x1!.text));
    expect(y2!.heading.y - 10).toBeGreaterThan(lastBaseline(y1!.text));
    const [pinA, pinB] = l.pins;
    // Above the first system the pin runs up to the highest marker, below the second down to the lowest.
    expect(pinA!.y2).toBe(Math.min(x1!.marker.cy, x2!.marker.cy));
    expect(pinB!.y2).toBe(Math.max(y1!.marker.cy, y2!.marker.cy));
    expect(pinB!.y2).toBe(y2!.marker.cy);
    // Each marker sits on its heading's line.
    for (const a of l.annotations) {
      expect(a.marker.cy).toBeLessThan(a.heading.y);
      expect(a.marker.cy).toBeGreaterThan(a.heading.y - 10);
    }
    expect(l.height).toBeGreaterThanOrEqual(lastBaseline(y2!.text));
    expectClean(l);
  });

  test('narrow: three systems share the width evenly, as tall as the tallest', () => {
    const data: NetworkData = {
      ...sample(),
      channels: [
        { id: 'a', label: 'A', strands: 1, tip },
        { id: 'b', label: 'A much longer label that wraps', sublabel: 'and a sublabel too', strands: 1, tip },
        { id: 'c', label: 'C', strands: 1, tip },
      ],
    };
    const l = narrow(data);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => node(l, id));
    expect(c!.x + c!.width).toBeCloseTo(300, 0);
    expect(a!.width).toBe(b!.width);
    expect(b!.x).toBeGreaterThan(a!.x + a!.width);
    expect(c!.x).toBeGreaterThan(b!.x + b!.width);
    expect(b!.x - (a!.x + a!.width)).toBeCloseTo(c!.x - (b!.x + b!.width), 0);
    expect(new Set([a!.height, b!.height, c!.height]).size).toBe(1);
    expect(lastBaseline(b!.sublabel)).toBeLessThan(b!.y + b!.height);
    expectClean(l);
  });

  test('narrow: the junction under the systems, the property heading under it, the context list under the property, all inside', () => {
    const l = narrow({ ...sample(), annotations: [{ id: 'x', attach: 'a', date: '2014', about: 'A', text: 'A note long enough that it wraps onto more than one line at this narrow width of the chart' }] });
    const bottoms = ['a', 'b'].map((id) => node(l, id).y + node(l, id).height);
    expect(l.junction.y).toBeGreaterThan(Math.max(...bottoms));
    expect(l.propertyHeading.y - 10).toBeGreaterThan(l.junction.y);
    expect(node(l, 'P1').y).toBeGreaterThan(lastBaseline(l.propertyHeading));
    const lastProperty = node(l, 'P2');
    const [note] = l.annotations;
    expect(note!.heading.y - 10).toBeGreaterThan(lastProperty.y + lastProperty.height);
    expect(note!.text.lines.length).toBeGreaterThan(1);
    for (const line of note!.text.lines) expect(note!.text.x + halfEm(line, 10) * 1.1, line).toBeLessThanOrEqual(300);
    expect(l.height).toBeGreaterThanOrEqual(lastBaseline(note!.text));
    // Every link is drawn.
    for (const k of l.links) expect(k.d, k.id).toMatch(/^M/);
    const courts = node(l, 'courts');
    const a = node(l, 'a');
    const down = ends(link(l, 'courts-a').d);
    expect(down.from).toEqual([courts.x + courts.width / 2, courts.height]);
    expect(down.to[0]).toBeCloseTo(a.x + a.width / 2, 0);
    expect(down.to[1]).toBe(a.y);
  });
});
