/**
 * WOFF 1.0 to a plain TrueType/OpenType font (the "sfnt" it wraps), for the email's chart
 * rasteriser: resvg loads TTF/OTF files only, and the bundled Inter (@fontsource/inter) ships as
 * WOFF/WOFF2. WOFF 1.0 is the sfnt's tables, each optionally zlib-compressed, behind a table
 * directory (https://www.w3.org/TR/WOFF/); unwrapping it needs only node:zlib.
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_ENTRY = 16;

interface Table {
  readonly tag: number;
  readonly checksum: number;
  readonly data: Buffer;
}

function readTables(woff: Buffer, count: number): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    if (offset + compLength > woff.length) throw new Error(`table ${i} runs past the file`);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    if (data.length !== origLength) throw new Error(`table ${i} has the wrong length`);
    tables.push({ tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data });
  }
  return tables;
}

/**
 * The sfnt inside a WOFF 1.0 file (tables kept in the WOFF's order, 4-byte aligned).
 *
 * @throws Error when `woff` is not a WOFF 1.0 file or a table is damaged.
 */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const b = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (b.length < WOFF_HEADER || b.readUInt32BE(0) !== WOFF_SIGNATURE)
    throw new Error('not a WOFF 1.0 file');
  const count = b.readUInt16BE(12);
  const tables = readTables(b, count);
  let selector = 0;
  while (1 << (selector + 1) <= count) selector++;
  const searchRange = (1 << selector) * SFNT_ENTRY;
  const headerSize = 12 + SFNT_ENTRY * count;
  const size = tables.reduce((n, t) => n + ((t.data.length + 3) & ~3), headerSize);
  const out = Buffer.alloc(size);
  out.writeUInt32BE(b.readUInt32BE(4), 0); // flavor: 0x00010000 (TrueType) or 'OTTO'
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(selector, 8);
  out.writeUInt16BE(count * SFNT_ENTRY - searchRange, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + SFNT_ENTRY * i;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out;
}
