/**
 * Memory of a process and of its whole tree (node plus the Chromium it starts), read from
 * Linux /proc. Periodic samples read only /proc/<pid>/status (kernel counters, cheap): VmRSS and
 * RssAnon per process. RSS counts shared pages (Chromium's code, fonts) once per process, so the
 * tree's RSS sum overstates what the run costs; the RssAnon sum (private heap memory) does not.
 * PSS (proportional set size) is exact but /proc/<pid>/smaps_rollup walks every page table: on
 * this 2-core machine a reading of a Chromium tree costs 50-150 ms of CPU, so it is only taken
 * at the few explicit readings (`reading(true)`), never in the periodic sampling.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeMemory {
  /** Processes in the tree (the root included). */
  readonly processes: number;
  /** Sum of VmRSS over the tree, KB. */
  readonly rssKB: number;
  /** Sum of RssAnon over the tree, KB. */
  readonly anonKB: number;
  /** Sum of Pss over the tree, KB (NaN unless asked for). */
  readonly pssKB: number;
  /** The root's own VmRSS, KB. */
  readonly rootRssKB: number;
}

function read(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null; // the process exited between listing and reading
  }
}

function field(text: string | null, name: string): number {
  const m = text === null ? null : new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
  return m ? Number(m[1]) : Number.NaN;
}

/** `root` and all its descendants, from the parent pid in /proc/<pid>/stat. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (stat === null) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  const out: number[] = [];
  const todo = [root];
  while (todo.length > 0) {
    const pid = todo.pop() as number;
    out.push(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** One reading of the processes `pids` (the first is the root); null when the root has exited. */
export function treeMemory(pids: readonly number[], withPss = false): TreeMemory | null {
  const rootRssKB = field(read(`/proc/${pids[0]}/status`), 'VmRSS');
  if (!Number.isFinite(rootRssKB)) return null;
  let rssKB = 0;
  let anonKB = 0;
  let pssKB = withPss ? 0 : Number.NaN;
  let processes = 0;
  for (const pid of pids) {
    const status = read(`/proc/${pid}/status`);
    const rss = field(status, 'VmRSS');
    if (!Number.isFinite(rss)) continue; // exited, or a zombie
    rssKB += rss;
    anonKB += field(status, 'RssAnon') || 0;
    if (withPss) pssKB += field(read(`/proc/${pid}/smaps_rollup`), 'Pss') || 0;
    processes++;
  }
  return { processes, rssKB, anonKB, pssKB, rootRssKB };
}

export interface Peaks {
  rssKB: number;
  anonKB: number;
  processes: number;
  samples: number;
}

/**
 * Sample the tree under `pid` every `intervalMs` until stop() (the tree itself is re-listed
 * every 5th sample); stop() returns the peak of each sum, reading(pss) one reading right now.
 */
export function sampleTree(
  pid: number,
  intervalMs: number,
): { stop(): Peaks; reading(withPss: boolean): TreeMemory | null } {
  const peaks: Peaks = { rssKB: 0, anonKB: 0, processes: 0, samples: 0 };
  let pids = [pid];
  let tick = 0;
  const take = (withPss: boolean): TreeMemory | null => {
    if (withPss || tick++ % 5 === 0) pids = processTree(pid);
    const m = treeMemory(pids, withPss);
    if (m === null) return null;
    peaks.rssKB = Math.max(peaks.rssKB, m.rssKB);
    peaks.anonKB = Math.max(peaks.anonKB, m.anonKB);
    peaks.processes = Math.max(peaks.processes, m.processes);
    peaks.samples++;
    return m;
  };
  const timer = setInterval(() => take(false), intervalMs);
  return {
    reading: take,
    stop() {
      clearInterval(timer);
      return peaks;
    },
  };
}

/** The machine's load average over 1, 5 and 15 minutes. */
export function loadAverage(): string {
  const [one, five, fifteen] = (read('/proc/loadavg') ?? '? ? ?').split(' ');
  return `${one} ${five} ${fifteen}`;
}
