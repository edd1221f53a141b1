/**
 * A small TrueType/OpenType reader: which characters a font file maps to a glyph (its `cmap`, formats
 * 4 and 12, the ones every Unicode font carries) and how wide each glyph is (`hmtx`). The share cards'
 * glyph check reads the committed CJK subset with it, so coverage is what the file holds, not what the
 * subsetter was asked for.
 */

/** The tables of an sfnt file by tag, as offsets into its bytes. */
function tables(font: Uint8Array): { view: DataView; table: (tag: string) => number } {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const version = view.getUint32(0);
  // 0x00010000: TrueType outlines; 'OTTO': CFF; 'true': old Apple TrueType.
  if (version !== 0x00010000 && version !== 0x4f54544f && version !== 0x74727565) {
    throw new Error(`not a TrueType or OpenType font (starts 0x${version.toString(16).padStart(8, '0')})`);
  }
  const count = view.getUint16(4);
  const offsets = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    offsets.set(tag, view.getUint32(record + 8));
  }
  return {
    view,
    table: (tag) => {
      const offset = offsets.get(tag);
      if (offset === undefined) throw new Error(`font has no "${tag}" table`);
      return offset;
    },
  };
}

/**
 * Every code point the font's Unicode cmap maps to a glyph other than .notdef, with that glyph's id.
 * Reads the format 12 subtable (full Unicode) where there is one, else format 4 (the BMP); `format`
 * asks for one of them.
 */
export function readCmap(font: Uint8Array, format?: 4 | 12): Map<number, number> {
  const { view, table } = tables(font);
  const cmap = table('cmap');
  const subtables = view.getUint16(cmap + 2);
  const candidates: { format: number; offset: number }[] = [];
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    // Unicode platform (0), or Windows (3) with Unicode BMP (1) or full repertoire (10).
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) candidates.push({ format: view.getUint16(offset), offset });
  }
  const chosen = format ? candidates.find((c) => c.format === format) : (candidates.find((c) => c.format === 12) ?? candidates.find((c) => c.format === 4));
  if (!chosen) throw new Error(`font has no Unicode cmap subtable of format ${format ?? '4 or 12'}`);
  const map = new Map<number, number>();
  const { offset } = chosen;
  if (chosen.format === 12) {
    const groups = view.getUint32(offset + 12);
    for (let g = 0; g < groups; g++) {
      const group = offset + 16 + g * 12;
      const [start, end, glyph] = [view.getUint32(group), view.getUint32(group + 4), view.getUint32(group + 8)];
      for (let cp = start; cp <= end; cp++) if (glyph + cp - start !== 0) map.set(cp, glyph + cp - start);
    }
    return map;
  }
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const [start, end] = [view.getUint16(starts + s * 2), view.getUint16(ends + s * 2)];
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        // The offset is from the rangeOffset entry itself into glyphIdArray.
        const raw = view.getUint16(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(cp, glyph);
    }
  }
  return map;
}

/** A glyph's advance width in em (hmtx over head's unitsPerEm); glyphs past hhea's count take the last width. */
export function advanceWidths(font: Uint8Array): (glyph: number) => number {
  const { view, table } = tables(font);
  const unitsPerEm = view.getUint16(table('head') + 18);
  const metrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  return (glyph) => view.getUint16(hmtx + Math.min(glyph, metrics - 1) * 4) / unitsPerEm;
}
