/** The TrueType reader the glyph check rests on: cmap formats 4 and 12, and advance widths, on real fonts and on hand-built tables. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { advanceWidths, readCmap } from '../../../src/share/ttf';
import { projectRoot } from '../../helpers/build';
import { cmapWith, format12, sfnt, u16 } from './sfnt';

const fonts = join(projectRoot, 'src', 'assets', 'fonts');
const dejaVu = readFileSync(join(fonts, 'DejaVuSans.ttf'));

describe('readCmap', () => {
  test('format 4: a segment by delta, one through glyphIdArray (a 0 there is no glyph), and the closing 0xFFFF segment', () => {
    // Segments: A–C by delta (+3 → glyphs 68–70); 一–丂 through glyphIdArray [7, 0, 9]; 0xFFFF.
    const segX2 = 6;
    const ends = [0x43, 0x4e02, 0xffff];
    const starts = [0x41, 0x4e00, 0xffff];
    const deltas = [3, 0, 1];
    // idRangeOffset of segment 1 points from its own entry to glyphIdArray[0]: past entry 2 (2 bytes) = 4 bytes.
    const rangeOffsets = [0, 4, 0];
    const glyphIds = [7, 0, 9];
    const body = [...ends.flatMap(u16), ...u16(0), ...starts.flatMap(u16), ...deltas.flatMap(u16), ...rangeOffsets.flatMap(u16), ...glyphIds.flatMap(u16)];
    const subtable = [...u16(4), ...u16(14 + body.length), ...u16(0), ...u16(segX2), ...u16(4), ...u16(1), ...u16(2), ...body];
    const cmap = readCmap(sfnt({ cmap: cmapWith(1, subtable) }));
    expect([...cmap]).toEqual([
      [0x41, 0x44],
      [0x42, 0x45],
      [0x43, 0x46],
      [0x4e00, 7],
      [0x4e02, 9],
    ]);
  });

  test('format 12: groups over the whole of Unicode, beyond the BMP', () => {
    const subtable = format12([
      [0x20, 0x21, 3],
      [0x20000, 0x20001, 10],
    ]);
    expect([...readCmap(sfnt({ cmap: cmapWith(10, subtable) }))]).toEqual([
      [0x20, 3],
      [0x21, 4],
      [0x20000, 10],
      [0x20001, 11],
    ]);
  });

  test('on DejaVu Sans, formats 4 and 12 agree on the BMP; it has “’…” and no Han', () => {
    const full = readCmap(dejaVu);
    const bmp = readCmap(dejaVu, 4);
    expect(bmp.size).toBeGreaterThan(3000);
    expect(new Map([...full].filter(([cp]) => cp <= 0xffff))).toEqual(bmp);
    for (const ch of 'A“’…') expect(full.has(ch.codePointAt(0)!), ch).toBe(true);
    expect(full.has('约'.codePointAt(0)!)).toBe(false);
  });

  test('names what it cannot read', () => {
    expect(() => readCmap(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toThrow(/not a TrueType or OpenType font/);
    expect(() => readCmap(sfnt({ head: [0, 0] }))).toThrow('font has no "cmap" table');
    // A format 6 subtable (a trimmed table, 0 entries) only.
    const format6Only = sfnt({ cmap: cmapWith(1, [...u16(6), ...u16(10), ...u16(0), ...u16(0), ...u16(0)]) });
    expect(() => readCmap(format6Only)).toThrow('font has no Unicode cmap subtable of format 4 or 12');
    expect(() => readCmap(format6Only, 12)).toThrow('font has no Unicode cmap subtable of format 12');
  });
});

describe('advanceWidths', () => {
  test('reads hmtx in em: DejaVu’s A is 0.684 em, its … a full em', () => {
    const cmap = readCmap(dejaVu);
    const advance = advanceWidths(dejaVu);
    expect(advance(cmap.get(0x41)!)).toBeCloseTo(0.684, 3);
    expect(advance(cmap.get(0x2026)!)).toBe(1);
  });
});
