/**
 * JSON with object keys sorted at every level and a trailing newline, so the same figures
 * always give the same bytes. Non-finite numbers throw instead of becoming `null`.
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value, '$'), null, 2)}\n`;
}

/** Thrown inside {@link sorted} at a non-finite number: the caller then finds its path. */
const NON_FINITE = Symbol('non-finite number');

/** `v` with object keys sorted at every level; throws {@link NON_FINITE} at a non-finite number. */
function sorted(v: unknown): unknown {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw NON_FINITE;
    return v;
  }
  if (Array.isArray(v)) return v.map(sorted);
  if (v && typeof v === 'object' && !ArrayBuffer.isView(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = sorted((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

/** The path (from `path`) of the first non-finite number in `v`, and that number, or null. */
function nonFinite(v: unknown, path: string): [string, number] | null {
  if (typeof v === 'number') return Number.isFinite(v) ? null : [path, v];
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const found = nonFinite(v[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (v && typeof v === 'object' && !ArrayBuffer.isView(v)) {
    for (const k of Object.keys(v).sort()) {
      const found = nonFinite((v as Record<string, unknown>)[k], `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * `v` with object keys sorted at every level; throws for a non-finite number, naming its path
 * from `path` (found only then: building every path costs more than sorting).
 */
export function sortKeys(v: unknown, path: string): unknown {
  try {
    return sorted(v);
  } catch (e) {
    const found = e === NON_FINITE ? nonFinite(v, path) : null;
    if (found) throw new TypeError(`stats.json: ${found[0]} is ${found[1]}`);
    throw e;
  }
}
