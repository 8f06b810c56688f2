/**
 * A second accessibility engine next to axe: HTML_CodeSniffer (WCAG 2 AA,
 * errors only) on every built page at 360 px, after the page's scripts have
 * run. It finds what axe does not look for, such as a form without a submit
 * button (WCAG 3.2.2, H32.2): every form must be sendable without JavaScript,
 * or be no form.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { baseUrl, builtPages, itForEachPage, useSharedPage, type Watched } from '../support/browser';

const HTMLCS = readFileSync(createRequire(import.meta.url).resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');

interface Problem {
  code: string;
  msg: string;
  element: string;
}

const phone = useSharedPage();

/** The WCAG 2 AA errors HTML_CodeSniffer finds on the open page. */
async function sniff(w: Watched): Promise<Problem[]> {
  // Evaluated through DevTools, not as a <script>: the site's CSP rightly blocks inline scripts.
  if (!(await w.page.evaluate(() => 'HTMLCS' in window))) await w.page.evaluate(`${HTMLCS}\n;true`);
  return w.page.evaluate(
    () =>
      new Promise<Problem[]>((resolve) => {
        // @ts-expect-error HTMLCS is injected above
        const H = window.HTMLCS;
        H.process('WCAG2AA', document, () => {
          const errors = H.getMessages().filter((m: { type: number }) => m.type === H.ERROR);
          resolve(errors.map((m: { code: string; msg: string; element: Element }) => ({ code: m.code, msg: m.msg, element: (m.element.outerHTML ?? '').slice(0, 120) })));
        });
      }),
  );
}

describe('HTML_CodeSniffer (WCAG 2 AA) on every page', () => {
  itForEachPage(builtPages(), async (path) => {
    await phone.page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    const errors = await sniff(phone);
    expect(errors.map((e) => `${e.code}: ${e.msg} → ${e.element}`)).toEqual([]);
  });
});
