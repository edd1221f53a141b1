/**
 * The inspection-and-control network: courts, the two systems they search
 * through, and the kinds of property the interview names, as a node-link
 * diagram, with dated context pinned to the element it concerns.
 * Wide layouts run left to right; narrow ones top to bottom.
 * Pure: data and width in, marks out.
 */
import { linkHorizontal, linkVertical, line } from 'd3-shape';
import { max, sum } from 'd3-array';
import type { LayoutOptions, Tip } from '../common/chart';
import type { NetworkWords } from './chart';
import { circlesPath, linesPath } from '../common/path';
import { latinMetrics, linesHeight, middleBaseline, textBlock, type TextBlock } from '../common/text';
import { round1, textWidth as calibrated, withMargin, wrapText as wrapWith, type Weight } from '../../lib/measure';

type Point = [number, number];

/** A box as the diagram draws it: its words (chart.ts) and its detail. */
export interface NetworkNodeDatum {
  id: string;
  /** "Courts", "“Total to total”", "Bank deposits". */
  label: string;
  /** A second, smaller line: "national network". */
  sublabel?: string;
  tip: Tip;
}

export interface NetworkChannelDatum extends NetworkNodeDatum {
  /** Lines drawn from the system on to the property: one national link, or several provincial ones. */
  strands: number;
}

export interface NetworkAnnotationDatum {
  id: string;
  /** The node it concerns (a channel's id), or "junction" for the network as a whole. */
  attach: string;
  /** "2014", "by 2021", "about 2018". */
  date: string;
  /** The element it concerns, named where the layout cannot pin it beside it. */
  about: string;
  /** What the context source says, ending with the source's name. */
  text: string;
}

export interface NetworkData {
  courts: NetworkNodeDatum;
  channels: NetworkChannelDatum[];
  /** "Property of the person enforced against, such as". */
  propertyHeading: string;
  property: NetworkNodeDatum[];
  annotations: NetworkAnnotationDatum[];
}

export interface NetworkNode {
  id: string;
  kind: 'courts' | 'channel' | 'property';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centred lines: bold label, then the smaller sublabel. */
  label: TextBlock;
  sublabel: TextBlock;
  tip: Tip;
}

export interface NetworkLink {
  id: string;
  d: string;
  /** A strand is one of several thin lines from a provincial system. */
  strand: boolean;
}

export interface NetworkAnnotation {
  id: string;
  /** Grey dot where the annotation meets its pin (or starts, in a list). */
  marker: { cx: number; cy: number };
  heading: TextBlock;
  text: TextBlock;
}

export interface NetworkLayout {
  width: number;
  height: number;
  fontSize: number;
  smallSize: number;
  orientation: 'horizontal' | 'vertical';
  nodes: NetworkNode[];
  links: NetworkLink[];
  junction: { x: number; y: number; r: number; visible: boolean };
  propertyHeading: TextBlock;
  annotations: NetworkAnnotation[];
  /** Dashed pins from a node to the context about it. */
  pins: { x1: number; y1: number; x2: number; y2: number }[];
  /** The links, pins and context markers as one path per style: the channels' trunks, their strands, the pins, the markers. */
  paths: { trunks: string; strands: string; pins: string; markers: string };
}

/** One path per style of the marks that carry no detail of their own. */
const markPaths = ({ links, pins, annotations }: Pick<NetworkLayout, 'links' | 'pins' | 'annotations'>): NetworkLayout['paths'] => ({
  trunks: links.filter((l) => !l.strand).map((l) => l.d).join(''),
  strands: links.filter((l) => l.strand).map((l) => l.d).join(''),
  pins: linesPath(pins),
  markers: circlesPath(annotations.map((a) => ({ ...a.marker, r: 3.5 }))),
});

/** From this width the diagram runs left to right. */
export const horizontalFrom = 480;

type Box = { lines: string[]; sub: string[]; width: number; height: number };

