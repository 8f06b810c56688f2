/**
 * No layout shift while a page loads (CLS 0), on a 360 × 740 phone with the
 * CPU slowed down 4× (Chrome DevTools Emulation.setCPUThrottlingRate), on every
 * built page: what scripts add after load (reading aids, the phase memory,
 * search, filters) must take space that was already there, or none.
 * The shifts are read from a buffered PerformanceObserver ('layout-shift'),
 * so nothing here waits for time. /werkblad/ has its own test in worksheet-flow.test.ts.
 *
 * Counted from the moment the HTML is parsed (domInteractive), when the
 * page's scripts start: with the CPU slowed down, Chromium sometimes paints a
 * half-parsed page (the header without its Menu button), a shift no page can
 * prevent and that a phone with the whole 14 KB page in one round trip does not see.
 * For the same reason (a busy test machine, a font found late) a page that
 * shifts is loaded again, up to three times: a shift a script makes comes back
 * every time, noise does not (it moves other things each time).
 */
import { beforeAll, describe, expect } from 'vitest';
import { baseUrl, builtPages, itForEachPage, slowDownCpu, useSharedPage } from '../support/browser';
import { layoutShifts, loadWhileShifting, twoFrames } from '../support/layout-shift';

const CPU_SLOWDOWN = 4;
const OWN_TEST = ['/werkblad/'];

const phone = useSharedPage();
const pages = builtPages().filter((p) => !OWN_TEST.includes(p));

beforeAll(async () => {
  await slowDownCpu(phone.context, phone.page, CPU_SLOWDOWN);
});

describe('no layout shift while loading (360 px, CPU 4× slower)', () => {
  itForEachPage(pages, async (path) => {
    const { page } = phone;
    const load = async () => {
      await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
      await twoFrames(page);
      const shifts = await layoutShifts(page, 'parsed');
      // Each load as a first visit: nothing remembered from the page before.
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
      return { shifts, cls: shifts.reduce((sum, s) => sum + s.value, 0) };
    };
    // CLS 0 as the tools report it (three decimals: 0.000). A sub-pixel shift of an unnamed node (0.00008 on
    // /weken-berekenen/, no element to name) rounds to 0; anything a reader could see does not.
    const ZERO = 0.0005;
    const tries = await loadWhileShifting(load, (t) => t.cls >= ZERO);
    expect(tries.at(-1)!.cls, `${path}: ${tries.map((t) => JSON.stringify(t.shifts)).join(' / ')}`).toBeLessThan(ZERO);
  });
});
