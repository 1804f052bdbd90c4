/**
 * Fingerprints of a series' rows up to each row, so that "have the inputs of the brief for date D
 * changed?" costs O(1) per series and date. Entry k covers rows 0..k (dates and every column);
 * a revised past value changes every later fingerprint. A fast non-cryptographic 53-bit hash
 * (cyrb53-style mixing), chained row by row: meant for change detection, not for security.
 */
import type { Series } from '../model/series.js';

const cache = new WeakMap<Series, Float64Array>();
const buf = new Float64Array(1);
const words = new Uint32Array(buf.buffer);

function mixNumber(h1: number, h2: number, x: number): [number, number] {
  buf[0] = x;
  for (const w of words) {
    h1 = Math.imul(h1 ^ w, 2654435761);
    h2 = Math.imul(h2 ^ w, 1597334677);
  }
  return [h1, h2];
}

function mixString(h1: number, h2: number, s: string): [number, number] {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return [h1, h2];
}

function finish(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Fingerprint of rows 0..k for every k, computed once per series. */
export function seriesFingerprints(s: Series): Float64Array {
  const hit = cache.get(s);
  if (hit) return hit;
  const cols = [s.close, s.open, s.high, s.low, s.adjClose, s.volume];
  const out = new Float64Array(s.dates.length);
  let prev = 0;
  for (let k = 0; k < s.dates.length; k++) {
    let h: [number, number] = [0xdeadbeef ^ prev, 0x41c6ce57 ^ (prev / 4294967296)];
    h = mixString(h[0], h[1], s.dates[k] as string);
    for (const c of cols) h = mixNumber(h[0], h[1], c ? (c[k] as number) : -1);
    prev = finish(h[0], h[1]);
    out[k] = prev;
  }
  cache.set(s, out);
  return out;
}
