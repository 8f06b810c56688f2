/**
 * The QR files (/voor-professionals/qr/*.png, built by src/lib/qr.ts) decode to
 * the site's public address of their page: each phase hub, and /voor-naasten/
 * (the code a reader sends to someone who supports them, #26 §1). The pages
 * that show the naasten code write out the same address as their link.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFor } from '../support/dist';
import { SITE } from '../../src/data/site';

const site = (process.env['SITE_URL'] ?? SITE.url).replace(/\/$/, '');

function decodePng(file: string): string | undefined {
  const png = PNG.sync.read(readFileSync(join(DIST, file)));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe('QR files', () => {
  it('the naasten PNG decodes to the public address of /voor-naasten/', () => {
    expect(decodePng('voor-professionals/qr/voor-naasten.png')).toBe(`${site}/voor-naasten/`);
  });

  it('each phase PNG decodes to the public address of its hub', () => {
    for (const n of [1, 2, 3, 4]) expect(decodePng(`voor-professionals/qr/fase-${n}.png`), `fase ${n}`).toBe(`${site}/fase/${n}/`);
  });

  it('/voor-naasten/ and /samen-beslissen/iemand-meenemen/ show that code with its address written out', () => {
    for (const page of ['/voor-naasten/', '/samen-beslissen/iemand-meenemen/']) {
      const html = htmlFor(page);
      const block = /<aside[^>]*data-read-skip[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
      expect(block, page).toContain(`<img src="/voor-professionals/qr/voor-naasten.svg"`);
      expect(block, page).toMatch(/href="\/voor-professionals\/qr\/voor-naasten\.png" download/);
      expect(block, page).toContain(`href="${site}/voor-naasten/"`);
      expect(block.replace(/<wbr>/g, ''), page).toContain(`>${site.replace(/^https?:\/\//, '')}/voor-naasten/</a>`);
    }
  });
});
