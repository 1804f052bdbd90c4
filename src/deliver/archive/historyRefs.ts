/**
 * The history files a stats.json names (`history.<key>`: `{ file, sha256 }`, see
 * src/render/statsFiles.ts), read as untrusted: a reference counts only when its file is a plain
 * name inside OUT/history/ and its sha256 is 64 hex digits.
 */
import { HISTORY_DIR } from '../../render/statsFiles.js';

/** One history file a stats.json names. */
export interface NamedHistory {
  /** Its key under `history`, e.g. `calendarYears`. */
  readonly key: string;
  /** The file's name in OUT/history/. */
  readonly name: string;
  readonly sha256: string;
}

/** The only form a history path may take, relative to the brief's folder. */
const HISTORY_PATH = new RegExp(`^\\.\\./\\.\\./${HISTORY_DIR}/([a-z0-9-]+\\.json)$`);
const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The history files named by a parsed stats.json (none for schema 1, which has no `history`),
 * and the keys whose reference is malformed.
 */
export function historyRefs(stats: unknown): { refs: NamedHistory[]; bad: string[] } {
  const h = (stats as { history?: unknown } | null)?.history;
  const refs: NamedHistory[] = [];
  const bad: string[] = [];
  if (!h || typeof h !== 'object') return { refs, bad };
  for (const [key, ref] of Object.entries(h as Record<string, unknown>)) {
    const r = (ref ?? {}) as { file?: unknown; sha256?: unknown };
    const m = typeof r.file === 'string' ? HISTORY_PATH.exec(r.file) : null;
    if (m && typeof r.sha256 === 'string' && SHA256.test(r.sha256))
      refs.push({ key, name: m[1] as string, sha256: r.sha256 });
    else bad.push(key);
  }
  return { refs, bad };
}
