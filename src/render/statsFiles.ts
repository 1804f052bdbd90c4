/**
 * What a brief writes of its figures. `stats.json` (in the brief's folder) holds the day's
 * figures; what does not change from day to day is written once per archive, in
 * `OUT/history/`, and named by its content so a file is never rewritten with other bytes:
 *
 * - `history/calendar-years-<YEAR>-<hash>.json`: every completed calendar year (before the
 *   brief's year) of each series in `calendarYears`; stats.json keeps the year to date;
 * - `history/conventions-<hash>.json`: the `conventions` (they change only with the tool).
 *
 * stats.json's `history` names each file by its path relative to the brief's folder and its
 * SHA-256, so a reader (or `brief check`) finds it and can tell it is the one the brief used.
 * A few figures the brief does not cite are left out of stats.json (writtenFigures.ts). The
 * in-memory figures (BriefStats) keep everything: templates, prose and email read those.
 */
import { createHash } from 'node:crypto';
import type { BriefStats } from '../stats/briefStats.js';
import type { CalendarYears } from '../stats/calendarYears.js';
import { layoutJson } from './layoutJson.js';
import { writtenFigures } from './writtenFigures.js';

/** The archive folder (below OUT) holding the history files. */
export const HISTORY_DIR = 'history';

/** A history file: its name in OUT/history/ and its bytes. */
export interface HistoryFile {
  readonly name: string;
  readonly text: string;
}

/** stats.json's pointer to a history file. */
export interface HistoryRef {
  /** Path relative to the brief's folder (OUT/YYYY/YYYY-MM-DD/): `../../history/<name>`. */
  readonly file: string;
  /** SHA-256 (hex) of the file's bytes. */
  readonly sha256: string;
}

/** stats.json's `history`: where the figures that do not change from day to day are. */
export interface StatsHistory {
  readonly calendarYears: HistoryRef & { readonly through: number };
  readonly conventions: HistoryRef;
}

/** The body of a calendar-years history file. */
export interface CalendarYearsHistory {
  readonly schema: 'rotation-brief/calendar-years@1';
  /** The last completed year it holds: the year before the briefs that use it. */
  readonly through: number;
  /** Per symbol: every completed year, oldest first (`years` may be empty). */
  readonly calendarYears: Readonly<Record<string, CalendarYears>>;
}

/** The body of a conventions history file. */
export interface ConventionsHistory {
  readonly schema: 'rotation-brief/conventions@1';
  readonly conventions: Readonly<Record<string, string>>;
}

/** stats.json and the history files it points to. */
export interface StatsFiles {
  readonly statsJson: string;
  readonly history: readonly HistoryFile[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Lay `body` out, name it `<stem>-<first 16 hex of its SHA-256>.json` and point to it. */
function historyFile(stem: string, body: object): { file: HistoryFile; ref: HistoryRef } {
  const text = layoutJson(body);
  const hash = sha256(text);
  const name = `${stem}-${hash.slice(0, 16)}.json`;
  return { file: { name, text }, ref: { file: `../../${HISTORY_DIR}/${name}`, sha256: hash } };
}

/** Each series' calendar years split into the completed ones and the year to date. */
function splitYears(all: BriefStats['calendarYears']) {
  const completed: Record<string, CalendarYears> = {};
  const current: Record<string, CalendarYears> = {};
  for (const [sym, cy] of Object.entries(all)) {
    completed[sym] = { ...cy, years: cy.years.filter((y) => !y.toDate) };
    current[sym] = { ...cy, years: cy.years.filter((y) => y.toDate) };
  }
  return { completed, current };
}

/**
 * stats.json for `stats` (the day's figures and `history`, `risk` only for the series of
 * `keepRisk`, see writtenFigures.ts) and the history files it names. Deterministic: the same
 * figures give the same bytes and the same file names.
 */
export function statsFiles(stats: BriefStats, keepRisk: ReadonlySet<string>): StatsFiles {
  const { conventions, calendarYears, ...day } = stats;
  const through = Number(stats.date.slice(0, 4)) - 1;
  const { completed, current } = splitYears(calendarYears);
  const years = historyFile(`calendar-years-${through}`, {
    schema: 'rotation-brief/calendar-years@1',
    through,
    calendarYears: completed,
  } satisfies CalendarYearsHistory);
  const conv = historyFile('conventions', {
    schema: 'rotation-brief/conventions@1',
    conventions,
  } satisfies ConventionsHistory);
  const history: StatsHistory = {
    calendarYears: { ...years.ref, through },
    conventions: conv.ref,
  };
  const file = { ...writtenFigures(day, keepRisk), calendarYears: current, history };
  return { statsJson: layoutJson(file), history: [years.file, conv.file] };
}

/**
 * What a stats.json and the history files it names hold together, as one object: each series'
 * completed calendar years before its year to date, the conventions, and no `history`. For
 * readers of the archive (and the tests); `read` returns a history file's text by its reference.
 */
export function joinHistory(
  statsJson: string,
  read: (ref: HistoryRef) => string,
): Record<string, unknown> {
  const { history, ...day } = JSON.parse(statsJson) as Record<string, unknown> & {
    history: StatsHistory;
    calendarYears: Record<string, CalendarYears>;
  };
  const years = JSON.parse(read(history.calendarYears)) as CalendarYearsHistory;
  const conv = JSON.parse(read(history.conventions)) as ConventionsHistory;
  const calendarYears: Record<string, CalendarYears> = {};
  for (const [sym, cy] of Object.entries(day.calendarYears)) {
    const done = years.calendarYears[sym]?.years ?? [];
    calendarYears[sym] = { ...cy, years: [...done, ...cy.years] };
  }
  return { ...day, calendarYears, conventions: conv.conventions };
}
