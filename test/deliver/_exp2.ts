import { launchBrowser } from '../../src/deliver/launchBrowser.js';
try { const b = await launchBrowser('/usr/bin/chromium', { isRoot: false, env: process.env }); console.log('launched'); await b.close(); } catch (e: any) { console.log(e.message, '|', e.hint, '|', JSON.stringify(String(e.cause?.message).slice(0, 600))); }
