/**
 * The one snapshot rule for golden files (test/golden/**): whole-file equality. On a mismatch the
 * output is written beside the golden as `<name>.actual` and the test fails, naming the first line
 * that differs (a shorter or longer output included). A missing golden is never written by a
 * normal run: it fails the same way, with the `.actual` to review. UPDATE_GOLDEN=1 rewrites the
 * golden (review the diff before committing).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** test/golden. */
export const GOLDEN_DIR = path.resolve(import.meta.dirname, '../golden');

/** Up to 80 characters of `line` from `col` (0-based), or "(end of file)". */
const shown = (line: string | undefined, col: number) =>
  line === undefined ? '(end of file)' : JSON.stringify(line.slice(col, col + 80));

/** Where `actual` first departs from `golden`: "line L, column C: expected ..., got ...". */
export function firstDifference(golden: string, actual: string): string {
  const g = golden.split('\n');
  const a = actual.split('\n');
  let k = 0;
  while (k < g.length && k < a.length && g[k] === a[k]) k++;
  const [gl, al] = [g[k] ?? '', a[k] ?? ''];
  let col = 0;
  while (col < gl.length && gl[col] === al[col]) col++;
  const from = Math.max(0, col - 20);
  return `line ${k + 1}, column ${col + 1}: expected ${shown(g[k], from)}, got ${shown(a[k], from)}`;
}

/** Fail unless `actual` equals test/golden/`name` byte for byte (see the module doc). */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  const actualFile = `${file}.actual`;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  const golden = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (golden === actual) {
    rmSync(actualFile, { force: true });
    return;
  }
  mkdirSync(path.dirname(actualFile), { recursive: true });
  writeFileSync(actualFile, actual);
  const review = `the output is in ${actualFile}; if the change is intended, rerun with UPDATE_GOLDEN=1`;
  throw new Error(
    golden === null
      ? `missing golden ${file}: ${review}`
      : `${file} differs at ${firstDifference(golden, actual)}; ${review}`,
  );
}
