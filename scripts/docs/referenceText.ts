/**
 * The fixed prose of docs/stats-json.md (statsReference.ts adds every family and field).
 */

export const TOP_LEVEL_DOC = [
  "Every brief folder holds a `stats.json` with every figure the brief quotes, computed from rows up to the brief's date only. Object keys are sorted, so the same inputs give the same bytes. The registry in `src/stats/registry` defines each family of figures once: this page is generated from it (`npm run docs`), and a test fails when it is out of date.",
  '',
  '## Top level',
  '',
  '| field | meaning |',
  '| --- | --- |',
  '| `schema` | `"rotation-brief/stats@1"` |',
  "| `date` | the brief's session (America/New_York), ISO `YYYY-MM-DD` |",
  '| `conventions` | the conventions below (`units`, `spans`, `ties`, `unavailable`), then one sentence per family, by its key |',
  '| `series` | object keyed by symbol: the figures of every series in the brief |',
  '| `excluded` | `[{ symbol, reason }]`: series left out of this brief (history begins after the date, or an optional series whose data ends before it) |',
  '| `pairs` | one object per pair of `data/universe.json`, in its order |',
  '| `allTimeHighs`, `closeRuns`, `calendarYears`, `cumulative`, `breadth` | brief-level figures (below) |',
  '| `range` | only with `--range FROM..TO` (below) |',
  '',
];

export const SHAPES_DOC = [
  '## Shapes',
  '',
  '| shape | fields |',
  '| --- | --- |',
  '| `Change` | `value` (fraction: close[to] / close[from] - 1), `from` (the base session), `to` (the end session), `sessions` (sessions spanned; 0 for an open-to-close move) |',
  '| `Spread` | `value` (small minus large, fraction), `perSession` (value / small.sessions), `small` and `large` (`Change`) |',
  '| `Unavailable` | `unavailable`: why the figure cannot be computed on the date, e.g. `"XLC: year-to-date return needs a close before 2018, history begins 2018-06-19"` |',
  '| `DatedClose` | `date`, `close` |',
  '| `Streak`, `CloseRun` | `length` (sessions), `start`, `end` (sessions) |',
  '',
  'A field marked "(or unavailable)" holds either its value or an `Unavailable`. Placeholders in paths: `<SYMBOL>` a symbol, `<k>` a pair index, `<key>` an object key (usually a symbol), `<n>` a number key (a horizon in sessions), `[]` every element of a list.',
  '',
];

export const CHART_DATA_INTRO = [
  '## Chart data (in the model, not in stats.json)',
  '',
  'The data each chart draws is computed with the figures (`src/stats/chartData.ts`), from rows up to the date, and is not written to stats.json: it repeats whole series that change little from day to day. The chart builders in `src/charts` only turn it into Vega-Lite specs.',
  '',
];

export const CHART_DATA_DOC: string[] = [];
