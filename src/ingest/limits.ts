/**
 * Limits on untrusted input (README "Limits"). A file over its size limit is refused before it
 * is read, so a hostile or corrupt file cannot exhaust memory (the CLI runs with a 320 MB heap).
 */

/** Largest price CSV read (the bundled GSPC.csv, 99 years of sessions, is about 1.2 MB). */
export const MAX_PRICE_FILE_BYTES = 16 * 1024 * 1024;
/** Largest data/universe.json. */
export const MAX_UNIVERSE_BYTES = 256 * 1024;
/** Largest editor's note (data/notes/YYYY-MM-DD.md). */
export const MAX_NOTE_BYTES = 64 * 1024;
/** Largest template file (each .hbs, .css and .md of a templates folder). */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/**
 * Prices accepted in a price CSV (open, high, low, close, adj_close): at least 1e-6 and at most
 * 1e9. Outside that range a value is a vendor or unit error (a close of 1e-320 or 1e308 would
 * make every return, ratio and variance overflow or lose all precision).
 */
export const MIN_PRICE = 1e-6;
export const MAX_PRICE = 1e9;
/** Largest volume accepted (shares traded in one session). */
export const MAX_VOLUME = 1e15;

/** "16 MB", "64 KB": a byte count for messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Number((n / (1024 * 1024)).toFixed(1))} MB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(1))} KB`;
  return `${n} bytes`;
}
