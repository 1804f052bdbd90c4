/**
 * A run killed with SIGKILL leaves no Chromium behind (it exits when its
 * DevTools pipe closes) and only a profile folder, which the next run's
 * cleanup removes; a Chromium that did outlive its owner is killed by the
 * cleanup. Folders of live owners are never touched.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  cleanOrphanBrowsers,
  type OrphanEffects,
} from '../../src/deliver/browser/orphanBrowsers.js';
import { realOrphanEffects } from '../../src/deliver/browser/realOrphanEffects.js';
import { REPO } from '../helpers/cliHarness.js';
import {
  browserPids,
  CHROMIUM,
  eventually,
  groupMembers,
  profileDirs,
  scratchTmp,
} from './browser/chromiumHarness.js';

describe('cleanOrphanBrowsers (effects faked)', () => {
  const dir = (name: string) => path.join('/t', name);
  function fakes(): OrphanEffects & { killed: number[]; removed: string[] } {
    const killed: number[] = [];
    const removed: string[] = [];
    return {
      tmpDir: '/t',
      killed,
      removed,
      listDir: () => [
        'rotation-brief-chromium-111-abc', // owner dead, browser still running
        'rotation-brief-chromium-222-def', // owner alive
        'rotation-brief-chromium-333-ghi', // owner dead, no browser
        'rotation-brief-chromium-x-1', // not ours
        'puppeteer_dev_chrome_profile-1',
      ],
      isAlive: (pid) => pid === 222,
      listProcesses: () => [
        {
          pid: 10,
          args: ['chromium', `--user-data-dir=${dir('rotation-brief-chromium-111-abc')}`],
        },
        {
          pid: 11,
          args: ['chromium', `--user-data-dir=${dir('rotation-brief-chromium-222-def')}`],
        },
        { pid: 12, args: ['chromium', '--user-data-dir=/home/me/.config/chromium'] },
        { pid: 13, args: ['less', dir('rotation-brief-chromium-111-abc')] },
        // its folder is already gone, the browser is not
        { pid: 14, args: ['chromium', `--user-data-dir=${dir('rotation-brief-chromium-444-z')}`] },
      ],
      kill: (pid) => void killed.push(pid),
      rm: (d) => void removed.push(d),
    };
  }

  it('kills browsers of dead owners and removes their folders; leaves everything else', () => {
    const fx = fakes();
    const report = cleanOrphanBrowsers(fx);
    expect(fx.killed).toEqual([10, 14]);
    expect(fx.removed).toEqual([
      dir('rotation-brief-chromium-111-abc'),
      dir('rotation-brief-chromium-333-ghi'),
    ]);
    expect(report).toEqual({ killedPids: fx.killed, removedDirs: fx.removed });
  });
});

/** Start the fixture that opens a printer and waits; resolves once it printed. */
async function startHolder(tmp: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(REPO, 'test/deliver/fixtures/holdPrinter.ts'), tmp],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const ready = await eventually(() => out.includes('READY'), 40_000);
  expect(ready, 'the holder printed').toBe(true);
  return child;
}

describe('a run killed with SIGKILL', () => {
  it('its Chromium exits by itself; cleanup removes the folder, kills a survivor, spares the living', async () => {
    const tmp = scratchTmp();
    const holder = await startHolder(tmp);
    const [browser] = browserPids(tmp);
    expect(browser).toBeDefined();
    const [orphanDir] = profileDirs(tmp);
    expect(orphanDir).toMatch(new RegExp(`^rotation-brief-chromium-${holder.pid}-`));

    holder.kill('SIGKILL');
    await once(holder, 'exit');
    // The DevTools pipe closed with its owner: Chromium and every helper exit within seconds.
    expect(await eventually(() => groupMembers(browser!).length === 0, 10_000)).toBe(true);
    expect(profileDirs(tmp)).toEqual([orphanDir]); // only the folder is left behind

    // A browser that does not die with its owner (DevTools on a port, not a pipe) ...
    const survivorDir = path.join(tmp, `rotation-brief-chromium-${holder.pid}-survivor`);
    const survivor = spawn(
      CHROMIUM,
      [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        `--user-data-dir=${survivorDir}`,
        '--remote-debugging-port=0',
        'about:blank',
      ],
      { detached: true, stdio: 'ignore', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' } },
    );
    const running = () => browserPids(tmp).length === 1 && existsSync(survivorDir);
    expect(await eventually(running, 20_000)).toBe(true);
    // ... and a live process's folder (this test's own).
    const liveDir = mkdtempSync(path.join(tmp, `rotation-brief-chromium-${process.pid}-`));
    mkdirSync(path.join(liveDir, 'Default'));

    const report = cleanOrphanBrowsers(realOrphanEffects(tmp));
    expect(report.killedPids).toContain(survivor.pid);
    expect(report.removedDirs.sort()).toEqual([path.join(tmp, orphanDir!), survivorDir].sort());
    await once(survivor, 'exit');
    expect(await eventually(() => groupMembers(survivor.pid!).length === 0, 10_000)).toBe(true);
    expect(profileDirs(tmp)).toEqual([path.basename(liveDir)]);
    rmSync(liveDir, { recursive: true });
  });
});
