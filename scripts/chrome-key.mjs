/**
 * The public half of the Chrome extension key. Chrome derives an unpacked extension's id from the manifest's
 * `key`, so with it every developer's and tester's unpacked build has the same id, which IT policy
 * (3rdparty.extensions.<id>) needs. Only the Chrome manifest gets it (build.mjs). The private key is not in
 * the repository: nothing here needs it (the Chrome Web Store signs uploads with its own key).
 * https://developer.chrome.com/docs/extensions/reference/manifest/key
 */
import {createHash} from 'node:crypto';

/** Base64 of the DER-encoded SubjectPublicKeyInfo of an RSA-2048 key. */
export const CHROME_PUBLIC_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyDD825H8csYFdkYDYKRzVL7aGMEfvqxKH4QH8smO+qAlARUYPUUwigG4r/p6pmvzcmZ+7DQR/OG1G03VLAbxoNYMnLb1UNbOHVGr70zs91OQj3g6gfGSjTVjQcv1ygZtjOFXcByEkgb8wWsIjJN+A1JOoeB0tdZmiFhCVpoFLGA2ITkzMEuB9B4O05q//m6K7nh6EEr3fEMPqUGZbB9dpCjGB0h3XHhauTlt5PqJogupwZnygbidOJHT4SnxEfzzCTTCkj/NhIcfizdSZ/uWH/lc/xinTBqnpdjNjOebgGK3wVYgrs2paqllSuGw0wb+HvXn4D6Crgp8Av/Q4eOYkwIDAQAB';

/** The id Chrome gives the unpacked build: the first 128 bits of SHA-256(key), hex digits mapped 0-f -> a-p. */
export function extensionId(publicKey) {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map(digit => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export const CHROME_EXTENSION_ID = extensionId(CHROME_PUBLIC_KEY);
