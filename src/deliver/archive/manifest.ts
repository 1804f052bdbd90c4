/**
 * `reports/manifest.json` (schema `rotation-brief/manifest@1`) and `reports/latest.json`: the
 * machine-readable list of briefs, newest first, with paths relative to the reports folder.
 * Bytes are deterministic: keys sorted (stableJson), no timestamps beyond the brief dates.
 */
import { stableJson } from '../../render/stableJson.js';
import type { ArchivedKeyFigure } from './parseSummary.js';
import type { ArchivedBrief } from './scanArchive.js';

/** Paths of a brief's files, relative to the reports folder (forward slashes). */
export interface ManifestFiles {
  readonly html: string;
  readonly pdf?: string;
  readonly stats: string;
  readonly summary: string;
}

/** One brief in the manifest. */
export interface ManifestEntry {
  readonly date: string;
  readonly title: string;
  readonly headline: string;
  readonly dek: string;
  /** The first three key figures of the brief's summary. */
  readonly keyFigures: readonly ArchivedKeyFigure[];
  readonly files: ManifestFiles;
}

/** The whole manifest.json. */
export interface Manifest {
  readonly schema: 'rotation-brief/manifest@1';
  readonly briefs: readonly ManifestEntry[];
}

/** Number of key figures the archive shows per brief. */
export const ARCHIVE_KEY_FIGURES = 3;

function entry(b: ArchivedBrief): ManifestEntry {
  const files: ManifestFiles = {
    html: `${b.dir}/brief.html`,
    ...(b.hasPdf ? { pdf: `${b.dir}/brief.pdf` } : {}),
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

/** Build the manifest from scanned briefs (sorted newest first whatever their input order). */
export function buildManifest(briefs: readonly ArchivedBrief[]): Manifest {
  const sorted = [...briefs].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return { schema: 'rotation-brief/manifest@1', briefs: sorted.map(entry) };
}

/** The bytes of manifest.json. */
export function manifestJson(m: Manifest): string {
  return stableJson(m);
}

/** The bytes of latest.json: `{ schema: 'rotation-brief/latest@1', brief: newest entry or null }`. */
export function latestJson(m: Manifest): string {
  return stableJson({ schema: 'rotation-brief/latest@1', brief: m.briefs[0] ?? null });
}
