/** A PNG's pixel size, read from its signature and IHDR chunk (the first chunk, by the PNG spec). */
const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) throw new Error('not a PNG: bad signature');
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunkType !== 'IHDR') throw new Error(`not a PNG: first chunk is "${chunkType}", not IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
