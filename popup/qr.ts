/**
 * The QR code of a link, ready for the view to draw. Loaded by the popup only when the user asks for a QR
 * code (`import('./qr.js')`), as a file of its own (build.mjs, `lazyEntries`): most opens never need the
 * encoder, so the script parsed before the first card does not carry it.
 */
import {encodeQr, qrPath} from '../src/share/qr';
import type {QrDrawing} from './view';

export function drawQr(text: string): QrDrawing {
  const code = encodeQr(text);
  return {size: code.size, path: qrPath(code)};
}
