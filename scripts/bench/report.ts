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
}

/** Results collected for the summary table, in the order they were measured. */
export const rows: Row[] = [];

/**
 * Compare `value` with an upper bound and return the verdict text, e.g.
 * "ok: 1.12x floor (target <= 1.30x)" or "MISSED: 1.62x floor, target 1.30x (24% over)".
 * The row is recorded for the summary table.
 */
export function check(
  what: string,
  value: number,
  target: number,
  show: (x: number) => string,
): string {
  const ok = value <= target;
  const over = ((value / target - 1) * 100).toFixed(0);
  rows.push({
    what,
    value: show(value),
    target: `<= ${show(target)}`,
    status: ok ? 'ok' : 'MISSED',
  });
  return ok
    ? `ok: ${show(value)} (target <= ${show(target)})`
    : `MISSED: ${show(value)}, target ${show(target)} (${over}% over)`;
}

export function info(what: string, value: string, target = '', status: Status = 'info'): void {
  rows.push({ what, value, target, status });
}

export const times = (x: number): string => `${x.toFixed(2)}x floor`;

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - s.length));
}

/** The closing table: one line per measured figure, plus how many targets were missed. */
export function summaryTable(): string[] {
  const head: Row = { what: 'measure', value: 'median', target: 'target', status: 'info' };
  const all = [head, ...rows];
  const w = [
    Math.max(...all.map((r) => r.what.length)),
    Math.max(...all.map((r) => r.value.length)),
    Math.max(...all.map((r) => r.target.length)),
  ] as const;
  const line = (r: Row, status: string): string =>
    `${pad(r.what, w[0])} | ${pad(r.value, w[1])} | ${pad(r.target, w[2])} | ${status}`;
  const out = [
    line(head, 'status'),
    `${'-'.repeat(w[0])}-+-${'-'.repeat(w[1])}-+-${'-'.repeat(w[2])}-+-------`,
  ];
  for (const r of rows) out.push(line(r, r.status === 'info' ? '' : r.status));
  const missed = rows.filter((r) => r.status === 'MISSED').length;
  const checked = rows.filter((r) => r.status === 'ok' || r.status === 'MISSED').length;
  out.push(`${checked - missed}/${checked} targets met${missed > 0 ? `, ${missed} MISSED` : ''}`);
  return out;
}
