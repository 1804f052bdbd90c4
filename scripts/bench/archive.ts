/**
 * (7) The archive in ten years, projected from the briefs of a backfill (the 100-session sample of
 * (3)), under the retention policy: HTML + stats.json + summary.json of every session kept in git
 * and on Pages; PDFs on Pages only for the most recent 60 sessions, every PDF as a yearly GitHub
 * release asset. The site's own pages (index, feed, manifest) are scaled with the number of
 * briefs. The history files (OUT/history/: a calendar-years file a year, a conventions file a
 * version) are counted as if the sample's were written again every year (an upper bound).
 * 252 sessions a year. Targets: Pages < 1 GB, repository growth < 150 MB a year. Sizes
 * are bytes on disk; git stores objects zlib-compressed (shown too) and packs deltas, so the
 * repository figure is an upper bound.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { bytes, check, info } from './report.js';

const SESSIONS_PER_YEAR = 252;
const YEARS = 10;
const PDFS_ON_PAGES = 60;
const KEPT = ['brief.html', 'stats.json', 'summary.json'];

interface Sample {
  briefs: number;
  /** Mean bytes per brief of the kept files, raw and zlib-compressed, and of the PDF. */
  kept: number;
  keptDeflated: number;
  pdf: number;
  /** The site's pages for the sample's briefs. */
  site: number;
  /** The history files the sample's briefs name (OUT/history/). */
  history: number;
}

function historyBytes(out: string): number {
  const dir = path.join(out, 'history');
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return 0; // briefs of schema 1 (before issue 15) have none
  }
  return names.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
}

function sample(out: string): Sample {
  const dirs = readdirSync(out)
    .filter((y) => /^\d{4}$/.test(y))
    // A year folder holds the year's pages (index.html, manifest.json) beside the brief folders.
    .flatMap((y) =>
      readdirSync(path.join(out, y))
        .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
        .map((d) => path.join(out, y, d)),
    );
  let kept = 0;
  let keptDeflated = 0;
  let pdf = 0;
  for (const dir of dirs) {
    for (const f of KEPT) {
      const data = readFileSync(path.join(dir, f));
      kept += data.length;
      keptDeflated += deflateSync(data).length;
    }
    pdf += statSync(path.join(dir, 'brief.pdf')).size;
  }
  const site = readdirSync(out)
    .filter((f) => statSync(path.join(out, f)).isFile())
    .reduce((n, f) => n + statSync(path.join(out, f)).size, 0);
  const n = dirs.length;
  const history = historyBytes(out);
  return { briefs: n, kept: kept / n, keptDeflated: keptDeflated / n, pdf: pdf / n, site, history };
}

/** Project the archive from the backfill output folder `out`. */
export function benchArchive(out: string, log: (line: string) => void): void {
  const s = sample(out);
  const sessions = SESSIONS_PER_YEAR * YEARS;
  const sitePerBrief = s.site / s.briefs;
  log(
    `    sample: ${s.briefs} briefs; per brief ${bytes(s.kept)} kept in git (HTML + stats.json + summary.json; ${bytes(s.keptDeflated)} zlib-compressed), PDF ${bytes(s.pdf)}, site pages ${bytes(sitePerBrief)}; history files ${bytes(s.history)}`,
  );
  const pages = sessions * (s.kept + sitePerBrief) + YEARS * s.history + PDFS_ON_PAGES * s.pdf;
  log(
    `    Pages after ${YEARS} years (${sessions} sessions, PDFs of the last ${PDFS_ON_PAGES}): ${check('(7) Pages in 10 years', pages, 1e9, bytes, '<')}`,
  );
  const repo = SESSIONS_PER_YEAR * (s.kept + sitePerBrief) + s.history;
  log(
    `    repository growth per year (on disk): ${check('(7) repository growth per year', repo, 150e6, bytes, '<')}; zlib-compressed as git stores it ${bytes(SESSIONS_PER_YEAR * s.keptDeflated)}`,
  );
  const assets = SESSIONS_PER_YEAR * s.pdf;
  log(`    release assets per year (every PDF): ${bytes(assets)} (no target; one release a year)`);
  info('(7) release assets per year', bytes(assets));
  const total = YEARS * (repo + assets);
  log(
    `    ten-year archive: ${bytes(YEARS * repo)} in git + ${bytes(YEARS * assets)} of PDFs = ${bytes(total)}`,
  );
  info('(7) ten-year archive, git + release assets', bytes(total));
}
