/**
 * The slot holding a run's browser, with fake browsers: a live one is kept,
 * a dead one relaunched once for every print waiting, nothing launches after
 * kill() or close(), and close() kills what does not close in time.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BrowserSlot } from '../../../src/deliver/browser/browserSlot.js';
import type { LaunchedBrowser } from '../../../src/deliver/launchBrowser.js';
import { BriefError } from '../../../src/errors.js';

/** A fake launched browser: alive until killed or `die()`d. */
function fakeBrowser(id: number) {
  let alive = true;
  let kills = 0;
  const launched: LaunchedBrowser & { die(): void; kills(): number } = {
    browser: { close: async () => void (alive = false) } as unknown as Browser,
    pid: id,
    profileDir: `/tmp/p${id}`,
    exited: Promise.resolve(),
    isAlive: () => alive,
    kill: () => {
      alive = false;
      kills++;
    },
    end: async () => {
      alive = false;
      kills++;
    },
    die: () => void (alive = false),
    kills: () => kills,
  };
  return launched;
}

describe('BrowserSlot', () => {
  function slotWithFakes() {
    const launched: ReturnType<typeof fakeBrowser>[] = [];
    const slot = new BrowserSlot(async () => {
      await sleep(5);
      const b = fakeBrowser(launched.length + 1);
      launched.push(b);
      return b;
    });
    return { slot, launched };
  }

  it('keeps a live browser and relaunches a dead one once for all waiting prints', async () => {
    const { slot, launched } = slotWithFakes();
    const first = await slot.acquire();
    expect(await slot.acquire()).toBe(first);
    launched[0]!.die();
    const [a, b, c] = await Promise.all([slot.acquire(), slot.acquire(), slot.acquire()]);
    expect(launched).toHaveLength(2);
    expect(a).toBe(launched[1]);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(launched[0]!.kills()).toBe(1); // the dead one is made sure of
  });

  it('after kill() nothing launches; a launch in flight is killed when it lands', async () => {
    const { slot, launched } = slotWithFakes();
    const starting = slot.acquire();
    slot.kill();
    await expect(starting).rejects.toMatchObject({ kind: 'browser' });
    expect(launched[0]!.kills()).toBe(1);
    await expect(slot.acquire()).rejects.toMatchObject({
      message: 'printing the PDF failed: the browser was already closed',
    });
    slot.kill();
    await slot.close(100);
    expect(launched).toHaveLength(1);
  });

  it('close() closes the browser, then kills it (removing its folder), and is idempotent', async () => {
    const { slot, launched } = slotWithFakes();
    await slot.acquire();
    await slot.close(100);
    expect(launched[0]!.isAlive()).toBe(false);
    expect(launched[0]!.kills()).toBe(1);
    await slot.close(100);
    await expect(slot.acquire()).rejects.toBeInstanceOf(BriefError);
  });

  it('close() of a browser that never answers kills it at the deadline', async () => {
    const hung = fakeBrowser(1);
    (hung.browser as { close: () => Promise<void> }).close = () => new Promise(() => undefined);
    const slot = new BrowserSlot(async () => hung);
    await slot.acquire();
    await slot.close(30);
    expect(hung.kills()).toBeGreaterThanOrEqual(1);
    expect(hung.isAlive()).toBe(false);
  });
});
