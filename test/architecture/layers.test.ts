/**
 * The layering of src/ (.dependency-cruiser.cjs): no cycles, no import from a layer below to one
 * above, src/model a leaf, `process` only in src/cli/bin.ts. Run with dependency-cruiser's CLI;
 * a second run on a copy with one wrong-way import proves the rules can fail.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cliHarness.js';

const BIN = path.join(REPO, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

function cruise(cwd: string) {
  const r = spawnSync(process.execPath, [BIN, 'src', '--config', '.dependency-cruiser.cjs'], {
    cwd,
    encoding: 'utf8',
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('src/ layering', () => {
  it('has no dependency violation', { timeout: 60_000 }, () => {
    const r = cruise(REPO);
    expect(r.out).toMatch(/no dependency violations found/);
    expect(r.code).toBe(0);
  });

  it('fails on an upward import and a cycle', { timeout: 60_000 }, () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'brief-layers-'));
    for (const f of ['src', 'tsconfig.json', '.dependency-cruiser.cjs', 'package.json'])
      cpSync(path.join(REPO, f), path.join(copy, f), { recursive: true });
    writeFileSync(
      path.join(copy, 'src/stats/upward.ts'),
      "import { VERSION } from '../cli/main.js';\nexport const v = VERSION;\n",
    );
    writeFileSync(
      path.join(copy, 'src/model/a.ts'),
      "import { b } from './b.js';\nexport const a = b;\n",
    );
    writeFileSync(
      path.join(copy, 'src/model/b.ts'),
      "import { a } from './a.js';\nexport const b = () => a;\n",
    );
    const r = cruise(copy);
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/no-upward-from-stats: src\/stats\/upward\.ts → src\/cli\/main\.ts/);
    expect(r.out).toMatch(/no-cycles: src\/model\/a\.ts → /);
  });
});
