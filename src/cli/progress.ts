/**
 * Progress of long work: a bar with ETA on a terminal (cli-progress), plain lines elsewhere
 * (CI logs), e.g. "[12/100] 2026-01-22 built (ETA 31 s)".
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** One unit done; `label` says which (a date) and `status` what happened to it. */
  tick(label: string, status: string): void;
  stop(): void;
}

export type ProgressFactory = (total: number, what: string) => Progress;

/** Plain-line progress through `write` (one line per unit, with a running ETA). */
export function plainProgress(write: (line: string) => void, now: () => number): ProgressFactory {
  return (total, what) => {
    const start = now();
    let done = 0;
    write(`${what}: ${total} to do`);
    return {
      tick(label, status) {
        done++;
        const elapsed = (now() - start) / 1000;
        const eta = done < total ? `, ETA ${Math.round((elapsed / done) * (total - done))} s` : '';
        write(`[${done}/${total}] ${label} ${status} (${elapsed.toFixed(1)} s${eta})`);
      },
      stop() {
        write(`${what}: ${done}/${total} done in ${((now() - start) / 1000).toFixed(1)} s`);
      },
    };
  };
}

/** A terminal progress bar on `stream` (a TTY). */
export function barProgress(stream: NodeJS.WritableStream): ProgressFactory {
  return (total, what) => {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${what} [{bar}] {value}/{total} {label} | ETA {eta_formatted}`,
        hideCursor: true,
        etaBuffer: 20,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { label: '' });
    return {
      tick: (label, status) => bar.increment(1, { label: `${label} ${status}` }),
      stop: () => bar.stop(),
    };
  };
}
