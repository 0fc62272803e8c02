/** The QR encoder, checked by decoding its output with an independent reader (jsQR). */
import jsQR from 'jsqr';
import {describe, expect, it} from 'vitest';
import {encodeQr, qrPath, type QrCode} from '../../../src/share/qr';

/** Renders the code as an RGBA image (4 px per module, 4-module quiet zone), as a camera would see it. */
function decode(code: QrCode): string | null {
  const scale = 4;
  const side = (code.size + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.modules[y]![x]) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((y + 4) * scale + dy) * side + (x + 4) * scale + dx) * 4;
          pixels.set([0, 0, 0, 255], offset);
        }
      }
    }
  }
  return jsQR(pixels, side, side, {inversionAttempts: 'dontInvert'})?.data ?? null;
}

describe('QR encoder', () => {
  it('picks the smallest version that holds the text', () => {
    expect(encodeQr('hi').version).toBe(1);
    expect(encodeQr('hi').size).toBe(21);
    // Version 1-M holds 14 bytes, version 2-M 26.
    expect(encodeQr('x'.repeat(14)).version).toBe(1);
    expect(encodeQr('x'.repeat(15)).version).toBe(2);
  });

  const samples = [
    'http://www.seismonaut.com/blog/ledelse-i-den-digitale-tidsalder/',
    'https://www.seismonaut.com/blog/ledelse-i-den-digitale-tidsalder/?utm_source=qr&utm_medium=social&utm_campaign=efter%C3%A5r-2025&utm_content=christian',
    'æøå ÆØÅ – “quotes” 🎉',
    `https://example.com/${'a'.repeat(300)}`,
    `https://example.com/${'b'.repeat(1200)}`,
  ];
  for (const text of samples) {
    it(`decodes back to the text (${text.length} characters)`, () => {
      const code = encodeQr(text);
      expect(code.modules).toHaveLength(code.size);
      expect(decode(code)).toBe(text);
    });
  }

  it('refuses text longer than version 40 holds', () => {
    expect(() => encodeQr('x'.repeat(2400))).toThrow(RangeError);
  });

  it('draws one square per dark module inside the quiet zone', () => {
    const code = encodeQr('hi');
    const dark = code.modules.flat().filter(Boolean).length;
    expect(qrPath(code).match(/M/g)).toHaveLength(dark);
    expect(qrPath(code).startsWith('M4 4h1v1h-1z')).toBe(true);
  });
});
