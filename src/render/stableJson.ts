/**
 * JSON with object keys sorted at every level and a trailing newline, so the same figures
 * always give the same bytes. Non-finite numbers throw instead of becoming `null`.
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value, '$'), null, 2)}\n`;
}

/** `v` with object keys sorted at every level; throws for a non-finite number at `path`. */
export function sortKeys(v: unknown, path: string): unknown {
  if (typeof v === 'number' && !Number.isFinite(v))
    throw new TypeError(`stats.json: ${path} is ${v}`);
  if (Array.isArray(v)) return v.map((x, i) => sortKeys(x, `${path}[${i}]`));
  if (v && typeof v === 'object' && !ArrayBuffer.isView(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort())
      out[k] = sortKeys((v as Record<string, unknown>)[k], `${path}.${k}`);
    return out;
  }
  return v;
}
