/**
 * The file-system effects the archive needs, passed in so the core stays pure and tests can use
 * a temporary folder (see {@link nodeArchiveFs} for the real implementation).
 */

/** One entry of a folder listing. */
export interface DirEntry {
  readonly name: string;
  readonly kind: 'file' | 'dir' | 'other';
}

/** What scanning and rebuilding the archive does to the disk. */
export interface ArchiveFs {
  /** List a folder; rejects with the Node error (code ENOENT, ENOTDIR, ...) when it cannot. */
  readonly readDir: (dir: string) => Promise<DirEntry[]>;
  /** Read a UTF-8 text file; rejects with the Node error when it cannot. */
  readonly readText: (file: string) => Promise<string>;
  /** Read a file's bytes; rejects with the Node error when it cannot. */
  readonly readBytes: (file: string) => Promise<Uint8Array>;
  /** Size and modification time of a file, links not followed (lstat). */
  readonly stat: (file: string) => Promise<{ readonly size: number; readonly mtimeMs: number }>;
  /** Replace `file` atomically (temporary sibling + rename): readers see old or new, never half. */
  readonly writeAtomic: (file: string, text: string) => Promise<void>;
}
