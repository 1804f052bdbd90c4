/**
 * A brief cannot reach the network, nor read a local file, while it is
 * printed: every way a page can start a request, aimed at an HTTP and a raw
 * TCP listener on 127.0.0.1 (and at `localhost`), fails the print with a
 * template error, and neither listener ever sees a connection. Request
 * interception alone misses prefetch, preconnect, dns-prefetch and
 * modulepreload (a real GET and a TCP connect reached the listener before
 * the browser was cut off); one browser serves every case.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openChromiumPrinter, type PdfPrinter } from '../../src/deliver/pdfPrinter.js';
import { BriefError } from '../../src/errors.js';
import { readPdf } from '../helpers/pdfText.js';
import { PRINT, printerOptions, profileDirs, scratchTmp } from './browser/chromiumHarness.js';

const SECRET = 'SECRET-7f3a9c-do-not-print';
const secretDir = mkdtempSync(path.join(tmpdir(), 'brief-secret-'));
const secretFile = path.join(secretDir, 'secret.txt');
const secretSvg = path.join(secretDir, 'secret.svg');
writeFileSync(secretFile, `${SECRET}\n`);
writeFileSync(
  secretSvg,
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><text y="20">${SECRET}</text></svg>`,
);

const connections: string[] = [];
const httpServer = http.createServer((req, res) => res.end(`${SECRET} ${req.url}`));
httpServer.on('connection', () => connections.push('http'));
const tcpServer = net.createServer((socket) => {
  connections.push('tcp');
  socket.end();
});

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

/** Each case: a fragment of markup using `h` (HTTP base), `t` (TCP base), `l` (localhost base). */
type Bases = { h: string; t: string; l: string };
const NETWORK_CASES: Record<string, (b: Bases) => string> = {
  'link rel=prefetch': ({ h }) => `<link rel="prefetch" href="${h}/prefetch">`,
  'link rel=prefetch (localhost)': ({ l }) => `<link rel="prefetch" href="${l}/prefetch">`,
  'link rel=preconnect': ({ t }) => `<link rel="preconnect" href="${t}/">`,
  'link rel=dns-prefetch': ({ l }) => `<link rel="dns-prefetch" href="${l}/">`,
  'link rel=modulepreload': ({ h }) => `<link rel="modulepreload" href="${h}/module.js">`,
  'link rel=stylesheet': ({ h }) => `<link rel="stylesheet" href="${h}/style.css">`,
  'CSS @import': ({ h }) => `<style>@import url("${h}/import.css");</style>`,
  'CSS url() background': ({ t }) =>
    `<div style="width:20px;height:20px;background:url('${t}/bg.png')"></div>`,
  'CSS url() @font-face': ({ h }) =>
    `<style>@font-face{font-family:Evil;src:url("${h}/font.woff2")} p{font-family:Evil}</style>`,
  img: ({ h }) => `<img src="${h}/img.png" alt="">`,
  'img srcset': ({ h }) => `<img srcset="${h}/srcset.png 1x, ${h}/srcset2.png 2x" alt="">`,
  'picture source': ({ h }) => `<picture><source srcset="${h}/pic.png"><img alt=""></picture>`,
  'SVG image href': ({ h }) =>
    `<svg width="20" height="20"><image href="${h}/svg.png" width="20" height="20"/></svg>`,
  object: ({ t }) => `<object data="${t}/object"></object>`,
  embed: ({ h }) => `<embed src="${h}/embed">`,
  'video poster': ({ h }) => `<video poster="${h}/poster.png"></video>`,
  'audio src': ({ h }) => `<audio src="${h}/audio.mp3" preload="auto"></audio>`,
  iframe: ({ h }) => `<iframe src="${h}/iframe"></iframe>`,
  'meta refresh': ({ h }) => `<meta http-equiv="refresh" content="0;url=${h}/refresh">`,
  'meta refresh, delayed': ({ t }) => `<meta http-equiv="refresh" content="1; url=${t}/later">`,
  'meta refresh to data:': () =>
    `<meta http-equiv="refresh" content="0;url=data:text/html,<h1>REPLACED</h1>">`,
  'link rel=icon': ({ h }) => `<link rel="icon" href="${h}/favicon.ico">`,
  'file: img': () => `<img src="file://${secretSvg}" alt="">`,
  'file: link rel=prefetch': () => `<link rel="prefetch" href="file://${secretFile}">`,
};

/** Local files the page cannot even ask for (Chromium refuses them silently): the secret stays out. */
const FILE_CASES: Record<string, string> = {
  'file: iframe': `<iframe src="file://${secretFile}" width="400" height="100"></iframe>`,
  'file: object': `<object data="file://${secretFile}" width="400" height="100"></object>`,
  'file: embed': `<embed src="file://${secretFile}" width="400" height="100">`,
  'file: CSS background': `<div style="width:300px;height:40px;background:url('file://${secretSvg}')"></div>`,
};

function page(fragment: string): string {
  return `<!doctype html><html><head><meta charset="utf-8">${fragment}</head><body><h1>ORIGINAL</h1><p>text</p>${fragment}</body></html>`;
}

describe('a brief cannot reach the network or local files while printing', () => {
  const tmp = scratchTmp();
  let printer: PdfPrinter;
  let bases: Bases;

  beforeAll(async () => {
    const [httpPort, tcpPort] = await Promise.all([listen(httpServer), listen(tcpServer)]);
    bases = {
      h: `http://127.0.0.1:${httpPort}`,
      t: `http://127.0.0.1:${tcpPort}`,
      l: `http://localhost:${httpPort}`,
    };
    printer = await openChromiumPrinter(printerOptions(tmp))();
  });

  afterAll(async () => {
    await printer?.close();
    httpServer.close();
    tcpServer.close();
    expect(profileDirs(tmp)).toEqual([]);
  });

  it('the listeners work (a plain Node client reaches both)', async () => {
    const res = await fetch(`${bases.h}/probe`);
    expect(await res.text()).toContain(SECRET);
    await new Promise<void>((resolve) =>
      net.connect(Number(new URL(bases.t).port), '127.0.0.1').on('close', () => resolve()),
    );
    expect(connections.sort()).toEqual(['http', 'tcp']);
    connections.length = 0;
  });

  it.each(Object.keys(NETWORK_CASES))('%s: the print fails with a template error', async (name) => {
    const html = page(NETWORK_CASES[name]!(bases));
    const error = await printer.print(html, PRINT).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BriefError);
    expect(error).toMatchObject({ kind: 'template', exitCode: 6 });
    expect((error as BriefError).message).toMatch(/^the brief tried to load \d+ external resource/);
  });

  it.each(Object.keys(FILE_CASES))('%s: the PDF does not contain the file', async (name) => {
    const html = page(FILE_CASES[name]!);
    const printed = await printer.print(html, PRINT).then(
      (pdf) => ({ pdf }),
      (error: unknown) => ({ error }),
    );
    if ('error' in printed) {
      expect(printed.error).toMatchObject({ kind: 'template' });
    } else {
      const doc = await readPdf(printed.pdf);
      expect(doc.text).toContain('ORIGINAL');
      expect(doc.text).not.toContain(SECRET);
    }
  });

  it('a clean page still prints afterwards, unreplaced', async () => {
    const doc = await readPdf(await printer.print(page('<style>h1{color:#123}</style>'), PRINT));
    expect(doc.text).toContain('ORIGINAL');
    expect(doc.text).not.toContain('REPLACED');
  });

  it('no connection ever reached either listener', async () => {
    // Speculative requests and the delayed refresh would have fired by now.
    await sleep(1500);
    expect(connections).toEqual([]);
  });
});
