/**
 * Helpers for the archive tests: minimal fake brief folders on a real temporary disk, and an
 * href extractor for the generated pages.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh empty reports folder. */
export function tempReports(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'archive-test-'));
  const reports = path.join(root, 'reports');
  mkdirSync(reports);
  return reports;
}

/** A valid summary.json object for `date`, with optional overrides. */
export function summaryFor(
  date: string,
  over: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    schema: 'rotation-brief/summary@1',
    date,
    title: `Rotation Brief: ${date}`,
    headline: `Headline of ${date}`,
    dek: `Dek of ${date}.`,
    keyFigures: ['A', 'B', 'C', 'D', 'E'].map((l, i) => ({
      label: `Fig ${l}`,
      value: `${i + 1}.00`,
      detail: `detail ${l}`,
      tone: i % 2 ? 'down' : 'up',
    })),
    ...over,
  };
}

/** Write a brief folder; `summary: null` leaves summary.json out, a string writes it verbatim. */
export function writeFakeBrief(
  reports: string,
  date: string,
  o: { pdf?: boolean; summary?: string | null; dir?: string } = {},
): string {
  const dir = path.join(reports, o.dir ?? path.join(date.slice(0, 4), date));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'brief.html'), `<!doctype html><title>${date}</title>`);
  writeFileSync(path.join(dir, 'stats.json'), '{}\n');
  if (o.pdf) writeFileSync(path.join(dir, 'brief.pdf'), '%PDF-fake');
  if (o.summary !== null)
    writeFileSync(path.join(dir, 'summary.json'), o.summary ?? JSON.stringify(summaryFor(date)));
  return dir;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** Decode the entities Handlebars writes into attributes (`&#x3D;`, `&amp;`, ...). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X'))
      return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

/** Every href/src value of an HTML page plus the URL of a meta refresh, entity-decoded. */
export function linksOf(html: string): string[] {
  const attrs = [...html.matchAll(/\s(?:href|src)\s*=\s*"([^"]*)"/gi)].map((m) => m[1] as string);
  const refresh = [...html.matchAll(/http-equiv="refresh"\s+content="[^"]*?url=([^"]*)"/gi)].map(
    (m) => m[1] as string,
  );
  return [...attrs, ...refresh].map(decodeEntities);
}
