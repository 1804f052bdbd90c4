/**
 * Test harness for `brief fetch`: recorded fixtures, a fake network that refuses every request it
 * was not told about, a temporary copy of the data folder, and its hash.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import {
  type FetchDataOptions,
  type FetchEffects,
  fetchData,
} from '../../../src/ingest/fetchData.js';
import type { FetchLike } from '../../../src/ingest/providers/provider.js';
import { createYahooProvider } from '../../../src/ingest/providers/yahooProvider.js';
import { nodeFileSystem } from '../../../src/cli/nodeFileSystem.js';
import { fixedClock } from '../../helpers/machine.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
export const FIXTURES = join(ROOT, 'test/fixtures/providers');

/** Text of a recorded response in test/fixtures/providers. */
export function fixture(name: string): Promise<string> {
  return readFile(join(FIXTURES, name), 'utf8');
}

/** A New York wall-clock time, e.g. ny('2026-08-27T10:00'). */
export function ny(local: string): DateTime {
  const t = DateTime.fromISO(local, { zone: 'America/New_York' });
  if (!t.isValid) throw new Error(`bad test time ${local}`);
  return t;
}

/** One answer of the fake network: a response, a hang (until aborted), or a thrown error. */
export type Reply =
  { status: number; body: string; headers?: Record<string, string> } | 'hang' | Error;

/**
 * A URL the fake network serves: host, decoded path and (optionally) query parameters that must
 * match; replies are used in order, the last repeats.
 */
export interface Route {
  readonly host: string;
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly replies: readonly Reply[];
}

/** True when `u` is `route`'s URL. */
function matches(route: Route, u: URL, path: string): boolean {
  if (route.host !== u.host || route.path !== path) return false;
  return Object.entries(route.query ?? {}).every(([k, v]) => u.searchParams.get(k) === v);
}

/** A fake `fetch` over `routes`; any other URL throws "network disabled". `hits` counts per path. */
export function fakeNet(routes: readonly Route[]) {
  const hits = new Map<string, number>();
  const urls: string[] = [];
  const fetch: FetchLike = async (url, init) => {
    urls.push(url);
    const u = new URL(url);
    const path = decodeURIComponent(u.pathname);
    const route = routes.find((r) => matches(r, u, path));
    if (route === undefined)
      throw new Error(`network disabled: unexpected request to ${u.host}${path}${u.search}`);
    const n = hits.get(path) ?? 0;
    hits.set(path, n + 1);
    const reply = route.replies[Math.min(n, route.replies.length - 1)] as Reply;
    if (reply instanceof Error) throw reply;
    if (reply === 'hang') return hang(init?.signal ?? undefined);
    return new Response(reply.body, { status: reply.status, headers: reply.headers ?? {} });
  };
  return { fetch, hits: (path: string) => hits.get(path) ?? 0, urls };
}

/** Never answers; rejects when `signal` aborts. */
function hang(signal: AbortSignal | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
}

/** Yahoo chart route for `ticker` serving `replies`. */
export function yahooRoute(ticker: string, ...replies: Reply[]): Route {
  return { host: 'query2.finance.yahoo.com', path: `/v8/finance/chart/${ticker}`, replies };
}

/** Stooq CSV route for `ticker` (e.g. `iwm.us`) serving `replies`. */
export function stooqRoute(ticker: string, ...replies: Reply[]): Route {
  return { host: 'stooq.com', path: '/q/d/l/', query: { s: ticker, i: 'd' }, replies };
}

/** A 200 JSON reply. */
export const ok = (body: string): Reply => ({
  status: 200,
  body,
  headers: { 'content-type': 'application/json' },
});

/** A copy of data/universe.json and data/closes/<symbols>.csv in a fresh temporary folder. */
export async function tempDataDir(symbols: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'brief-fetch-'));
  await mkdir(join(dir, 'closes'));
  await copyFile(join(ROOT, 'data/universe.json'), join(dir, 'universe.json'));
  for (const s of symbols)
    await copyFile(join(ROOT, `data/closes/${s}.csv`), join(dir, 'closes', `${s}.csv`));
  return dir;
}

/** SHA-256 over every file name and content under `dir` (sorted), to prove nothing changed. */
export async function hashDir(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const f of files)
    hash
      .update(f)
      .update('\0')
      .update(await readFile(f))
      .update('\0');
  return hash.digest('hex');
}

/**
 * Real file effects (atomic writes) with a recording `sleep` and `log`, and the run's stop
 * signal: `stop.abort('SIGINT')` is a Ctrl-C. `sleep` returns at once unless `hooks.onSleep`
 * (called with each wait) says otherwise.
 */
export function testEffects() {
  const sleeps: number[] = [];
  const logs: string[] = [];
  const stop = new AbortController();
  const hooks: { onSleep: (ms: number) => Promise<void> } = { onSleep: async () => undefined };
  const fx: FetchEffects = {
    readText: (f) => readFile(f, 'utf8'),
    writeAtomic: nodeFileSystem(process.pid).writeAtomic,
    sleep: async (ms) => {
      sleeps.push(ms);
      await hooks.onSleep(ms);
    },
    log: (line) => logs.push(line),
    signal: stop.signal,
  };
  return { fx, sleeps, logs, stop, hooks };
}

/** Recorded Yahoo chart responses after the 2026-08-26 close. */
export const RUT_JSON = 'yahoo-chart-RUT-2026-08-21..26.json';
export const IWM_JSON = 'yahoo-chart-IWM-2026-08-21..26.json';
/** Latest closed session at this time: Wed 2026-08-26. */
export const AFTER_CLOSE = ny('2026-08-27T10:00');
/** The providers' clock, stopped at {@link AFTER_CLOSE}. */
export const CLOCK = fixedClock(AFTER_CLOSE);

/**
 * A temp data dir with RUT and IWM, their old texts, and `run` (fetchData over `routes` with the
 * Yahoo provider, 50 ms timeout, 3 retries from 1 s, at {@link AFTER_CLOSE}).
 */
export async function setup(routes: Route[], overrides: Partial<FetchDataOptions> = {}) {
  const dir = await tempDataDir(['RUT', 'IWM']);
  const read = (s: string) => readFile(join(dir, 'closes', `${s}.csv`), 'utf8');
  const old = { RUT: await read('RUT'), IWM: await read('IWM') };
  const net = fakeNet(routes);
  const effects = testEffects();
  const options: FetchDataOptions = {
    dataDir: dir,
    symbols: ['RUT', 'IWM'],
    provider: createYahooProvider({ fetch: net.fetch, clock: CLOCK, timeoutMs: 50 }),
    now: AFTER_CLOSE,
    retry: { retries: 3, baseDelayMs: 1000 },
    ...overrides,
  };
  const run = (more: Partial<FetchDataOptions> = {}) =>
    fetchData({ ...options, ...more }, effects.fx);
  return { dir, read, old, net, run, ...effects };
}

/** Resolves to what `p` rejected with (or an Error saying it did not reject). */
export const failure = (p: Promise<unknown>) =>
  p.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
