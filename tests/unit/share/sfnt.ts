/** A font file built by hand, holding only the tables a test gives it: enough for the cmap and hmtx readers. */
export const u16 = (n: number): number[] => [(n >> 8) & 0xff, n & 0xff];
export const u32 = (n: number): number[] => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];

export function sfnt(tables: Record<string, number[]>): Uint8Array {
  const tags = Object.keys(tables);
  const bytes: number[] = [0, 1, 0, 0, ...u16(tags.length), 0, 0, 0, 0, 0, 0];
  let offset = 12 + tags.length * 16;
  const body: number[] = [];
  for (const tag of tags) {
    const data = tables[tag]!;
    bytes.push(...[...tag].map((c) => c.charCodeAt(0)), 0, 0, 0, 0, ...u32(offset), ...u32(data.length));
    body.push(...data);
    offset += data.length;
  }
  return new Uint8Array([...bytes, ...body]);
}

/** A cmap table with one subtable, platform 3 (Windows) and the given encoding (1: BMP, 10: full Unicode). */
export const cmapWith = (encoding: number, subtable: number[]): number[] => [...u16(0), ...u16(1), ...u16(3), ...u16(encoding), ...u32(12), ...subtable];

/** A cmap format 12 subtable from [first, last, first glyph] groups. */
export const format12 = (groups: [number, number, number][]): number[] => [
  ...u16(12),
  ...u16(0),
  ...u32(16 + groups.length * 12),
  ...u32(0),
  ...u32(groups.length),
  ...groups.flat().flatMap(u32),
];
