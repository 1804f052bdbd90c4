/**
 * The PDFs' yearly releases and the Pages site, against a stub `gh` that keeps releases as
 * folders (RELEASES/briefs-YYYY/asset): release.sh uploads each brief.pdf as
 * rotation-brief-YYYY-MM-DD.pdf of briefs-YYYY (creating the release once), and restores the
 * ones a folder lacks; the daily workflow's "Assemble the Pages site" step (site.sh) publishes
 * the newest KEEP sessions' PDFs and links the others to the releases, leaves the reports folder
 * untouched, and leaves the oldest years' brief folders out when the site would pass the limit.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseAssetName, releaseTag } from '../../src/deliver/archive/releaseAssets.js';
import { listedBriefs } from '../helpers/archiveDates.js';
import { REPO, treeHash } from '../helpers/cliHarness.js';
import { writeFakeBrief } from '../deliver/archive/archiveFixtures.js';
import { bundleCli, removeBundle } from './bundledCli.js';
import { runScript, runStep, sandbox, stub, type Sandbox } from './stepRunner.js';

const URL_BASE = 'https://github.com/me/rb/releases/download';
let CLI = '';
beforeAll(async () => {
  CLI = await bundleCli('brief-site');
});
afterAll(() => removeBundle(CLI));

/** A sandbox with a stub gh over $RUNNER_TEMP/releases, the templates, and `brief` = the CLI. */
function world(): Sandbox & { releases: string } {
  const sb = sandbox();
  const releases = path.join(sb.temp, 'releases');
  mkdirSync(releases);
  cpSync(path.join(REPO, 'templates'), path.join(sb.dir, 'templates'), { recursive: true });
  stub(
    sb,
    'gh',
    `echo "gh $*" >> "$RUNNER_TEMP/gh.log"
store="$RUNNER_TEMP/releases"
[ "$1" = release ] || exit 1
case "$2" in
  view) [ -d "$store/$3" ] ;;
  create) [ ! -d "$store/$3" ] && mkdir "$store/$3" ;;
  upload) tag=$3; shift 3; for f in "$@"; do [ "$f" = --clobber ] || cp "$f" "$store/$tag/"; done ;;
  download) [ "$4" = --pattern ] && [ -f "$store/$3/$5" ] && cp "$store/$3/$5" "$7/" ;;
  *) exit 1 ;;
esac`,
  );
  stub(sb, 'brief', `exec "${process.execPath}" "${CLI}" "$@"`);
  return { ...sb, releases };
}

const ghLog = (sb: Sandbox) =>
  existsSync(path.join(sb.temp, 'gh.log'))
    ? readFileSync(path.join(sb.temp, 'gh.log'), 'utf8').trim().split('\n')
    : [];

