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

/**
 * Launch the printer of `fx` and tie it to the run's stop signal. Browsers left by runs that
 * were killed outright (SIGKILL) are reaped first.
 */
export function startPrinter(
  fx: Pick<Effects, 'openPrinter' | 'signal' | 'reapBrowsers' | 'log'>,
): PrinterLifetime {
  for (const line of fx.reapBrowsers()) fx.log(`Cleanup: ${line}`);
  const ready = settle(fx.openPrinter());
  const onStop = () => void ready.then((p) => ('value' in p ? p.value.kill() : undefined));
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
