/**
 * The archive keeps working for folders written by the previous version: PDFs beside each brief,
 * one index.html listing every brief, manifest.json schema manifest@1. `brief index` rebuilds it
 * as a page and a manifest per year; brief folders do not move, so their links still work, and
 * `brief check` (its archive part) warns before and is clean after. Also: what the archive check
 * accepts (a PDF kept in a release) and what it reports (a listed file missing, an unlisted brief).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../../src/deliver/archive/checkArchive.js';
import { ProblemList } from '../../../src/model/check.js';
import { realEffects } from '../../../src/cli/realEffects.js';
import { REPO, runCli } from '../../helpers/cliHarness.js';
import { testMachine } from '../../helpers/machine.js';
import { listedBriefs } from '../../helpers/archiveDates.js';
import { linksOf, tempReports, writeFakeBrief } from './archiveFixtures.js';

const TEMPLATES = path.join(REPO, 'templates');
const DATES = ['2025-12-30', '2025-12-31', '2026-01-02'];
const RELEASES = 'https://github.com/me/rb/releases/download';

/** A reports folder as the previous version left it. */
function oldArchive(): string {
  const out = tempReports();
  for (const d of DATES) writeFakeBrief(out, d, { pdf: true });
  writeFileSync(
    path.join(out, 'manifest.json'),
    JSON.stringify({ schema: 'rotation-brief/manifest@1', briefs: [] }),
  );
  writeFileSync(path.join(out, 'index.html'), '<a href="2026/2026-01-02/brief.html">old</a>');
  writeFileSync(path.join(out, 'feed.xml'), '<feed/>');
  return out;
}

async function check(out: string) {
  const c = new ProblemList();
  await checkArchive(out, realEffects({ stdout: () => {}, stderr: () => {} }, testMachine()), c);
  return { errors: c.errors.map((e) => `${e.file}: ${e.problem}`), warnings: c.warnings };
}

function expectLinksResolve(out: string, page: string): string[] {
  const links = linksOf(readFileSync(path.join(out, page), 'utf8')).filter(
    (l) => !l.startsWith('data:') && !l.startsWith('https://'),
  );
  for (const l of links)
    expect(existsSync(path.resolve(path.dirname(path.join(out, page)), l)), `${page}: ${l}`).toBe(
      true,
    );
  return links;
}

describe('migrating a reports folder written by the previous version', () => {
  it('brief index writes the per-year layout; every link resolves, PDFs stay local', async () => {
    const out = oldArchive();
    const before = await check(out);
    expect(before.warnings.map((w) => w.problem)).toContainEqual(
      expect.stringMatching(/^written by an earlier version/),
    );
    const r = await runCli(['index', '--out', out, '--templates', TEMPLATES], {
      env: { ROTATION_BRIEF_RELEASES_URL: RELEASES },
    });
    expect(r.code, r.stderr).toBe(0);
    const top = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(top.schema).toBe('rotation-brief/manifest@2');
    expect(listedBriefs(out).map((b) => [b.date, b.files.pdf])).toEqual(
      [...DATES].reverse().map((d) => [d, `${d.slice(0, 4)}/${d}/brief.pdf`]),
    );
    expect(expectLinksResolve(out, 'index.html')).toEqual(
      expect.arrayContaining(['2026/index.html', '2025/index.html', '2026/2026-01-02/brief.html']),
    );
    expect(expectLinksResolve(out, '2025/index.html')).toEqual(
      expect.arrayContaining(['2025-12-31/brief.html', '2025-12-31/brief.pdf', '../index.html']),
    );
    expect(expectLinksResolve(out, 'latest.html')).toContain('2026/2026-01-02/brief.html');
    expect(await check(out)).toEqual({ errors: [], warnings: [] });
  });
});

describe('the archive check on the per-year layout', () => {
  it('a PDF kept in a release is not missing; a listed file that is gone is an error', async () => {
    const out = oldArchive();
    for (const d of DATES) rmSync(path.join(out, d.slice(0, 4), d, 'brief.pdf'));
    const r = await runCli(['index', '--out', out, '--templates', TEMPLATES], {
      env: { ROTATION_BRIEF_RELEASES_URL: RELEASES },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(listedBriefs(out)[0]?.files.pdf).toBe(
      `${RELEASES}/briefs-2026/rotation-brief-2026-01-02.pdf`,
    );
    expect(await check(out)).toEqual({ errors: [], warnings: [] });

    rmSync(path.join(out, '2025/2025-12-31/stats.json'));
    rmSync(path.join(out, '2026/index.html'));
    const after = await check(out);
    expect(after.errors).toEqual(
      expect.arrayContaining([
        `${path.join(out, '2025/manifest.json')}: 2025-12-31: stats file 2025/2025-12-31/stats.json is listed but missing (rebuild the brief, then brief index)`,
        `${path.join(out, '2026/index.html')}: missing (rebuild it with brief index)`,
      ]),
    );
  });

  it('a brief folder not in its year manifest yet is a warning, a missing year manifest an error', async () => {
    const out = oldArchive();
    expect((await runCli(['index', '--out', out, '--templates', TEMPLATES])).code).toBe(0);
    writeFakeBrief(out, '2026-01-05', { pdf: true });
    const late = await check(out);
    expect(late.errors).toEqual([]);
    expect(late.warnings.map((w) => [w.file, w.problem.split(':')[0]])).toEqual([
      [
        path.join(out, '2026/2026-01-05'),
        "brief folder not listed in its year's manifest.json yet",
      ],
    ]);
    rmSync(path.join(out, '2025/manifest.json'));
    expect((await check(out)).errors).toContain(
      `${path.join(out, '2025/manifest.json')}: missing (rebuild it with brief index)`,
    );
  });
});
