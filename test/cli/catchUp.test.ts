/**
 * `brief catch-up` through the CLI with a fixed clock: the sessions missing from the archive are
 * built in order, a late or dropped run recovers them, closes not yet published exit 3 after the
 * rest is built, and a current archive is a no-op. The bundled data ends Friday 2026-08-21.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingSessions } from '../../src/cli/missingSessions.js';
import { REPO, runCli, scratchData, treeHash } from '../helpers/cliHarness.js';
import { manifestDates } from '../helpers/archiveDates.js';

/** A scratch data folder and an archive holding briefs (HTML only) for `dates`. */
async function archiveWith(dates: string[]) {
  const s = scratchData();
  for (const d of dates) {
    const r = await runCli(['--date', d, '--data', s.data, '--out', s.out, '--no-pdf']);
    expect(r.code, r.stderr).toBe(0);
  }
  return s;
}

const catchUp = (s: { data: string; out: string }, extra: string[], now?: string) =>
  runCli(['catch-up', '--data', s.data, '--out', s.out, '--no-pdf', ...extra], {
    ...(now ? { now } : {}),
  });

describe('which sessions are missing (pure)', () => {
  it('skips weekends and holidays: Thanksgiving 2026-11-26 is no session, 11-27 is', () => {
    const plan = missingSessions({
      archived: ['2026-11-24', '2026-11-25'],
      latestClosed: '2026-11-30',
      lastDataDate: '2026-11-27',
      since: null,
      max: 20,
    });
    expect(plan).toEqual([
      { date: '2026-11-27', status: 'build' },
      { date: '2026-11-30', status: 'unpublished' },
    ]);
  });
  it('an empty archive: only the latest closed session; --since: holes too', () => {
    const base = { lastDataDate: '2026-08-21', latestClosed: '2026-08-21', max: 2 };
    expect(missingSessions({ ...base, archived: [], since: null })).toEqual([
      { date: '2026-08-21', status: 'build' },
    ]);
    // 08-17 (Mon) .. 08-21 (Fri) less the archived 08-18 and 08-20: three, the third beyond --max 2
    expect(
      missingSessions({ ...base, archived: ['2026-08-18', '2026-08-20'], since: '2026-08-16' }),
    ).toEqual([
      { date: '2026-08-17', status: 'build' },
      { date: '2026-08-19', status: 'build' },
      { date: '2026-08-21', status: 'later' },
    ]);
  });
  it('nothing when the archive is as new as the latest closed session', () => {
    const o = { lastDataDate: '2026-08-21', latestClosed: '2026-08-21', since: null, max: 5 };
    expect(missingSessions({ ...o, archived: ['2026-08-21'] })).toEqual([]);
  });
});

describe('brief catch-up', () => {
  it('three sessions missing -> three briefs, in order; a second run is a no-op', async () => {
    const s = await archiveWith(['2026-08-18']);
    const list = await catchUp(s, ['--list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toBe('2026-08-19\tbuild\n2026-08-20\tbuild\n2026-08-21\tbuild\n');
    expect(list.stderr).toMatch(/3 session\(s\) missing .*newest brief: 2026-08-18/);

    const r = await catchUp(s, []);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Catch-up: built 3 session\(s\) \(2026-08-19 2026-08-20 2026-08-21\)/);
    expect(manifestDates(s.out)).toEqual(['2026-08-21', '2026-08-20', '2026-08-19', '2026-08-18']);
    for (const d of ['2026-08-19', '2026-08-20', '2026-08-21']) {
      const summary = JSON.parse(
        readFileSync(path.join(s.out, '2026', d, 'summary.json'), 'utf8'),
      ) as { date: string };
      expect(summary.date).toBe(d);
    }

    const before = treeHash(s.out);
    const again = await catchUp(s, []);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Archive is current: every session up to 2026-08-21/);
    expect(treeHash(s.out)).toBe(before);
  });

  it('a Friday run delayed past New York midnight still builds Friday', async () => {
    const s = await archiveWith(['2026-08-20']);
    const saturday = '2026-08-22T00:30:00';
    // the plain daily command has nothing to do on a Saturday: the bug catch-up fixes
    const plain = await runCli(['--data', s.data, '--out', s.out, '--no-pdf'], { now: saturday });
    expect(plain.stdout).toMatch(/No New York session today \(2026-08-22/);
    const r = await catchUp(s, [], saturday);
    expect(r.code, r.stderr).toBe(0);
    expect(manifestDates(s.out)).toEqual(['2026-08-21', '2026-08-20']);
  });

  it('closes not published yet: builds what it can, then exits 3 naming the session', async () => {
    const s = await archiveWith(['2026-08-20']);
    const monday = '2026-08-24T17:00:00'; // Monday's close is past; the data ends Friday 08-21
    expect((await catchUp(s, ['--list'], monday)).stdout).toBe(
      '2026-08-21\tbuild\n2026-08-24\tunpublished\n',
    );
    const r = await catchUp(s, [], monday);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /brief: error: closes not published yet for 2026-08-24: the data ends before them/,
    );
    expect(r.stderr).toMatch(/hint: run `brief fetch` again later/);
    expect(manifestDates(s.out)).toEqual(['2026-08-21', '2026-08-20']);
  });

  it('one required series without the day (published later) makes the day unpublished', async () => {
    const gspc = readFileSync(path.join(REPO, 'data/closes/GSPC.csv'), 'utf8').trimEnd();
    const withoutFriday = `${gspc.slice(0, gspc.lastIndexOf('\n'))}\n`; // ends 2026-08-20
    const s = scratchData({ 'closes/GSPC.csv': withoutFriday });
    await runCli(['--date', '2026-08-19', '--data', s.data, '--out', s.out, '--no-pdf']);
    expect((await catchUp(s, ['--list'])).stdout).toBe(
      '2026-08-20\tbuild\n2026-08-21\tunpublished\n',
    );
  });

  it('an empty archive builds the latest closed session only, or from --since', async () => {
    const s = scratchData();
    const r = await catchUp(s, []);
    expect(r.code, r.stderr).toBe(0);
    expect(manifestDates(s.out)).toEqual(['2026-08-21']);
    const t = scratchData();
    expect((await catchUp(t, ['--since', '2026-08-19'])).code).toBe(0);
    expect(manifestDates(t.out)).toEqual(['2026-08-21', '2026-08-20', '2026-08-19']);
  });

  it('--max caps a run: the oldest are built, the rest wait with a warning', async () => {
    const s = await archiveWith(['2026-08-18']);
    const r = await catchUp(s, ['--max', '2']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /1 more missing session\(s\) left for the next run \(--max 2\): 2026-08-21/,
    );
    expect(manifestDates(s.out)).toEqual(['2026-08-20', '2026-08-19', '2026-08-18']);
    expect(existsSync(path.join(s.out, '2026/2026-08-21'))).toBe(false);
  });

  it('bad options are usage errors', async () => {
    const s = scratchData();
    expect((await catchUp(s, ['--max', '0'])).code).toBe(2);
    expect((await catchUp(s, ['--since', '21/08/2026'])).code).toBe(2);
  });
});