/** The sizes and mark makers both orientations share, for one font size and text measure, and the notes' headings. */
function networkKit({ fontSize, smallSize, measure = calibrated, metrics = latinMetrics }: LayoutOptions, headings: NetworkWords['annotation']) {
  const textWidth = withMargin(measure);
  const wrapText = (text: string, size: number, maxWidth: number, weight?: Weight) => wrapWith(text, size, maxWidth, weight, textWidth);
  // One line of label text and one of small text, baseline to baseline.
  const lineStep = linesHeight(1, fontSize, metrics);
  const smallStep = linesHeight(1, smallSize, metrics);
  /** Lines at `size` from `top`, each centred in its line height; `anchor` 'middle' centres them on x. */
  const centredLines = (text: string[], x: number, top: number, size: number, anchor?: 'middle') =>
    textBlock(text, { x, y: middleBaseline(top + linesHeight(1, size, metrics) / 2, size, metrics), size, anchor, metrics });
  const pad = Math.round(fontSize * 0.5);
  const gap = Math.round(fontSize * 0.5);
  const markerGap = Math.round(smallSize * 0.9);
  const linkH = linkHorizontal().digits(1);
  const linkV = linkVertical().digits(1);

  /** A node's wrapped text and size, no wider than maxWidth. */
  const box = (d: NetworkNodeDatum, maxWidth: number): Box => {
    const inner = Math.max(maxWidth - 2 * pad, 1);
    const lines = wrapText(d.label, fontSize, inner, 'bold');
    const sub = d.sublabel ? wrapText(d.sublabel, smallSize, inner) : [];
    const widest = max([...lines.map((t) => textWidth(t, fontSize, 'bold')), ...sub.map((t) => textWidth(t, smallSize))]) ?? 0;
    return {
      lines,
      sub,
      width: Math.min(maxWidth, widest + 2 * pad),
      height: 2 * pad + lines.length * lineStep + sub.length * smallStep,
    };
  };

  const place = (d: NetworkNodeDatum, kind: NetworkNode['kind'], b: Box, x: number, y: number, w = b.width, h = b.height): NetworkNode => {
    const cx = round1(x + w / 2);
    const top = y + (h - (b.height - 2 * pad)) / 2;
    return {
      id: d.id,
      kind,
      x: round1(x),
      y: round1(y),
      width: round1(w),
      height: round1(h),
      label: centredLines(b.lines, cx, top, fontSize, 'middle'),
      sublabel: centredLines(b.sub, cx, top + b.lines.length * lineStep, smallSize, 'middle'),
      tip: d.tip,
    };
  };

  /** An annotation block: heading and wrapped text starting at (x, y), no wider than maxWidth. */
  const annotation = (a: NetworkAnnotationDatum, heading: string, x: number, y: number, maxWidth: number, markerX: number) => {
    const headingLines = wrapText(heading, smallSize, maxWidth, 'bold');
    const textLines = wrapText(a.text, smallSize, maxWidth);
    const block: NetworkAnnotation = {
      id: a.id,
      marker: { cx: round1(markerX), cy: round1(y + smallStep / 2) },
      heading: centredLines(headingLines, x, y, smallSize),
      text: centredLines(textLines, x, y + headingLines.length * smallStep, smallSize),
    };
    return { block, height: (headingLines.length + textLines.length) * smallStep };
  };

  const strandOffsets = (n: number, spread: number) => Array.from({ length: n }, (_, i) => (n > 1 ? (i - (n - 1) / 2) * spread : 0));
  const channelLinks = (channel: NetworkChannelDatum, from: (offset: number) => Point, to: Point, link: typeof linkH): NetworkLink[] =>
    strandOffsets(channel.strands, pad * 0.8).map((offset, i) => ({
      id: `${channel.id}-junction-${i}`,
      d: link({ source: from(offset), target: to }) ?? '',
      strand: channel.strands > 1,
    }));

  return { smallSize, textWidth, wrapText, lineStep, smallStep, centredLines, pad, gap, markerGap, linkH, linkV, box, place, annotation, channelLinks, headings };
}

type Kit = ReturnType<typeof networkKit>;
/** What an orientation lays out; layoutNetwork adds the options and the paths. */
type Marks = Omit<NetworkLayout, 'width' | 'fontSize' | 'smallSize' | 'paths'>;

export function layoutNetwork(data: NetworkData, words: Pick<NetworkWords, 'annotation'>, options: LayoutOptions): NetworkLayout {
  const { width, fontSize, smallSize } = options;
  const kit = networkKit(options, words.annotation);
  const marks = width >= horizontalFrom ? layoutHorizontal(data, width, kit) : layoutVertical(data, width, kit);
  return { width, fontSize, smallSize, ...marks, paths: markPaths(marks) };
}

