/**
 * A real brief for the email tests, built once per test file by the CLI (real data, real
 * templates) into a temporary folder, with a printer that returns a small valid PDF (pdf-lib)
 * carrying a binary attachment with every byte value, so a broken base64 or newline conversion
 * of the emailed PDF shows. (No browser needed.)
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { OpenPrinter } from '../../../src/deliver/pdfPrinter.js';
import { REPO, runCli } from '../../helpers/cliHarness.js';

/** 64 KiB of noise that starts with every byte value, CR and LF included. */
function noise(seed: number): Uint8Array {
  const body = new Uint8Array(64 * 1024);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < body.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    body[i] = i < 256 ? i : x & 0xff;
  }
  return body;
}

/** A one-page PDF with `noise(seed)` attached as a file. */
export async function binaryPdf(seed: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]).drawText('test brief', { x: 20, y: 100, size: 12 });
  await doc.attach(noise(seed), 'noise.bin', {
    mimeType: 'application/octet-stream',
    creationDate: new Date(0),
    modificationDate: new Date(0),
  });
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  return doc.save({ useObjectStreams: false });
}

const binaryPrinter: OpenPrinter = async () => ({
  print: (html) => binaryPdf(html.length),
  close: async () => undefined,
  kill: () => undefined,
});

/** Build the brief for `date` (default 2026-01-22); resolves to its folder. */
export async function buildTestBrief(date = '2026-01-22'): Promise<{ root: string; dir: string }> {
  const root = mkdtempSync(path.join(tmpdir(), 'brief-email-'));
  const out = path.join(root, 'reports');
  const res = await runCli(
    [
      '--date',
      date,
      '--data',
      path.join(REPO, 'data'),
      '--out',
      out,
      '--templates',
      path.join(REPO, 'templates'),
    ],
    { printer: binaryPrinter },
  );
  if (res.code !== 0)
    throw new Error(`building the test brief failed (${res.code}): ${res.stderr}`);
  return { root, dir: path.join(out, date.slice(0, 4), date) };
}
