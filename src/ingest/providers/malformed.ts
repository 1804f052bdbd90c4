/**
 * The error for a provider body that cannot be trusted. It is a `data` error: nothing is
 * written when any symbol's body is malformed.
 */
import { BriefError } from '../../errors.js';

/** `data` BriefError `<label>: <problem>`, e.g. `IWM (yahoo IWM): close on 2026-08-24 is -1 ...`. */
export function malformed(label: string, problem: string): BriefError {
  return new BriefError(
    'data',
    `${label}: malformed provider data: ${problem}`,
    'nothing was written; retry later, or fetch this symbol from the other provider (--provider)',
  );
}

/** `value` as a price (finite, > 0), null when null/undefined; throws {@link malformed} otherwise. */
export function priceCell(value: unknown, label: string, what: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  throw malformed(label, `${what} is ${describe(value)}, not a positive finite price`);
}

/** `value` as a volume (finite, >= 0), null when null/undefined; throws {@link malformed} otherwise. */
export function volumeCell(value: unknown, label: string, what: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  throw malformed(label, `${what} is ${describe(value)}, not a finite volume >= 0`);
}

/** Short printable form of an unexpected value. */
function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}
