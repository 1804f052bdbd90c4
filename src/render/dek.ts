/**
 * The brief's dek: the line under the headline giving the three indices' closes and day moves
 * (close to close), e.g. "Russell 2000 2,718.77 (+0.76%) · S&P 500 6,913.35 (+0.55%) · ...".
 * Plain text: the archive index, the feed and the email show it as is.
 */
import { isAvailable } from '../model/figure.js';
import { formatNumber, formatPercent } from '../model/format.js';
import type { SeriesStats } from '../stats/briefStats.js';

/** One index as the dek shows it; the move is left out when the index has none today. */
function indexText(s: SeriesStats): string {
  const move = isAvailable(s.day) ? ` (${formatPercent(s.day.value)})` : '';
  return `${s.name} ${formatNumber(s.close)}${move}`;
}

/** The dek for the indices in the brief, in the universe's order. */
export function dekFor(indices: readonly SeriesStats[]): string {
  return indices.map(indexText).join(' \u00b7 ');
}
