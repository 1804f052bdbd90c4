/**
 * The fixed prose of docs/stats-json.md (statsReference.ts adds every family and field).
 */
import { SIGNIFICANT_DIGITS } from '../../src/render/layoutJson.js';
import { WRITTEN_OMISSIONS } from '../../src/render/writtenFigures.js';

export const TOP_LEVEL_DOC = [
  "Every brief folder holds a `stats.json` with the figures of the brief's date, computed from rows up to that date only; what does not change from day to day (the completed calendar years, the conventions) is written once per archive in `history/` (below). Object keys are sorted and numbers that are not integers are written to " +
    `${SIGNIFICANT_DIGITS}` +
    ' significant digits (the brief computes with full precision), so the same inputs give the same bytes; an object that fits on a line of 120 characters is written on one line. The registry in `src/stats/registry` defines each family of figures once: this page is generated from it (`npm run docs`), and a test fails when it is out of date.',
  '',
  '## Top level',
  '',
  '| field | meaning |',
  '| --- | --- |',
  '| `schema` | `"rotation-brief/stats@2"` (schema 1, before issue 15, held the history and the conventions in every file) |',
  "| `date` | the brief's session (America/New_York), ISO `YYYY-MM-DD` |",
  '| `history.calendarYears` | `{ file, sha256, through }`: the history file with every completed calendar year (up to `through`, the year before the date) of each series in `calendarYears`, by its path relative to the brief folder and the SHA-256 of its bytes |',
  '| `history.conventions` | `{ file, sha256 }`: the history file with the `conventions`: those below (`units`, `spans`, `ties`, `unavailable`), then one sentence per family, by its key |',
  '| `series` | object keyed by symbol: the figures of every series in the brief |',
  '| `excluded` | `[{ symbol, reason }]`: series left out of this brief (history begins after the date, or an optional series whose data ends before it) |',
  '| `pairs` | one object per pair of `data/universe.json`, in its order |',
  '| `allTimeHighs`, `closeRuns`, `calendarYears`, `cumulative`, `breadth` | brief-level figures (below) |',
  '| `range` | only with `--range FROM..TO` (below) |',
  '',
  '## Where the history lives',
  '',
  'The reports folder holds one `history/` folder that all its briefs share (`src/render/statsFiles.ts`). Its files are named by the first 16 hex digits of their SHA-256, so a file is never rewritten with other bytes: briefs of one year share one calendar-years file, and every brief of one version shares one conventions file. `brief check` fails when a file a stats.json names is missing or has other bytes; rebuilding the brief writes it again.',
  '',
  '| file | holds |',
  '| --- | --- |',
  '| `history/calendar-years-<YEAR>-<hash>.json` | `schema` (`"rotation-brief/calendar-years@1"`), `through` (YEAR), `calendarYears.<SYMBOL>`: `symbol`, `historyFrom` and `years`, every completed year up to YEAR (fields as `calendarYears` below). The full table of a date is these years followed by the year to date in its stats.json |',
  '| `history/conventions-<hash>.json` | `schema` (`"rotation-brief/conventions@1"`), `conventions` |',
  '',
  "Also left out of stats.json, and kept in the brief's figures (the templates, prose and email read those):",
  '',
  ...Object.entries(WRITTEN_OMISSIONS).map(([p, why]) => `- \`${p}\`: ${why}.`),
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