describe('release.sh', () => {
  it('uploads each PDF to its year as rotation-brief-DATE.pdf, creating the release once, the last folder winning', () => {
    const w = world();
    const a = path.join(w.dir, 'reports');
    const b = path.join(w.temp, 'stage/reports');
    for (const d of ['2025-12-31', '2026-01-02', '2026-01-05']) writeFakeBrief(a, d, { pdf: true });
    writeFakeBrief(b, '2026-01-05');
    writeFileSync(path.join(b, '2026/2026-01-05/brief.pdf'), '%PDF newer');
    mkdirSync(path.join(w.releases, 'briefs-2026')); // exists already
    const r = runScript(
      w,
      'bash .github/scripts/release.sh upload reports "$RUNNER_TEMP/stage/reports"',
      'bash',
      {
        RELEASE_BATCH: '1',
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([
      'release: uploaded 1 PDF(s) to briefs-2025',
      'release: uploaded 2 PDF(s) to briefs-2026',
    ]);
    expect(readdirSync(path.join(w.releases, releaseTag('2026'))).sort()).toEqual([
      releaseAssetName('2026-01-02'),
      releaseAssetName('2026-01-05'),
    ]);
    expect(
      readFileSync(path.join(w.releases, 'briefs-2026', 'rotation-brief-2026-01-05.pdf'), 'utf8'),
    ).toBe('%PDF newer');
    const log = ghLog(w);
    expect(log.filter((l) => l.startsWith('gh release create'))).toEqual([
      expect.stringMatching(
        /^gh release create briefs-2025 --title Briefs 2025 --latest=false --notes /,
      ),
    ]);
    expect(log.filter((l) => l.startsWith('gh release upload briefs-2026'))).toHaveLength(2); // batches of 1
  });

  it('restores the PDFs a brief folder lacks; one not in its release is a warning', () => {
    const w = world();
    const reports = path.join(w.dir, 'reports');
    for (const d of ['2026-01-02', '2026-01-05']) writeFakeBrief(reports, d);
    writeFakeBrief(reports, '2026-01-06', { pdf: true });
    mkdirSync(path.join(w.releases, 'briefs-2026'));
    writeFileSync(path.join(w.releases, 'briefs-2026/rotation-brief-2026-01-02.pdf'), '%PDF 02');
    const r = runScript(
      w,
      'bash .github/scripts/release.sh restore reports 2026-01-02 2026-01-05 2026-01-06 2026-01-07',
      'bash',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(reports, '2026/2026-01-02/brief.pdf'), 'utf8')).toBe('%PDF 02');
    expect(existsSync(path.join(reports, '2026/2026-01-05/brief.pdf'))).toBe(false);
    expect(r.stdout).toContain(
      '::warning::release: no rotation-brief-2026-01-05.pdf in release briefs-2026',
    );
    expect(r.stdout).toContain('release: restored 1 PDF(s) from the releases, 1 not found');
    expect(ghLog(w).filter((l) => l.includes('download'))).toHaveLength(2); // not for 01-06 (has one), 01-07 (no brief)
  });
});

describe('daily-brief.yml: the steps that move PDFs', () => {
  it('publish uploads the stage’s new PDFs (and any the checkout still tracks) before it commits', () => {
    const w = world();
    writeFakeBrief(path.join(w.dir, 'reports'), '2025-06-02', { pdf: true }); // tracked from before
    writeFakeBrief(path.join(w.temp, 'stage/reports'), '2026-01-05', { pdf: true });
    const r = runStep(w, 'publish', 'Upload the PDFs to the yearly releases', { GH_REPO: 'me/rb' });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(w.releases).sort()).toEqual(['briefs-2025', 'briefs-2026']);
    expect(r.summary).toContain('release: uploaded 1 PDF(s) to briefs-2026');
  });

  it('email puts back the PDFs of the date asked for and of the briefs waiting', () => {
    const w = world();
    const reports = path.join(w.dir, 'reports');
    mkdirSync(path.join(w.releases, 'briefs-2026'));
    for (const d of ['2026-01-02', '2026-01-05']) {
      writeFakeBrief(reports, d);
      writeFileSync(path.join(w.releases, 'briefs-2026', `rotation-brief-${d}.pdf`), `%PDF ${d}`);
    }
    const r = runStep(w, 'email', 'Get the PDFs to attach from the releases', {
      TO_EMAIL: ' 2026-01-02 2026-01-05',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(reports, '2026/2026-01-05/brief.pdf'), 'utf8')).toBe(
      '%PDF 2026-01-05',
    );
    expect(r.stdout).toContain('release: restored 2 PDF(s) from the releases, 0 not found');
  });
});