/** Wide: left to right, in columns (courts | systems | junction | property), with lanes of context above and below. */
function layoutHorizontal(data: NetworkData, width: number, kit: Kit): Marks {
  const { smallSize, textWidth, wrapText, lineStep, smallStep, centredLines, gap, linkH, box, place, channelLinks } = kit;
  const courtsBox = box(data.courts, width * 0.2);
  const channelBoxes = data.channels.map((c) => box(c, width * 0.26));
  const channelWidth = max(channelBoxes, (b) => b.width) ?? 0;
  const propertyBoxes = data.property.map((p) => box(p, width * 0.24));
  const headingLines = wrapText(data.propertyHeading, smallSize, width * 0.3);
  const propertyWidth = Math.max(max(propertyBoxes, (b) => b.width) ?? 0, max(headingLines, (t) => textWidth(t, smallSize)) ?? 0);
  const free = Math.max(width - courtsBox.width - channelWidth - propertyWidth, 0);
  const channelX = courtsBox.width + free * 0.3;
  const junctionX = channelX + channelWidth + free * 0.4;
  const propertyX = width - propertyWidth;

  const lanes = contextLanes(data, width, channelX, junctionX, kit);
  const topLane = lanes.place('top', 0);
  const bandTop = topLane.height ? topLane.height + lineStep : 0;

  const headingHeight = headingLines.length * smallStep + gap;
  const propertyStack = headingHeight + sum(propertyBoxes, (b) => b.height) + Math.max(propertyBoxes.length - 1, 0) * gap;
  const channelStack = sum(channelBoxes, (b) => b.height) + Math.max(channelBoxes.length - 1, 0) * lineStep * 2;
  const band = Math.max(propertyStack, channelStack, courtsBox.height);
  const cy = bandTop + band / 2;

  const nodes: NetworkNode[] = [];
  const links: NetworkLink[] = [];
  const courts = place(data.courts, 'courts', courtsBox, 0, cy - courtsBox.height / 2);
  nodes.push(courts);
  const junction = { x: round1(junctionX), y: round1(cy), r: 3.5, visible: data.property.length > 0 };

  // Systems spread over the band's height, first at the top.
  const channelGap = data.channels.length > 1 ? (band - sum(channelBoxes, (b) => b.height)) / (data.channels.length - 1) : 0;
  let y = data.channels.length > 1 ? bandTop : cy - (channelBoxes[0]?.height ?? 0) / 2;
  data.channels.forEach((c, i) => {
    const b = channelBoxes[i]!;
    const node = place(c, 'channel', b, channelX, y, channelWidth);
    nodes.push(node);
    links.push({
      id: `courts-${c.id}`,
      d: linkH({ source: [courts.x + courts.width, cy], target: [node.x, node.y + node.height / 2] }) ?? '',
      strand: false,
    });
    if (junction.visible) {
      links.push(...channelLinks(c, (o) => [node.x + node.width, node.y + node.height / 2 + o], [junctionX, cy], linkH));
    }
    y += b.height + channelGap;
  });

  y = cy - propertyStack / 2;
  const propertyHeading = centredLines(headingLines, propertyX, y, smallSize);
  y += headingHeight;
  data.property.forEach((p, i) => {
    const b = propertyBoxes[i]!;
    const node = place(p, 'property', b, propertyX, y, propertyWidth);
    nodes.push(node);
    links.push({ id: `junction-${p.id}`, d: linkH({ source: [junctionX, cy], target: [node.x, node.y + node.height / 2] }) ?? '', strand: false });
    y += b.height + gap;
  });

  const bandBottom = bandTop + band;
  const bottomLane = lanes.place('bottom', bandBottom + lineStep);
  const annotations = [...topLane.placed, ...bottomLane.placed];
  const pins = lanes.pins(annotations, nodes, cy);
  const height = Math.ceil(bottomLane.height ? bandBottom + lineStep + bottomLane.height : bandBottom);
  return { height, orientation: 'horizontal', nodes, links, junction, propertyHeading, annotations, pins };
}

/**
 * The wide layout's context: a lane above the diagram for the first system, one below for the others and the
 * network, each note beside its pin and clear of the next pin to its right.
 */
