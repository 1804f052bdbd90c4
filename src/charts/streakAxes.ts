/**
 * The axes of the streak history chart: x = the streaks' last sessions on a year axis (ticks
 * every 1, 2, 5 or 10 years, at most ~10), y = length in sessions from just under the lowest dot
 * to one above the highest, ticked every 2 sessions up to 12, else every 4.
 */

/** Jan 1 (UTC ms) of every 1st, 2nd, 5th or 10th year inside [from, to] (at most ~10 ticks). */
function yearTicks(from: number, to: number): number[] {
  const years = (to - from) / (365.25 * 86_400_000);
  const step = [1, 2, 5, 10].find((s) => years / s <= 10) ?? 10;
  const out: number[] = [];
  const first = Math.ceil(new Date(from).getUTCFullYear() / step) * step;
  for (let y = first; Date.UTC(y, 0, 1) <= to; y += step)
    if (Date.UTC(y, 0, 1) >= from) out.push(Date.UTC(y, 0, 1));
  return out;
}

/** x and y of the streak history chart: x over `domain` (UTC ms), y from `bottom` to `top` + 1. */
export function streakAxes(domain: [number, number], top: number, bottom: number) {
  const step = top <= 12 ? 2 : 4;
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, k) => k * step);
  const yDomain: number[] = [bottom, top + 1];
  return {
    x: {
      field: 'end',
      type: 'temporal',
      timeUnit: 'utcyearmonthdate',
      title: null,
      scale: { domain, nice: false, padding: 8 },
      axis: {
        values: yearTicks(domain[0], domain[1]),
        labelExpr: "utcFormat(datum.value, '%Y')",
        labelOverlap: false,
        labelFlush: false,
      },
    },
    y: {
      field: 'length',
      type: 'quantitative',
      title: 'Streak length (sessions)',
      scale: { domain: yDomain, nice: false },
      // The grid explicitly: merged with the current-streak rule's axis, it is dropped otherwise.
      axis: { values: ticks.filter((v) => v >= bottom), format: 'd', grid: true },
    },
  } as const;
}
