/**
 * The browser QR encoder (src/lib/qr-encode.ts) against the `qrcode` package
 * that draws the build-time codes: the same modules for the same text, version
 * and mask, for short and long reading-list addresses (versions 1–10, with and
 * without version bits, one and several blocks).
 */
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrPath } from '../../src/lib/qr-encode';

function reference(text: string, version: number, mask: number): boolean[][] {
  const qr = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], { errorCorrectionLevel: 'M', version, maskPattern: mask as QRCode.QRCodeMaskPattern });
  const size = qr.modules.size;
  return Array.from({ length: size }, (_, y) => Array.from({ length: size }, (_, x) => qr.modules.get(y, x) === 1));
}

const TEXTS = [
  'https://keuzehulp-reintegratie.nl/leeslijst/?p=ab3kx',
  'https://keuzehulp-reintegratie.nl/leeslijst/?p=ab3kx.zz91q.k0p2m.17hd0',
  `https://keuzehulp-reintegratie.nl/leeslijst/?p=${Array.from({ length: 12 }, (_, i) => `x${i}k9a`).join('.')}`,
  `https://example.nl/${'a'.repeat(150)}`,
  'é€',
];

describe('QR encoder for the reading-list builder', () => {
  for (const text of TEXTS) {
    it(`matches the qrcode package for ${text.length} bytes, every mask`, () => {
      for (let mask = 0; mask < 8; mask++) {
        const mine = qrMatrix(text, mask);
        const version = (mine.length - 17) / 4;
        expect(mine, `mask ${mask}`).toEqual(reference(text, version, mask));
      }
    });
  }

  it('picks a mask by itself and grows the version with the text', () => {
    expect(qrMatrix('kort').length).toBe(21);
    expect(qrMatrix(TEXTS[2]!).length).toBeGreaterThan(qrMatrix(TEXTS[0]!).length);
  });

  it('refuses text that does not fit version 10', () => {
    expect(() => qrMatrix('a'.repeat(300))).toThrow(RangeError);
  });

  it('draws one path with a quiet zone', () => {
    const path = qrPath([[true, false], [false, true]], 4);
    expect(path).toBe('M4 4h1v1H4zM5 5h1v1H5z');
  });
});