function contextLanes(data: NetworkData, width: number, channelX: number, junctionX: number, { pad, gap, markerGap, annotation, headings }: Kit) {
  const firstChannel = data.channels[0]?.id;
  const lanes = {
    top: data.annotations.filter((a) => a.attach === firstChannel),
    bottom: data.annotations.filter((a) => a.attach !== firstChannel),
  };
  const pinX = (attach: string) => (attach === 'junction' ? junctionX : channelX + pad * 1.5);
  const laneRight = (attach: string) => {
    if (attach === 'junction' || attach === firstChannel) return width;
    const right = lanes.bottom.filter((a) => a.attach !== attach).map((a) => pinX(a.attach)).filter((x) => x > pinX(attach));
    return Math.min(...right, width + markerGap) - markerGap;
  };
  /** A lane's notes from startY, each under the last note on the same pin, and the lane's height. */
  const place = (lane: keyof typeof lanes, startY: number) => {
    const bottoms: number[] = [];
    const byAttach = new Map<string, number>();
    const placed = lanes[lane].map((a) => {
      const x = pinX(a.attach) + markerGap;
      const y = byAttach.get(a.attach) ?? startY;
      const { block, height } = annotation(a, headings.pinned(a.date), x, y, laneRight(a.attach) - x, pinX(a.attach));
      byAttach.set(a.attach, y + height + gap);
      bottoms.push(y + height);
      return block;
    });
    return { placed, height: bottoms.length ? Math.max(...bottoms) - startY : 0 };
  };
  /** Pins run from the node's edge (the junction's centre for the network) to the furthest marker of its notes. */
  const pins = (placed: NetworkAnnotation[], nodes: NetworkNode[], cy: number): NetworkLayout['pins'] => {
    const attachOf = new Map(data.annotations.map((a) => [a.id, a.attach]));
    return [...new Set(data.annotations.map((a) => a.attach))].map((attach) => {
      const node = nodes.find((n) => n.id === attach);
      const markers = placed.filter((b) => attachOf.get(b.id) === attach).map((b) => b.marker.cy);
      const isTop = attach === firstChannel;
      const from = node ? (isTop ? node.y : node.y + node.height) : cy;
      const to = isTop ? Math.min(...markers) : Math.max(...markers);
      return { x1: round1(pinX(attach)), y1: round1(from), x2: round1(pinX(attach)), y2: round1(to) };
    });
  };
  return { place, pins };
}

/** Narrow: top to bottom. Courts, the systems side by side, then the property as a tree, then the context as a list. */
function layoutVertical(data: NetworkData, width: number, kit: Kit): Marks {
  const { smallSize, wrapText, lineStep, smallStep, centredLines, pad, gap, markerGap, linkV, box, place, annotation, channelLinks, headings } = kit;
  const nodes: NetworkNode[] = [];
  const links: NetworkLink[] = [];
  const courtsBox = box(data.courts, width);
  const courts = place(data.courts, 'courts', courtsBox, (width - courtsBox.width) / 2, 0);
  nodes.push(courts);
  const drop = lineStep * 1.8;
  const columns = Math.max(data.channels.length, 1);
  const channelWidth = (width - gap * (columns - 1)) / columns;
  const channelBoxes = data.channels.map((c) => box(c, channelWidth));
  const channelHeight = max(channelBoxes, (b) => b.height) ?? 0;
  const channelY = courts.height + drop;
  const junctionY = channelY + channelHeight + drop * 2;
  const junctionX = pad;
  const junction = { x: round1(junctionX), y: round1(junctionY), r: 3.5, visible: data.property.length > 0 };
  data.channels.forEach((c, i) => {
    const node = place(c, 'channel', channelBoxes[i]!, i * (channelWidth + gap), channelY, channelWidth, channelHeight);
    nodes.push(node);
    const cx = node.x + node.width / 2;
    links.push({ id: `courts-${c.id}`, d: linkV({ source: [courts.x + courts.width / 2, courts.height], target: [cx, node.y] }) ?? '', strand: false });
    if (junction.visible) links.push(...channelLinks(c, (o) => [cx + o, node.y + node.height], [junctionX, junctionY], linkV));
  });

  // Property hangs off a trunk from the junction: elbow links drawn with d3's line.
  const indent = junctionX + pad * 2;
  const propertyWidth = width - indent;
  const headingLines = wrapText(data.propertyHeading, smallSize, propertyWidth);
  let y = junctionY + gap;
  const propertyHeading = centredLines(headingLines, indent, y, smallSize);
  y += headingLines.length * smallStep + gap;
  const elbow = line<Point>().digits(1);
  for (const p of data.property) {
    const b = box(p, propertyWidth);
    const node = place(p, 'property', b, indent, y, propertyWidth);
    nodes.push(node);
    const my = node.y + node.height / 2;
    links.push({ id: `junction-${p.id}`, d: elbow([[junctionX, junctionY], [junctionX, my], [indent, my]]) ?? '', strand: false });
    y += b.height + gap;
  }

  y += lineStep - gap;
  const annotations: NetworkAnnotation[] = [];
  for (const a of data.annotations) {
    y += gap;
    const { block, height } = annotation(a, headings.listed(a.date, a.about), markerGap, y, width - markerGap, 3.5);
    annotations.push(block);
    y += height;
  }
  return { height: Math.ceil(y), orientation: 'vertical', nodes, links, junction, propertyHeading, annotations, pins: [] };
}
