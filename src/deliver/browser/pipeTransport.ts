/**
 * puppeteer's ConnectionTransport over Chromium's `--remote-debugging-pipe`
 * (fd 3 carries commands to Chromium, fd 4 carries replies and events; each
 * message ends with a NUL byte). puppeteer-core has such a class but does not
 * export its type.
 */
import type { Readable, Writable } from 'node:stream';
import type { ConnectionTransport } from 'puppeteer-core';

/** A transport over the two DevTools pipes of a Chromium child process. */
export class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  readonly #write: Writable;
  readonly #read: Readable;
  #pending: Buffer[] = [];
  #closed = false;
  #onclose: (() => void) | undefined;
  /** The pipe closed before anyone listened (a browser that exited at once): told on `onclose =`. */
  #closedUnheard = false;

  constructor(write: Writable, read: Readable) {
    this.#write = write;
    this.#read = read;
    read.on('data', (chunk: Buffer) => this.#receive(chunk));
    read.on('close', () => this.#finish());
    // A broken pipe shows up as 'close'; the error itself says nothing more.
    read.on('error', () => undefined);
    write.on('error', () => undefined);
  }

  get onclose(): (() => void) | undefined {
    return this.#onclose;
  }

  /**
   * Called once when the pipe closes. Set after it closed (puppeteer connects after the browser
   * already exited), it is called at once, so the connection's pending calls fail instead of
   * waiting for their timeout.
   */
  set onclose(handler: (() => void) | undefined) {
    this.#onclose = handler;
    if (handler === undefined || !this.#closedUnheard) return;
    this.#closedUnheard = false;
    setImmediate(handler);
  }

  send(message: string): void {
    if (this.#closed) return;
    this.#write.write(message);
    this.#write.write('\0');
  }

  close(): void {
    this.#closed = true;
    this.#read.removeAllListeners('data');
  }

  #receive(chunk: Buffer): void {
    let start = 0;
    let end = chunk.indexOf(0);
    while (end !== -1) {
      this.#pending.push(chunk.subarray(start, end));
      const message = Buffer.concat(this.#pending).toString('utf8');
      this.#pending = [];
      // Delivered asynchronously, in order, as puppeteer's own pipe transport does.
      setImmediate(() => this.onmessage?.(message));
      start = end + 1;
      end = chunk.indexOf(0, start);
    }
    if (start < chunk.length) this.#pending.push(chunk.subarray(start));
  }

  #finish(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#onclose === undefined) this.#closedUnheard = true;
    else this.#onclose();
  }
}
