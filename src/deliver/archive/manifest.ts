/**
 * The archive's model and its machine-readable files: `reports/manifest.json` (schema
 * `rotation-brief/manifest@2`: the years, each with its count and the paths of its page and
 * manifest, and the newest brief), `reports/YYYY/manifest.json` (schema `rotation-brief/year@1`:
 * the year's briefs, newest first) and `reports/latest.json`. Every path is relative to the
 * reports folder; a PDF not on disk is an absolute URL of its yearly release asset (when a
 * releases URL is configured, else left out). Bytes are deterministic: keys sorted (stableJson),
 * no timestamps beyond the brief dates.
 */
import { stableJson } from '../../render/stableJson.js';
import type { ArchivedKeyFigure } from './parseSummary.js';
import { releaseAssetUrl, releasePageUrl } from './releaseAssets.js';
import type { ArchivedBrief } from './scanArchive.js';

/** Paths of a brief's files, relative to the reports folder (forward slashes). */
export interface ManifestFiles {
  readonly html: string;
  /** Relative when brief.pdf is on disk (published with the site), else the release asset URL. */
  readonly pdf?: string;
  readonly stats: string;
  readonly summary: string;
}

/** One brief in a manifest. */
export interface ManifestEntry {
  readonly date: string;
  readonly title: string;
  readonly headline: string;
  readonly dek: string;
  /** The first three key figures of the brief's summary. */
  readonly keyFigures: readonly ArchivedKeyFigure[];
  readonly files: ManifestFiles;
}

/** One year of the archive. */
export interface ArchiveYear {
  readonly year: string;
  readonly count: number;
  readonly first: string;
  readonly last: string;
  /** Briefs of the year whose PDF is on disk (so on the site). */
  readonly pdfsOnSite: number;
  /** False when the year's brief folders are not published on the site (see offsiteBefore). */
  readonly onSite: boolean;
  /** The page of the year's release (null when no releases URL is configured). */
  readonly release: string | null;
  /** Newest first. */
  readonly briefs: readonly ManifestEntry[];
}

/** The whole archive: every brief newest first, and the same grouped by year, newest first. */
export interface Archive {
  readonly briefs: readonly ManifestEntry[];
  readonly years: readonly ArchiveYear[];
}

/** Where the PDFs not on disk are, and which years the site leaves out. */
export interface LinkOptions {
  /** Normalised releases download URL (see resolveReleasesUrl), or null. */
  readonly releasesUrl?: string | null;
  /** Years before this one (YYYY) are published as their index page and manifest only. */
  readonly offsiteBefore?: string | null;
}

/** Number of key figures the archive shows per brief. */
export const ARCHIVE_KEY_FIGURES = 3;

function entry(b: ArchivedBrief, o: LinkOptions, onSite: boolean): ManifestEntry {
  const release = o.releasesUrl ? releaseAssetUrl(o.releasesUrl, b.date) : null;
  const pdf = b.hasPdf && onSite ? `${b.dir}/brief.pdf` : release;
  const files: ManifestFiles = {
    html: `${b.dir}/brief.html`,
    ...(pdf ? { pdf } : {}),
    stats: `${b.dir}/stats.json`,
    summary: `${b.dir}/summary.json`,
  };
  const s = b.summary;
  return {
    date: b.date,
    title: s.title,
    headline: s.headline,
    dek: s.dek,
    keyFigures: s.keyFigures.slice(0, ARCHIVE_KEY_FIGURES),
    files,
  };
}

const isLocal = (e: ManifestEntry) => e.files.pdf !== undefined && !/^[a-z]+:/i.test(e.files.pdf);

function yearOf(year: string, briefs: ManifestEntry[], o: LinkOptions, onSite: boolean) {
  return {
    year,
    count: briefs.length,
    first: (briefs[briefs.length - 1] as ManifestEntry).date,
    last: (briefs[0] as ManifestEntry).date,
    pdfsOnSite: briefs.filter(isLocal).length,
    onSite,
    release: o.releasesUrl ? releasePageUrl(o.releasesUrl, year) : null,
    briefs,
  };
}

/** Build the archive from scanned briefs (sorted newest first whatever their input order). */
export function buildManifest(briefs: readonly ArchivedBrief[], o: LinkOptions = {}): Archive {
  const sorted = [...briefs].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const onSite = (date: string) => !o.offsiteBefore || date.slice(0, 4) >= o.offsiteBefore;
  const entries = sorted.map((b) => entry(b, o, onSite(b.date)));
  const byYear = new Map<string, ManifestEntry[]>();
  for (const e of entries) {
    const y = e.date.slice(0, 4);
    const list = byYear.get(y);
    if (list) list.push(e);
    else byYear.set(y, [e]);
  }
  const years = [...byYear].map(([y, list]) => yearOf(y, list, o, onSite(`${y}-01-01`)));
  return { briefs: entries, years };
}

/** The bytes of the top-level manifest.json. */
export function manifestJson(m: Archive): string {
  return stableJson({
    schema: 'rotation-brief/manifest@2',
    count: m.briefs.length,
    latest: m.briefs[0] ?? null,
    years: m.years.map(({ briefs: _briefs, release, ...y }) => ({
      ...y,
      ...(release ? { release } : {}),
      index: `${y.year}/index.html`,
      manifest: `${y.year}/manifest.json`,
    })),
  });
}

/** The bytes of YYYY/manifest.json. */
export function yearManifestJson(y: ArchiveYear): string {
  return stableJson({
    schema: 'rotation-brief/year@1',
    year: y.year,
    count: y.count,
    briefs: y.briefs,
  });
}

/** The bytes of latest.json: `{ schema: 'rotation-brief/latest@1', brief: newest entry or null }`. */
export function latestJson(m: Archive): string {
  return stableJson({ schema: 'rotation-brief/latest@1', brief: m.briefs[0] ?? null });
}
