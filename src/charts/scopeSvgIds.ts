/**
 * Stable, document-unique ids in an SVG. vega numbers clip paths and gradients from a counter
 * that lives as long as the process, so the same chart renders as `clip25` in one run and `clip60`
 * in the next, and two charts inlined in one page could share an id. This renames every id defined
 * in the SVG to `<prefix>-<n>` (n in order of appearance) and rewrites the references to it.
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  const ids: string[] = [];
  for (const m of svg.matchAll(/\sid="([^"]+)"/g))
    if (!ids.includes(m[1] as string)) ids.push(m[1] as string);
  if (ids.length === 0) return svg;
  const rename = new Map(ids.map((id, n) => [id, `${prefix}-${n + 1}`]));
  return svg
    .replace(/(\sid=")([^"]+)(")/g, (all, a: string, id: string, b: string) =>
      rename.has(id) ? `${a}${rename.get(id)}${b}` : all,
    )
    .replace(/url\(#([^)]+)\)/g, (all, id: string) =>
      rename.has(id) ? `url(#${rename.get(id)})` : all,
    )
    .replace(/(href=")#([^"]+)(")/g, (all, a: string, id: string, b: string) =>
      rename.has(id) ? `${a}#${rename.get(id)}${b}` : all,
    );
}
