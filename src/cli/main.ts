/**
 * The command line. `main` takes the process pieces as arguments (argv, streams, and the effects
 * bin.ts builds) so tests drive it through an injected process; `npm run brief` wires in the
 * real one.
 */
import { CommanderError } from '@commander-js/extra-typings';
import { BriefError, ExitCode, Interrupted } from '../errors.js';
import { backfillCommand } from './backfillCommand.js';
import { briefCommand } from './briefCommand.js';
import { catchUpCommand } from './catchUpCommand.js';
import { checkCommand } from './checkCommand.js';
import type { Effects } from './effects.js';
import { fetchCommand } from './fetchCommand.js';
import { indexCommand } from './indexCommand.js';
import { mergeCommand } from './mergeCommand.js';
import { helpAsOption, unknownCommand } from './unknownCommand.js';
import { reportError } from './reportError.js';
import { sendCommand } from './sendCommand.js';

export { VERSION } from './options.js';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Build the commander program; actions call into `fx`. */
export function program(io: Io, fx: (debug: boolean) => Effects, setCode: (c: number) => void) {
  const output = {
    writeOut: io.stdout,
    writeErr: io.stderr,
    outputError: (text: string, write: (t: string) => void) => write(`brief: ${text}`),
  };
  const cmd = briefCommand(fx, setCode)
    .showHelpAfterError('(run brief --help for usage)')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput(output);
  for (const sub of [
    backfillCommand(fx),
    catchUpCommand(fx),
    indexCommand(fx),
    mergeCommand(fx),
    fetchCommand(fx),
    sendCommand(fx),
    checkCommand(fx),
  ]) {
    cmd.addCommand(
      sub
        .exitOverride()
        .configureOutput(output)
        .showHelpAfterError(`(run brief ${sub.name()} --help for usage)`),
    );
  }
  return cmd;
}

/** Run the CLI with `argv` (without node and script). Resolves to the exit code. */
export async function main(
  argv: readonly string[],
  io: Io,
  fx: (debug: boolean) => Effects,
): Promise<number> {
  let code: number = ExitCode.ok;
  const debug = argv.includes('--debug');
  try {
    const cli = program(io, fx, (c) => (code = c));
    const args = helpAsOption(argv);
    const unknown = unknownCommand(
      args,
      cli.commands.map((c) => c.name()),
    );
    if (unknown !== null) {
      io.stderr(`brief: error: ${unknown}\n(run brief --help for usage)\n`);
      return ExitCode.usage;
    }
    await cli.parseAsync(args, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    reportError(e, debug, io.stderr);
    return e instanceof BriefError || e instanceof Interrupted ? e.exitCode : ExitCode.internal;
  }
}