describe('daily-brief.yml: Assemble the Pages site (site.sh)', () => {
  const DATES = [
    '2024-12-30',
    '2024-12-31',
    '2025-12-30',
    '2025-12-31',
    '2026-01-02',
    '2026-01-05',
  ];

  function archive(w: Sandbox & { releases: string }, htmlBytes = 100) {
    const reports = path.join(w.dir, 'reports');
    for (const d of DATES) {
      writeFakeBrief(reports, d, { pdf: d === '2026-01-05' });
      writeFileSync(path.join(reports, d.slice(0, 4), d, 'brief.html'), 'x'.repeat(htmlBytes));
      mkdirSync(path.join(w.releases, `briefs-${d.slice(0, 4)}`), { recursive: true });
      writeFileSync(
        path.join(w.releases, `briefs-${d.slice(0, 4)}`, `rotation-brief-${d}.pdf`),
        `%PDF ${d}`,
      );
    }
    return reports;
  }

  const assemble = (w: Sandbox, env: Record<string, string> = {}) =>
    runStep(w, 'build', 'Assemble the Pages site', {
      BRIEF: 'brief',
      ROTATION_BRIEF_RELEASES_URL: URL_BASE,
      GH_REPO: 'me/rb',
      ...env,
    });

  it('publishes the newest sessions’ PDFs, links the others to the releases, and leaves reports/ alone', () => {
    const w = world();
    const reports = archive(w);
    const before = treeHash(reports);
    const r = runScript(w, 'bash .github/scripts/site.sh reports "$RUNNER_TEMP/site" 3', 'bash', {
      BRIEF: 'brief',
      ROTATION_BRIEF_RELEASES_URL: URL_BASE,
    });
    expect(r.code, r.stderr).toBe(0);
    const site = path.join(w.temp, 'site');
    const pdfs = DATES.filter((d) => existsSync(path.join(site, d.slice(0, 4), d, 'brief.pdf')));
    expect(pdfs).toEqual(['2025-12-31', '2026-01-02', '2026-01-05']);
    expect(readFileSync(path.join(site, '2026/2026-01-02/brief.pdf'), 'utf8')).toBe(
      '%PDF 2026-01-02',
    );
    const links = Object.fromEntries(listedBriefs(site).map((b) => [b.date, b.files.pdf]));
    expect(links['2026-01-05']).toBe('2026/2026-01-05/brief.pdf');
    expect(links['2025-12-31']).toBe('2025/2025-12-31/brief.pdf');
    expect(links['2025-12-30']).toBe(`${URL_BASE}/briefs-2025/rotation-brief-2025-12-30.pdf`);
    expect(readFileSync(path.join(site, '2025/index.html'), 'utf8')).toContain(
      'href="2025-12-31/brief.pdf"',
    );
    expect(r.stdout).toContain('site: 6 session(s) in 3 year(s), 3 PDF(s) on the site');
    expect(treeHash(reports)).toBe(before);
  });

  it('over the limit, leaves the oldest years’ brief folders out and links their PDFs to the releases', () => {
    const w = world();
    archive(w, 400 * 1024); // 400 KB a brief: 0.8 MB a year
    const r = assemble(w, { PAGES_LIMIT_MB: '1' });
    expect(r.code, r.stderr).toBe(0);
    const site = path.join(w.temp, 'site');
    expect(readdirSync(path.join(site, '2024')).sort()).toEqual(['index.html', 'manifest.json']);
    expect(readdirSync(path.join(site, '2025')).sort()).toEqual(['index.html', 'manifest.json']);
    expect(readdirSync(path.join(site, '2026')).sort()).toEqual([
      '2026-01-02',
      '2026-01-05',
      'index.html',
      'manifest.json',
    ]);
    const top = JSON.parse(readFileSync(path.join(site, 'manifest.json'), 'utf8'));
    expect(top.years.map((y: { year: string; onSite: boolean }) => [y.year, y.onSite])).toEqual([
      ['2026', true],
      ['2025', false],
      ['2024', false],
    ]);
    const page = readFileSync(path.join(site, '2024/index.html'), 'utf8');
    expect(page).toContain(`${URL_BASE}/briefs-2024/rotation-brief-2024-12-31.pdf`);
    expect(page).not.toContain('2024-12-31/brief.html');
    expect(r.summary).toContain('the brief folders of 2024-2025 are left out (in the repository)');

    const still = assemble(w, { PAGES_LIMIT_MB: '0' });
    expect(still.code).toBe(1);
    expect(still.stderr).toMatch(/::error::site: \d+ MB is over PAGES_LIMIT_MB=0/);
  });
});
