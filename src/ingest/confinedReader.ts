/**
 * Reading untrusted files (data, notes, templates) so that nothing escapes its folder and
 * nothing exhausts memory: a file whose real path (links resolved) lies outside the real path of
 * its folder is refused without being read, and so is a file over the size limit. Errors name
 * the file as given and quote nothing of its content.
 */
import path from 'node:path';
import { BriefError, type ErrorKind } from '../errors.js';
import type { FileSystem } from '../model/effects.js';
import { formatBytes } from './limits.js';

/** The file-system primitives a confined reader needs. */
export type ConfinedFs = Pick<FileSystem, 'readText' | 'fileInfo'>;

/** What the files are, for messages: "price file", "note", "template". */
export interface ConfinedRules {
  readonly root: string;
  readonly maxBytes: number;
  readonly kind: ErrorKind;
  readonly what: string;
}

/**
 * A reader of files under `rules.root`. A missing file rejects with the file system's own error
 * (ENOENT), as `readText` would, so callers keep their "not found" messages.
 */
export function confinedReader(fs: ConfinedFs, rules: ConfinedRules) {
  let rootReal: Promise<string> | null = null;
  return async (file: string): Promise<string> => {
    rootReal ??= fs.fileInfo(rules.root).then((i) => i.real);
    const [root, info] = await Promise.all([rootReal, fs.fileInfo(file)]);
    if (info.real !== root && !info.real.startsWith(root + path.sep)) {
      throw new BriefError(
        rules.kind,
        `${file}: links to a file outside ${rules.root}; it is not read`,
        `copy the ${rules.what} into ${rules.root} instead of linking to it`,
      );
    }
    if (info.size > rules.maxBytes) {
      throw new BriefError(
        rules.kind,
        `${file}: ${formatBytes(info.size)}, over the ${formatBytes(rules.maxBytes)} limit for a ${rules.what}`,
        'see "Limits" in the README',
      );
    }
    return fs.readText(file);
  };
}
