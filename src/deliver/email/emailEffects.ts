/**
 * Everything emailing a brief does to the outside world: a subset of the CLI's one set of effects
 * (src/cli/effects.ts), passed in (tests use a real SMTP server on 127.0.0.1 and a temporary
 * folder, with a sleep that does not wait).
 */
import type { Clock, FileSystem } from '../../model/effects.js';
import type { RasterizeSvgs } from './rasterizeSvgs.js';
import type { SendEffects } from './sendEmail.js';

/** The effects of {@link emailBrief}. */
export type EmailEffects = Pick<FileSystem, 'readText' | 'readBinary' | 'writeAtomic'> &
  Pick<Clock, 'now'> &
  SendEffects & {
    /** SVG charts to PNG (resvg with the bundled Inter). */
    readonly rasterize: RasterizeSvgs;
  };
