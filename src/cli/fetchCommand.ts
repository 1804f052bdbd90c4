/**
 * The `fetch` subcommand: append the sessions that have closed since the data's last row, from a
 * provider (Yahoo Finance by default, Stooq as an alternative). A changed past close stops the
 * run (a revision) unless --accept-revisions; a partial failure writes nothing unless
 * --allow-partial; a new row that fails validation or makes a suspicious jump writes nothing.
 * SIGINT or SIGTERM stops a request or a backoff at once: nothing written, exit 130 or 143.
 */
import { Command, Option } from '@commander-js/extra-typings';
import { PROVIDER_NAMES } from '../ingest/providers/providerNames.js';
import type { Effects } from './effects.js';
import { dataOption, debugOption, maxJumpOption, maxStockJumpOption } from './options.js';
import { dataReaders } from './readers.js';

/** `brief fetch`: add it to the program. */
export function fetchCommand(fx: (debug: boolean) => Effects) {
  return new Command('fetch')
    .description('Append newly closed sessions to data/closes/*.csv from a data provider.')
    .addOption(dataOption())
    .addOption(
      new Option('--provider <name>', 'data provider')
        .choices([...PROVIDER_NAMES])
        .default('yahoo'),
    )
    .option('--symbols <list>', 'comma-separated symbols (default: every series of the universe)')
    .option('--accept-revisions', 'rewrite past rows whose close the provider has changed', false)
    .option('--allow-partial', 'write the symbols that succeeded even if others failed', false)
    .addOption(maxJumpOption('largest close-to-close move a new row of an index or ETF may make'))
    .addOption(maxStockJumpOption())
    .addOption(debugOption())
    .addHelpText('after', '\nEnvironment:\n  STOOQ_API_KEY  API key for the Stooq provider')
    .action(async (opts) => {
      const effects = fx(opts.debug);
      // The providers and their HTTP stack load only when the fetch runs, not for every command.
      const [{ fetchData }, { formatFetchReport }, { providerByName }] = await Promise.all([
        import('../ingest/fetchData.js'),
        import('../ingest/fetchReport.js'),
        import('../ingest/providers/providerByName.js'),
      ]);
      const provider = providerByName(opts.provider, {
        // A request in flight is aborted too when the run is asked to stop.
        fetch: (url, init) =>
          effects.fetch(url, {
            ...init,
            signal: init?.signal ? AbortSignal.any([init.signal, effects.signal]) : effects.signal,
          }),
        clock: effects,
        timeoutMs: 15_000,
        stooqApiKey: effects.env.STOOQ_API_KEY,
      });
      const report = await fetchData(
        {
          dataDir: opts.data,
          symbols: opts.symbols
            ?.split(',')
            .map((x) => x.trim().toUpperCase())
            .filter(Boolean),
          provider,
          now: effects.now(),
          acceptRevisions: opts.acceptRevisions,
          allowPartial: opts.allowPartial,
          maxJump: opts.maxJump,
          maxStockJump: opts.maxStockJump,
        },
        { ...effects, readText: dataReaders(effects, opts.data).prices },
      );
      for (const line of formatFetchReport(report)) effects.out(line);
    });
}
