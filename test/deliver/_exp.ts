import { existsSync, writeFileSync } from 'node:fs';
import { findBrowser } from '../../src/deliver/findBrowser.js';
import { launchBrowser } from '../../src/deliver/launchBrowser.js';
import { printPdf } from '../../src/deliver/printPdf.js';
import { readPdf } from '../helpers/pdfText.js';
const t0 = performance.now();
const b = await launchBrowser(findBrowser(process.env, existsSync));
const t1 = performance.now();
console.log('launch', t1 - t0, await b.version());
const html = `<!doctype html><html><head><title>Doc title</title></head><body><h1>Brief for January 22, 2026</h1><h2>Section A</h2><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table><img src="http://example.com/x.png"><img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC" width="40" height="40"><script>document.body.innerHTML='HACKED'</script><h2>Section B</h2></body></html>`;
for (let i = 0; i < 1; i++) {
const t2 = performance.now();
const r = await printPdf(b, html, { paper: 'a4', headerTitle: 'Rotation <brief>', headerDate: 'January 22, 2026', footerLeft: 'Source: test' });
console.log('print', performance.now() - t2, r.blockedRequests);
writeFileSync('/tmp/exp/out.pdf', r.pdf);
const c = await readPdf(r.pdf);
console.log(JSON.stringify({ ...c, pages: c.pages.map(p => ({...p})) }, null, 1));
}
await b.close();
