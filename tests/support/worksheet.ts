/**
 * Opening the worksheet (/werkblad/) in browser tests, the way all its tests do.
 */
import { DESKTOP, baseUrl, slowDownCpu, type FileBrowser, type Watched } from './browser.ts';

/**
 * The worksheet must lose nothing on a slow phone, so its tests run with the
 * CPU slowed down, 4× unless WERKBLAD_CPU_SLOWDOWN says otherwise.
 */
export const WORKSHEET_CPU_SLOWDOWN = Number(process.env['WERKBLAD_CPU_SLOWDOWN'] ?? 4);

/**
 * A fresh context (empty storage) on a worksheet page (/werkblad/ unless `path`
 * says otherwise) on a slowed-down CPU, loaded and hydrated: the island has
 * fetched its texts and set `data-save-state` (the static first state has none).
 * `init` runs before the page's own scripts; a dialog is recorded as an error.
 */
export async function openWorksheet(
  chrome: FileBrowser,
  opts: { path?: string; viewport?: { width: number; height: number }; init?: string } = {},
): Promise<Watched> {
  const w = await chrome.open({ viewport: opts.viewport ?? DESKTOP });
  await slowDownCpu(w.context, w.page, WORKSHEET_CPU_SLOWDOWN);
  w.page.on('dialog', (d) => {
    w.errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  if (opts.init) await w.page.addInitScript(opts.init);
  await w.page.goto(baseUrl() + (opts.path ?? '/werkblad/'), { waitUntil: 'networkidle' });
  await w.page.locator('.ws[data-save-state]').waitFor();
  return w;
}
