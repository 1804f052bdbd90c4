/**
 * Memory of a process and of its whole tree (node plus the Chromium it starts), read from
 * Linux /proc (run as the same user, or root, to read Chromium's smaps_rollup). RSS counts shared pages (Chromium's code, fonts) once per process, so the tree's
 * RSS sum overstates what the run costs the machine; PSS (proportional set size, from
 * /proc/<pid>/smaps_rollup) shares them out and is the tree figure the bench holds to target.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeMemory {
  /** Processes in the tree (the root included). */
  readonly processes: number;
  /** Sum of VmRSS over the tree, KB. */
  readonly rssKB: number;
  /** Sum of Pss over the tree, KB. */
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

/** One reading of the tree under `root`, or null when the root has exited. */
export function treeMemory(root: number): TreeMemory | null {
  const rootStatus = read(`/proc/${root}/status`);
  const rootRssKB = field(rootStatus, 'VmRSS');
  if (!Number.isFinite(rootRssKB)) return null;
  let rssKB = 0;
  let pssKB = 0;
  let counted = 0;
  for (const pid of processTree(root)) {
    // A process that exits between the listing and the read is left out of this reading.
    const rollup = read(`/proc/${pid}/smaps_rollup`);
    const rss = field(rollup, 'Rss');
    const pss = field(rollup, 'Pss');
    if (!Number.isFinite(rss) || !Number.isFinite(pss)) continue;
    rssKB += rss;
    pssKB += pss;
    counted++;
  }
  if (counted === 0) return null;
  return { processes: counted, rssKB, pssKB, rootRssKB };
}

export interface Peaks {
  rssKB: number;
  pssKB: number;
  rootRssKB: number;
  processes: number;
  samples: number;
}

/** Sample the tree under `pid` every `intervalMs` until stop(); returns the peak of each sum. */
export function sampleTree(
  pid: number,
  intervalMs: number,
): { stop(): Peaks; now(): TreeMemory | null } {
  const peaks: Peaks = { rssKB: 0, pssKB: 0, rootRssKB: 0, processes: 0, samples: 0 };
  const take = (): TreeMemory | null => {
    const m = treeMemory(pid);
    if (m === null) return null;
    peaks.rssKB = Math.max(peaks.rssKB, m.rssKB);
    peaks.pssKB = Math.max(peaks.pssKB, m.pssKB);
    peaks.rootRssKB = Math.max(peaks.rootRssKB, m.rootRssKB);
    peaks.processes = Math.max(peaks.processes, m.processes);
    peaks.samples++;
    return m;
  };
  const timer = setInterval(take, intervalMs);
  return {
    now: take,
    stop() {
      clearInterval(timer);
      return peaks;
    },
  };
}

/** The machine's load average (1, 5, 15 minutes) and core count, for the log. */
export function loadAverage(): string {
  const [one, five, fifteen] = (read('/proc/loadavg') ?? '? ? ?').split(' ');
  return `${one} ${five} ${fifteen}`;
}
