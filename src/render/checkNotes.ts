/**
 * `brief check` of the editor's notes: every data/notes/YYYY-MM-DD.md is named after a session
 * and renders against the figures of its date (a note after the data's last session is a
 * warning: it cannot be checked yet). Every problem is collected, each naming the file.
 */
import path from 'node:path';
import {
  closureReason,
  FIRST_SUPPORTED_DATE,
  isSession,
  validateIsoDate,
} from '../calendar/index.js';
import type { CheckedData, ProblemList } from '../model/check.js';
import type { FileSystem } from '../model/effects.js';
import { optionalSymbols } from '../model/optionalSymbols.js';
import { universeSymbols } from '../model/universe.js';
import { resolveAsOf } from '../stats/asOf.js';
import { computeStats } from '../stats/computeStats.js';
import { renderEditorNote } from './editorNote.js';

/** The effects of the notes check: listing, and the data folder's confined note reader. */
export interface NotesCheckFx extends Pick<FileSystem, 'listDir'> {
  readonly readNote: (file: string) => Promise<string>;
}

const NOTE_NAME = /^(\d{4}-\d{2}-\d{2})\.md$/;
const NOT_A_NOTE =
  'not a note: notes are named YYYY-MM-DD.md after their session (this file is never used)';

/** Why a note named for `date` can never be shown, or null when its date is a session. */
function dateProblem(date: string): string | null {
  try {
    validateIsoDate(date);
  } catch {
    return `${date} is not a real calendar date`;
  }
  if (date < FIRST_SUPPORTED_DATE)
    return `${date} is before ${FIRST_SUPPORTED_DATE}, the first date a brief can be built for`;
  if (!isSession(date))
    return `${date} is not a New York session (${closureReason(date)}): no brief will show this note`;
  return null;
}

/** Read the note of `date` and render it against that date's figures. */
async function checkNote(
  file: string,
  date: string,
  data: CheckedData,
  fx: NotesCheckFx,
  c: ProblemList,
): Promise<void> {
  let text: string;
  try {
    text = await fx.readNote(file);
  } catch (e) {
    c.unreadable(file, e);
    return;
  }
  const u = data.universe;
  const small = u ? data.series.get(u.indices.smallCap.symbol) : undefined;
  const last = small?.dates[small.dates.length - 1];
  if (!data.complete || !u || last === undefined) return; // data errors already reported
  if (date > last) {
    const why = `the data ends ${last}, before ${date}: the note's figures cannot be checked yet`;
    c.warning(file, null, why);
    return;
  }
  try {
    const asOf = resolveAsOf(data.series, date, optionalSymbols(u), universeSymbols(u));
    renderEditorNote(text, file, computeStats(u, data.series, asOf));
  } catch (e) {
    c.caught(file, e);
  }
}

/** Check every note in `dataDir/notes`; returns how many notes there are. */
export async function checkNotes(
  dataDir: string,
  data: CheckedData,
  fx: NotesCheckFx,
  c: ProblemList,
): Promise<number> {
  const dir = path.join(dataDir, 'notes');
  let n = 0;
  for (const name of (await c.listed(fx, dir)).filter((f) => !f.startsWith('.'))) {
    const file = path.join(dir, name);
    const date = NOTE_NAME.exec(name)?.[1];
    if (date === undefined) {
      c.error(file, null, NOT_A_NOTE);
      continue;
    }
    n++;
    const wrongDate = dateProblem(date);
    if (wrongDate === null) await checkNote(file, date, data, fx, c);
    else c.error(file, null, wrongDate);
  }
  return n;
}
