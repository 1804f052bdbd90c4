/**
 * Reading an archive the way a consumer of its manifests does: manifest.json (schema
 * rotation-brief/manifest@2) names one manifest per year, each listing that year's briefs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One brief as the year manifests list it. */
export interface ListedBrief {
  readonly date: string;
  readonly files: Record<string, string>;
}

/** Every brief listed by the manifests of the reports folder `out`, newest first. */
export function listedBriefs(out: string): ListedBrief[] {
  const top = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
    years: { manifest: string }[];
  };
  return top.years.flatMap(
    (y) =>
      (
        JSON.parse(readFileSync(path.join(out, y.manifest), 'utf8')) as {
          briefs: ListedBrief[];
        }
      ).briefs,
  );
}

/** The dates listed by the manifests of `out`, newest first. */
export function manifestDates(out: string): string[] {
  return listedBriefs(out).map((b) => b.date);
}
