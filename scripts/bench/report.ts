/**
 * Plain-line reporting for the bench: medians, units, target verdicts and the summary table.
 * Everything prints as plain lines so a CI log reads the same as a terminal.
 */

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return Math.abs(x) >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`;
}

export function mb(kb: number): string {
  return Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MB` : 'n/a';
}

/** The runs themselves, e.g. "[2.91 s, 3.10 s, 3.40 s]", so a reader sees the spread. */
export function spread(xs: readonly number[], f: (x: number) => string = ms): string {
  return `[${[...xs]
    .sort((a, b) => a - b)
    .map(f)
    .join(', ')}]`;
}

export type Status = 'ok' | 'MISSED' | 'info' | 'not run';

export interface Row {
  readonly what: string;
  readonly value: string;
  readonly target: string;
  readonly status: Status;
  /** How far from the target: "by 0.12x floor" (missed) or "0.18x floor to spare". */
  readonly distance: string;
}

/** Results collected for the summary table, in the order they were measured. */
export const rows: Row[] = [];

/**
 * Compare `value` with an upper bound (`<=` unless `bound` is `<`) and return the verdict text, e.g.
 * "1.12x floor, target <= 1.30x floor: ok, 0.18x floor to spare" or
 * "1.42x floor, target <= 1.30x floor: MISSED by 0.12x floor".
 * The row is recorded for the summary table.
 */
export function check(
  what: string,
  value: number,
  target: number,
  show: (x: number) => string,
  bound: '<=' | '<' = '<=',
): string {
  const ok = bound === '<' ? value < target : value <= target;
  const distance = ok ? `${show(target - value)} to spare` : `by ${show(value - target)}`;
  rows.push({
    what,
    value: show(value),
    target: `${bound} ${show(target)}`,
    status: ok ? 'ok' : 'MISSED',
    distance,
  });
  return `${show(value)}, target ${bound} ${show(target)}: ${ok ? `ok, ${distance}` : `MISSED ${distance}`}`;
}

export function info(what: string, value: string, target = '', status: Status = 'info'): void {
  rows.push({ what, value, target, status, distance: '' });
}

/** Bytes in decimal units, as the issue counts them (1 KB = 1,000 bytes). */
export function bytes(n: number): string {
  if (!Number.isFinite(n)) return 'n/a';
  if (Math.abs(n) >= 1e9) return `${(n / 1e9).toFixed(2)} GB`;
  if (Math.abs(n) >= 1e6) return `${(n / 1e6).toFixed(2)} MB`;
  return `${(n / 1e3).toFixed(1)} KB`;
}

export const times = (x: number): string => `${x.toFixed(2)}x floor`;

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - s.length));
}

/** The closing table: one line per measured figure, plus how many targets were missed. */
export function summaryTable(): string[] {
  const head: Row = {
    what: 'measure',
    value: 'median',
    target: 'target',
    status: 'info',
    distance: 'how far',
  };
  const all = [head, ...rows];
  const width = (k: 'what' | 'value' | 'target' | 'distance'): number =>
    Math.max(...all.map((r) => r[k].length));
  const w = [width('what'), width('value'), width('target'), width('distance')] as const;
  const line = (r: Row, status: string): string =>
    `${pad(r.what, w[0])} | ${pad(r.value, w[1])} | ${pad(r.target, w[2])} | ${pad(status, 7)} | ${r.distance}`;
  const out = [
    line(head, 'status'),
    `${'-'.repeat(w[0])}-+-${'-'.repeat(w[1])}-+-${'-'.repeat(w[2])}-+---------+-${'-'.repeat(w[3])}`,
  ];
  for (const r of rows) out.push(line(r, r.status === 'info' ? '' : r.status));
  const missed = rows.filter((r) => r.status === 'MISSED').length;
  const checked = rows.filter((r) => r.status === 'ok' || r.status === 'MISSED').length;
  out.push(`${checked - missed}/${checked} targets met${missed > 0 ? `, ${missed} MISSED` : ''}`);
  return out;
}
