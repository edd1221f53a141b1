/**
 * The case types, grouped in families: one equal-sized tile per type (the
 * source gives no numbers per type, so no tile is bigger than another), under
 * a heading naming its family. Families sit side by side when the width allows,
 * otherwise one under another. Pure: data and width in, marks out.
 */
import { max, sum } from 'd3-array';
import type { LayoutOptions, Tip } from '../common/chart';
import { rectsPath } from '../common/path';
import { firstBaseline, latinMetrics, lineMiddle, linesHeight, textBlock, type TextBlock } from '../common/text';
import { round1, textWidth, wrapText } from '../../lib/measure';

export type FamilyId = 'work' | 'family' | 'injury';

/** A type as its tile shows it: its words (chart.ts). */
export interface CaseTypeDatum {
  id: string;
  /** The type's precise rendering, shown on the tile. */
  label: string;
  /** Hover/focus detail: "Chinese: …\nThe English item says: “…”". */
  detail: string;
  /** Rural migrant workers' own type: its rule takes the accent, as they do in every chart. */
  accent?: boolean;
}

export interface FamilyDatum {
  id: FamilyId;
  /** "Work and wages". */
  label: string;
  types: CaseTypeDatum[];
}

export interface CaseTypeTile {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  accent: boolean;
  /** First baseline and lines of the tile's label. */
  text: TextBlock;
  tip: Tip;
}

export interface FamilyGroup {
  id: FamilyId;
  colour: FamilyId;
  /** A square swatch before the family's name. */
  swatch: { x: number; y: number; size: number };
  heading: TextBlock;
  tiles: CaseTypeTile[];
  /** The family's colour as one path: its swatch and the rule along the top of each of its tiles (an accent tile's aside). */
  rules: string;
}

export interface CaseTypesLayout {
  width: number;
  height: number;
  fontSize: number;
  smallSize: number;
  /** 'columns': families side by side; 'stacked': one under another. */
  arrangement: 'columns' | 'stacked';
  families: FamilyGroup[];
  /** The accent tiles' rules, one path. */
  accentRules: string;
}

/** The coloured rule along the top of a tile. */
export const ruleHeight = 4;

/** Space between family columns (or between stacked families, vertically). */
export const familyGap = 14;
/** Space between tiles. */
export const tileGap = 6;
/** Text inset inside a tile. */
export const tilePadding = 8;
/**
 * Share of the available width a line may fill by the estimate: real fonts
 * (DejaVu Sans bold in the test browser) run up to about 8% wider than textWidth says.
 */
export const fit = 0.9;

export function layoutCaseTypes(families: FamilyDatum[], { width, fontSize, smallSize, measure = textWidth, metrics = latinMetrics }: LayoutOptions): CaseTypesLayout {
  const n = families.length;
  // Side by side only when each column keeps a comfortable measure.
  const minColumn = fontSize * 12;
  const columnWidth = n > 0 ? (width - familyGap * (n - 1)) / n : width;
  const arrangement = n > 1 && columnWidth >= minColumn ? 'columns' : 'stacked';
  const boxWidth = arrangement === 'columns' ? columnWidth : width;

  const swatchSize = Math.round(fontSize * 0.8);
  const headingX = swatchSize + 6;
  const headingLines = families.map((f) => wrapText(f.label, fontSize, (boxWidth - headingX) * fit, 'bold', measure));
  const tileLines = families.map((f) => f.types.map((t) => wrapText(t.label, fontSize, (boxWidth - 2 * tilePadding) * fit, 'normal', measure)));
  // Every tile the same size: as tall as the tile with the most lines.
  const maxLines = max(tileLines.flat(), (lines) => lines.length) ?? 0;
  const tileHeight = Math.ceil(linesHeight(maxLines, fontSize, metrics) + 2 * tilePadding + ruleHeight);
  // In columns the tiles start on a common line below the tallest heading.
  const headingHeight = (lines: string[]) => linesHeight(lines.length, fontSize, metrics) + 6;
  const sharedHeading = max(headingLines, headingHeight) ?? 0;

  let y = 0;
  let height = 0;
  const groups = families.map((family, i): FamilyGroup => {
    const x = arrangement === 'columns' ? i * (columnWidth + familyGap) : 0;
    const top = arrangement === 'columns' ? 0 : y;
    const lines = headingLines[i]!;
    const headingY = firstBaseline(top, fontSize, metrics);
    let tileY = top + (arrangement === 'columns' ? sharedHeading : headingHeight(lines));
    const tiles = family.types.map((t, j): CaseTypeTile => {
      const textLines = tileLines[i]![j]!;
      const tile = {
        id: t.id,
        x: round1(x),
        y: round1(tileY),
        width: round1(boxWidth),
        height: tileHeight,
        accent: t.accent ?? false,
        // Text centred vertically in the tile below its rule, left-aligned.
        text: textBlock(textLines, {
          x: x + tilePadding,
          y: firstBaseline(tileY + ruleHeight + (tileHeight - ruleHeight - linesHeight(textLines.length, fontSize, metrics)) / 2, fontSize, metrics),
          size: fontSize,
          metrics,
        }),
        tip: { title: t.label, detail: t.detail },
      };
      tileY += tileHeight + tileGap;
      return tile;
    });
    const bottom = family.types.length ? tileY - tileGap : tileY;
    height = Math.max(height, bottom);
    y = bottom + familyGap + (arrangement === 'stacked' ? fontSize * 0.5 : 0);
    const swatch = { x: round1(x), y: round1(lineMiddle(headingY, fontSize, metrics) - swatchSize / 2), size: swatchSize };
    const rule = (t: CaseTypeTile) => ({ x: t.x, y: t.y, width: t.width, height: ruleHeight });
    return {
      id: family.id,
      colour: family.id,
      swatch,
      heading: textBlock(lines, { x: x + headingX, y: headingY, size: fontSize, metrics }),
      tiles,
      rules: rectsPath([{ x: swatch.x, y: swatch.y, width: swatchSize, height: swatchSize }, ...tiles.filter((t) => !t.accent).map(rule)]),
    };
  });
  const accentRules = rectsPath(groups.flatMap((g) => g.tiles.filter((t) => t.accent).map((t) => ({ x: t.x, y: t.y, width: t.width, height: ruleHeight }))));
  return { width, height: Math.ceil(height), fontSize, smallSize, arrangement, families: groups, accentRules };
}

/** Widest tile label, for tests: it must fit inside its tile. */
export function widestLine(layout: CaseTypesLayout): number {
  return max(layout.families.flatMap((f) => f.tiles.flatMap((t) => t.text.lines)), (l) => textWidth(l, layout.fontSize)) ?? 0;
}

/** Number of tiles, for tests. */
export const tileCount = (layout: CaseTypesLayout): number => sum(layout.families, (f) => f.tiles.length);
