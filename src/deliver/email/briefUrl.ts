/**
 * Where a brief is published online: the archive's base URL plus the reports layout.
 */

/** `${siteUrl}YYYY/YYYY-MM-DD/brief.html`; `siteUrl` must end in `/` (readMailConfig ensures it). */
export function briefUrl(siteUrl: string, date: string): string {
  return `${siteUrl}${date.slice(0, 4)}/${date}/brief.html`;
}
