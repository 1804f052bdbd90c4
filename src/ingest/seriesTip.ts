/**
 * A symbol's tip in the parsed-series store: the SHA-256 and UTF-8 length of the last text of its
 * price file that was parsed or extended, so the next run can tell whether today's file only
 * grew by rows at its end (appendedRows.ts). Kept as a small JSON record under its own key; a
 * record that is absent, damaged or not ours reads as no tip (a full parse).
 */
import { createHash } from 'node:crypto';
import type { EarlierText } from './appendedRows.js';

/**
 * The store key of the last text seen for `symbol` (whatever folder it was loaded from: a tip
 * that is not a prefix of the text at hand only costs a full parse).
 */
export function tipKey(symbol: string): string {
  return `tip-${createHash('sha256').update(symbol).digest('hex')}`;
}

/** A tip record as bytes: `{"hash":"<hex>","bytes":<n>}`. */
export function encodeTip(tip: EarlierText): Uint8Array {
  return Buffer.from(JSON.stringify({ hash: tip.hash, bytes: tip.bytes }), 'utf8');
}

/** A tip record read back, or null for anything else (absent, damaged, not ours). */
export function decodeTip(bytes: Uint8Array | null): EarlierText | null {
  if (bytes === null || bytes.length > 200) return null;
  try {
    const v = JSON.parse(Buffer.from(bytes).toString('utf8')) as {
      hash?: unknown;
      bytes?: unknown;
    };
    const ok = typeof v.hash === 'string' && /^[0-9a-f]{64}$/.test(v.hash);
    return ok && Number.isSafeInteger(v.bytes)
      ? { hash: v.hash as string, bytes: v.bytes as number }
      : null;
  } catch {
    return null;
  }
}
