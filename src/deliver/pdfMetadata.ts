/**
 * Document metadata of a printed brief (title, author, subject, keywords, creator, producer,
 * dates), written as a PDF incremental update (ISO 32000-1, 7.5.6) appended to Chromium's bytes:
 * a new version of the information dictionary, a cross-reference section for it and a trailer
 * pointing back to Chromium's with /Prev. Nothing Chromium wrote is parsed beyond its trailer and
 * its two print-time dates and its DOM node numbers (below), or rewritten but those, so the pass
 * takes a few milliseconds whatever the size of the PDF, and the outline
 * (bookmarks), the tagged structure, the fonts and the catalog (which already asks viewers to show
 * the title: /ViewerPreferences /DisplayDocTitle) are Chromium's own bytes.
 *
 * Chromium only sets the title from <title>; readers and archives want the rest. Dates are the
 * brief's as-of close, not the clock, so reprinting the same brief gives the same metadata. The one
 * exceptions to "nothing rewritten": Chromium stamps its own information dictionary with the print
 * time, and names structure elements by DOM node numbers that depend on what the page loaded
 * before; both are overwritten in place (the as-of close; each number's rank), same length, so no
 * offset moves, which makes a reprint of the same brief byte for byte the same PDF.
 */
import { BriefError } from '../errors.js';
import { dictionaryEnd, pdfDate, pdfTextString } from './pdf/pdfSyntax.js';

export interface PdfMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly creator: string;
  /** The brief's as-of instant (the session's close). */
  readonly asOf: Date;
}

/** Chromium's trailer: where its cross-reference table is and what the trailer names. */
interface Trailer {
  xrefOffset: number;
  size: number;
  /** The catalog's reference, e.g. "31 0". */
  root: string;
  info: number | null;
  id: string | null;
}

function unexpected(what: string): BriefError {
  return new BriefError(
    'browser',
    `the printed PDF has an unexpected structure: ${what}`,
    'the metadata pass expects Chromium output (one cross-reference table, no encryption); check the browser with --debug',
  );
}

/** The last trailer of `text` (the PDF as latin1): one classic cross-reference table, unencrypted. */
function readTrailer(text: string): Trailer {
  const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  if (!tail) throw unexpected('no startxref at the end');
  const xrefOffset = Number(tail[1]);
  if (!text.startsWith('xref', xrefOffset)) throw unexpected('no cross-reference table');
  const at = text.indexOf('trailer', xrefOffset);
  const open = text.indexOf('<<', at);
  const end = at < 0 || open < 0 ? -1 : dictionaryEnd(text, open);
  if (end < 0) throw unexpected('no trailer dictionary');
  const dict = text.slice(open, end);
  if (/\/(Encrypt|Prev|XRefStm)\b/.test(dict)) throw unexpected('encrypted or already updated');
  const size = /\/Size\s+(\d+)/.exec(dict);
  const root = /\/Root\s+(\d+)\s+(\d+)\s+R/.exec(dict);
  if (!size || !root) throw unexpected('no /Size or /Root in the trailer');
  const info = /\/Info\s+(\d+)\s+0\s+R/.exec(dict);
  return {
    xrefOffset,
    size: Number(size[1]),
    root: `${root[1]} ${root[2]}`,
    info: info ? Number(info[1]) : null,
    id: /\/ID\s*(\[[^\]]*\])/.exec(dict)?.[1] ?? null,
  };
}

function infoDictionary(meta: PdfMetadata): string {
  const date = pdfDate(meta.asOf);
  const entries: [string, string][] = [
    ['Title', pdfTextString(meta.title)],
    ['Author', pdfTextString(meta.author)],
    ['Subject', pdfTextString(meta.subject)],
    ['Keywords', pdfTextString(meta.keywords.join(' '))],
    ['Creator', pdfTextString(meta.creator)],
    ['Producer', pdfTextString(`${meta.creator} (Chromium)`)],
    ['CreationDate', pdfTextString(date)],
    ['ModDate', pdfTextString(date)],
  ];
  return `<<${entries.map(([k, v]) => `/${k} ${v}`).join('\n')}>>`;
}

/** Where Chromium's clock dates are in its information dictionary, near the start of the file. */
const CHROMIUM_DATE = /\/(?:CreationDate|ModDate)\s*\((D:\d{14}[^)]*)\)/g;

/**
 * The as-of close written over Chromium's print-time dates in `out` (a copy of `text`'s bytes),
 * where it fits exactly (`D:YYYYMMDDHHmmSS+00'00'`, the form Chromium writes); a date of any
 * other length is left alone (the appended dictionary supersedes it for readers anyway).
 */
function pinChromiumDates(out: Uint8Array, text: string, asOf: Date): void {
  const stamp = `${pdfDate(asOf).slice(0, -1)}+00'00'`;
  for (const m of text.slice(0, 4096).matchAll(CHROMIUM_DATE)) {
    const date = m[1] as string;
    if (date.length !== stamp.length) continue;
    out.set(Buffer.from(stamp, 'latin1'), m.index + m[0].length - 1 - date.length);
  }
}

/** A DOM node's number in the tagged structure (`/ID (node00000199)`, /Headers, the IDTree). */
const NODE_ID = /\(node(\d{8})\)/g;

/**
 * Chromium's DOM node numbers in `out` (a copy of `text`'s bytes) replaced by their rank among
 * the document's node numbers (`node00000001` for the lowest), in place (same width). Chromium
 * numbers nodes per renderer process, so the same HTML printed on a page that loaded another
 * document before (the warm-up print, a backfill's reused page) would otherwise give other
 * numbers: ranks keep their order (the IDTree stays sorted) and make those prints the same bytes.
 */
function pinNodeIds(out: Uint8Array, text: string): void {
  const found = [...text.matchAll(NODE_ID)];
  const ranks = new Map(
    [...new Set(found.map((m) => Number(m[1])))].sort((a, b) => a - b).map((n, k) => [n, k + 1]),
  );
  for (const m of found) {
    const rank = String(ranks.get(Number(m[1]))).padStart(8, '0');
    out.set(Buffer.from(rank, 'latin1'), m.index + '(node'.length);
  }
}

/**
 * Return `pdf` (Chromium's output) with its information dictionary set; the bytes of `pdf` are
 * kept as they are but for its print-time dates (pinned to the as-of close) and its DOM node
 * numbers (pinned to their ranks, {@link pinNodeIds}), and the update follows them. Throws BriefError('browser') when `pdf` is not
 * shaped as Chromium writes PDFs.
 */
export function setPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const trailer = readTrailer(text);
  const info = trailer.info ?? trailer.size;
  const lead = text.endsWith('\n') ? '' : '\n';
  const object = `${lead}${info} 0 obj\n${infoDictionary(meta)}\nendobj\n`;
  const offset = pdf.byteLength + lead.length;
  const xrefOffset = pdf.byteLength + Buffer.byteLength(object, 'latin1');
  const id = trailer.id === null ? '' : `\n/ID ${trailer.id}`;
  const update =
    object +
    `xref\n${info} 1\n${String(offset).padStart(10, '0')} 00000 n \ntrailer\n` +
    `<</Size ${Math.max(trailer.size, info + 1)}\n/Root ${trailer.root} R\n/Info ${info} 0 R` +
    `\n/Prev ${trailer.xrefOffset}${id}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const out = new Uint8Array(pdf.byteLength + Buffer.byteLength(update, 'latin1'));
  out.set(pdf);
  pinChromiumDates(out, text, meta.asOf);
  pinNodeIds(out, text);
  out.set(Buffer.from(update, 'latin1'), pdf.byteLength);
  return out;
}
