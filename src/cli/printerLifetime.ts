/**
 * A run's printer, from launch to close: launched in the background (Chromium starts, ~0.5 s,
 * while the data loads), killed at once when the run is stopped (SIGTERM/SIGINT), and closed at
 * the end whatever happened.
 */
import type { PdfPrinter } from '../deliver/pdfPrinter.js';
import type { Effects } from './effects.js';

export type Settled<T> = { readonly value: T } | { readonly error: unknown };

function settle<T>(p: Promise<T>): Promise<Settled<T>> {
  return p.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

export interface PrinterLifetime {
  /** The printer, or the error that kept it from starting. */
  readonly ready: Promise<Settled<PdfPrinter>>;
  /** Close it (or make sure it is gone) and stop listening for the stop signal. */
  readonly close: () => Promise<void>;
}

/** Kill a printer now: its synchronous `kill` where it has one, else a close left running. */
function killNow(p: PdfPrinter): void {
  const k = (p as PdfPrinter & { kill?: () => void }).kill;
  if (k) k.call(p);
  else void p.close().catch(() => undefined);
}

/** Launch the printer of `fx` and tie it to the run's stop signal. */
export function startPrinter(fx: Pick<Effects, 'openPrinter' | 'signal'>): PrinterLifetime {
  const ready = settle(fx.openPrinter());
  const onStop = () => void ready.then((p) => ('value' in p ? killNow(p.value) : undefined));
  fx.signal.addEventListener('abort', onStop, { once: true });
  if (fx.signal.aborted) onStop();
  return {
    ready,
    close: async () => {
      fx.signal.removeEventListener('abort', onStop);
      const p = await ready;
      if ('value' in p) await p.value.close().catch(() => undefined);
    },
  };
}
