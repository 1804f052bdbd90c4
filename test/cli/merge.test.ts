/**
 * Acceptance of `brief merge`: three shards of a 30-session backfill (2025-12-01..2026-01-13,
 * across a year end), merged into an empty archive, are byte-identical, file by file, to one
 * unsharded backfill of the range; a shard merged into an existing archive adds its new sessions
 * to the manifests, year pages and feed and leaves the equal ones alone; different briefs of a
 * session stop the merge (nothing written) unless --prefer chooses.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifestDates } from '../helpers/archiveDates.js';
import { REPO, runCli, scratchData, treeHash } from '../helpers/cliHarness.js';

const FROM = '2025-12-01';
const TO = '2026-01-13';
const TEMPLATES = path.join(REPO, 'templates');
const OLD = new Date('2000-01-01T00:00:00Z');
let root = '';
let data = '';
const dir = (name: string) => path.join(root, name);

/** Every file under `top`, relative, sorted. */
function filesUnder(top: string, rel = ''): string[] {
  return readdirSync(path.join(top, rel))
    .sort()
    .flatMap((n) => {
      const r = path.join(rel, n);
      return statSync(path.join(top, r)).isDirectory() ? filesUnder(top, r) : [r];
    });
}

async function cli(args: string[], env: Record<string, string> = {}) {
  const r = await runCli([...args, '--templates', TEMPLATES], { env });
  return r;
}

const backfill = (out: string, extra: string[] = []) =>
  cli(['backfill', '--from', FROM, '--to', TO, '--data', data, '--out', out, '--no-pdf', ...extra]);

beforeAll(async () => {
  const s = scratchData();
  root = s.root;
  data = s.data;
  const runs = await Promise.all([
    backfill(dir('one')),
    ...[1, 2, 3].map((i) => backfill(dir(`shard-${i}`), ['--shard', `${i}/3`])),
  ]);
  for (const r of runs) expect(r.code, r.stderr).toBe(0);
}, 300_000);

describe('brief merge: three shards into an empty archive', () => {
  it('is byte-identical, every file, to one unsharded backfill of the range', async () => {
    const counts = [1, 2, 3].map((i) => manifestDates(dir(`shard-${i}`)).length);
    expect(counts).toEqual([10, 10, 10]); // 30 sessions dealt round-robin
    const r = await cli([
      'merge',
      dir('shard-1'),
      dir('shard-2'),
      dir('shard-3'),
      '--out',
      dir('merged'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Merge: 30 added, 0 replaced, 0 unchanged (from 3 folder(s)');
    const one = filesUnder(dir('one'));
    expect(one).toContain('2025/index.html');
    expect(one).toContain('2026/manifest.json');
    expect(one.filter((f) => f.endsWith('inputs.sha256'))).toHaveLength(30);
    expect(filesUnder(dir('merged'))).toEqual(one);
    for (const f of one)
      expect(
        readFileSync(path.join(dir('merged'), f)).equals(readFileSync(path.join(dir('one'), f))),
        f,
      ).toBe(true);
  });
});

describe('brief merge: the history files come along', () => {
  it("copies the history/ files a shard's briefs name; a shard without them merges nothing", async () => {
    const merged = filesUnder(dir('merged')).filter((f) => f.startsWith('history/'));
    // 2025 briefs name the 2024 calendar years, 2026 briefs the 2025 ones; one conventions file
    expect(merged.map((f) => f.replace(/-[0-9a-f]{16}\.json$/, ''))).toEqual([
      'history/calendar-years-2024',
      'history/calendar-years-2025',
      'history/conventions',
    ]);
    const bare = dir('bare-shard');
    cpSync(dir('shard-1'), bare, { recursive: true });
    rmSync(path.join(bare, 'history'), { recursive: true });
    const r = await cli(['merge', bare, '--out', dir('bare-merged')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /history\/calendar-years-\d{4}-[0-9a-f]{16}\.json: missing \(named by /,
    );
    for (const y of ['2025', '2026', 'history'])
      expect(existsSync(path.join(dir('bare-merged'), y)), y).toBe(false); // nothing written
  });
});

describe('brief merge --move', () => {
  it('moves whole brief folders out of the shards; a folder holding anything else is copied without it', async () => {
    const shards = [1, 2, 3].map((i) => {
      const to = dir(`move-shard-${i}`);
      cpSync(dir(`shard-${i}`), to, { recursive: true });
      return to;
    });
    const odd = manifestDates(shards[0] as string)[0] as string;
    const oddDir = path.join(shards[0] as string, odd.slice(0, 4), odd);
    symlinkSync('/etc/passwd', path.join(oddDir, 'notes.txt'));
    const r = await cli(['merge', ...shards, '--out', dir('moved'), '--move']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${path.join(oddDir, 'notes.txt')}: not a brief's file, not merged`);
    expect(filesUnder(dir('moved'))).toEqual(filesUnder(dir('one')));
    const left = shards.flatMap((s) =>
      manifestDates(s).filter((d) => existsSync(path.join(s, d.slice(0, 4), d))),
    );
    expect(left).toEqual([odd]); // the odd one was copied, the others moved
  });
});

describe('brief merge: a shard into an existing archive', () => {
  /** The archive of the range's first 20 sessions (the single backfill, cut and re-indexed). */
  async function existing(name: string): Promise<string> {
    const out = dir(name);
    cpSync(dir('one'), out, { recursive: true });
    for (const d of manifestDates(dir('one')).slice(0, 10))
      rmSync(path.join(out, d.slice(0, 4), d), { recursive: true });
    expect((await cli(['index', '--out', out])).code).toBe(0);
    return out;
  }

  it('adds the new sessions to the manifests, year pages and feed, and keeps the equal ones', async () => {
    const out = await existing('existing');
    const all = manifestDates(dir('one'));
    const before = manifestDates(out);
    expect(before).toEqual(all.slice(10));
    const shard = manifestDates(dir('shard-3'));
    const r = await cli(['merge', dir('shard-3'), '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const added = shard.filter((d) => !before.includes(d));
    expect(added.length).toBeGreaterThan(0);
    expect(r.stdout).toContain(
      `Merge: ${added.length} added, 0 replaced, ${shard.length - added.length} unchanged`,
    );
    const expected = [...before, ...added].sort().reverse();
    expect(manifestDates(out)).toEqual(expected);
    const top = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(top.count).toBe(expected.length);
    expect(top.latest.date).toBe(expected[0]);
    const page2026 = readFileSync(path.join(out, '2026/index.html'), 'utf8');
    for (const d of expected.filter((x) => x.startsWith('2026')))
      expect(page2026).toContain(`href="${d}/brief.html"`);
    const feed = readFileSync(path.join(out, 'feed.xml'), 'utf8');
    const ids = [...feed.matchAll(/<id>tag:[^<]*rotation-brief\/(\d{4}-\d\d-\d\d)<\/id>/g)].map(
      (m) => m[1],
    );
    expect(ids).toEqual(expected);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain(
      `${expected.filter((x) => x.startsWith('2025')).length} sessions`,
    );
  });

  it('refuses different briefs of a session (nothing written), unless --prefer', async () => {
    const out = await existing('conflict');
    const shard = dir('shard-3-changed');
    cpSync(dir('shard-3'), shard, { recursive: true });
    const date = manifestDates(out).find((d) => manifestDates(shard).includes(d)) as string;
    const hashFile = path.join(shard, date.slice(0, 4), date, 'inputs.sha256');
    writeFileSync(hashFile, `${'f'.repeat(64)}\n`);
    writeFileSync(
      path.join(shard, date.slice(0, 4), date, 'brief.html'),
      '<!doctype html><p>other',
    );
    const tree = treeHash(out);
    const refused = await cli(['merge', shard, '--out', out]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain(
      `1 session(s) have different briefs (inputs hashes differ), nothing merged: ${date} (`,
    );
    expect(refused.stderr).toMatch(/--prefer existing\|incoming/);
    expect(treeHash(out)).toBe(tree);

    const kept = await cli(['merge', shard, '--out', out, '--prefer', 'existing']);
    expect(kept.code, kept.stderr).toBe(0);
    expect(
      readFileSync(path.join(out, date.slice(0, 4), date, 'brief.html'), 'utf8'),
    ).not.toContain('<p>other');
    const taken = await cli(['merge', shard, '--out', out, '--prefer', 'incoming']);
    expect(taken.code, taken.stderr).toBe(0);
    expect(taken.stderr).toContain(`${date}: different briefs, kept the incoming one`);
    expect(readFileSync(path.join(out, date.slice(0, 4), date, 'brief.html'), 'utf8')).toBe(
      '<!doctype html><p>other',
    );
  });

  it('of equal briefs keeps the one with a PDF; a damaged shard or the archive itself is refused', async () => {
    const out = await existing('pdf');
    const shard = dir('shard-with-pdf');
    cpSync(dir('shard-3'), shard, { recursive: true });
    const date = manifestDates(out).find((d) => manifestDates(shard).includes(d)) as string;
    // Older than the archive's copies (which are kept, equal and newer), but with a PDF.
    for (const d of manifestDates(shard))
      utimesSync(path.join(shard, d.slice(0, 4), d, 'summary.json'), OLD, OLD);
    writeFileSync(path.join(shard, date.slice(0, 4), date, 'brief.pdf'), '%PDF-1.7 stand-in');
    const r = await cli(['merge', shard, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Merge: \d+ added, 1 replaced/);
    expect(readFileSync(path.join(out, date.slice(0, 4), date, 'brief.pdf'), 'utf8')).toBe(
      '%PDF-1.7 stand-in',
    );

    rmSync(path.join(shard, date.slice(0, 4), date, 'stats.json'));
    const damaged = await cli(['merge', shard, '--out', out]);
    expect(damaged.code).toBe(3);
    expect(damaged.stderr).toMatch(/damaged brief folder\(s\) in .*missing stats\.json/);
    const self = await cli(['merge', out, '--out', out]);
    expect([self.code, self.stderr]).toEqual([
      2,
      expect.stringContaining('is the --out folder itself'),
    ]);
    const empty = mkdtempSync(path.join(tmpdir(), 'merge-none-'));
    expect((await cli(['merge', path.join(empty, 'nope'), '--out', out])).code).toBe(2);
  });
});
