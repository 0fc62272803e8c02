/**
 * Store screenshots (1280x800, the size both stores take) of the real extension in the real Chromium:
 * the sample article in the browser, with the extension's popup for it on the right, as a user sees it
 * after clicking the toolbar button. One per listing language, with the browser's UI in that language.
 *   npm run build && npm run screenshots:store     -> store/screenshots/popup-{en,da}.png
 * Needs /usr/bin/chromium and chromium-l10n (for the Danish UI).
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {crc32, deflateSync, inflateSync} from 'node:zlib';
import {launch, missing} from './launch.mjs';

const SITE = 'http://www.seismonaut.com';
const SHOTS = [
  {lang: 'en', url: `${SITE}/en/blog/leadership-in-the-digital-age/`},
  {lang: 'da', url: `${SITE}/blog/ledelse-i-den-digitale-tidsalder/`},
];
const WIDTH = 1280;
const HEIGHT = 800;

const why = missing('chromium');
if (why) {
  console.error(`Cannot take store screenshots: ${why}`);
  process.exit(1);
}

/** Waits until the worker has the content script's reading of the tab at `url`; returns the tab id. */
async function tabOf(probe, url) {
  return probe.evaluate(async target => {
    for (;;) {
      const [tab] = await chrome.tabs.query({url: target});
      if (tab?.id !== undefined && (await chrome.storage.session.get(`tab:${tab.id}`))[`tab:${tab.id}`]) return tab.id;
      await new Promise(resolve => setTimeout(resolve, 50));
    }
  }, url);
}

async function shoot({lang, url}) {
  const h = await launch('chromium', {lang});
  try {
    const article = await h.browser.newPage();
    await article.setViewport({width: WIDTH, height: HEIGHT, deviceScaleFactor: 1});
    await article.goto(url, {waitUntil: 'networkidle0'});
    const probe = await h.browser.newPage();
    await probe.goto(`${h.base}options/options.html`);
    const tabId = await tabOf(probe, url);

    // The real popup page for that tab, rendered at twice its size for a sharp image.
    const popup = await h.browser.newPage();
    await popup.setViewport({width: 360, height: 600, deviceScaleFactor: 2});
    await popup.goto(`${h.base}popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('main:not([aria-busy])');
    await popup.evaluate(() => document.fonts.ready);
    // The popup's own height: measured in a short viewport, so the page does not stretch to fill it.
    await popup.setViewport({width: 360, height: 100, deviceScaleFactor: 2});
    // The whole popup is shown (scaled to fit) even where a browser would make it scroll.
    const popupHeight = await popup.evaluate(() => document.documentElement.scrollHeight);
    await popup.setViewport({width: 360, height: popupHeight, deviceScaleFactor: 2});
    const popupPng = Buffer.from(await popup.screenshot({type: 'png'}));

    await article.bringToFront();
    const articlePng = Buffer.from(await article.screenshot({type: 'png'}));

    // Composition: the article as the page, a hint of the toolbar button, the popup under it.
    const scale = Math.min(1.25, (HEIGHT - 40) / popupHeight);
    const compose = await h.browser.newPage();
    await compose.setViewport({width: WIDTH, height: HEIGHT, deviceScaleFactor: 1});
    await compose.setContent(`<!doctype html><style>
      html, body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; }
      .page { position: absolute; inset: 0; background: url(data:image/png;base64,${articlePng.toString('base64')}) top left / ${WIDTH}px ${HEIGHT}px; }
      .page::after { content: ''; position: absolute; inset: 0; background: rgb(20 28 24 / .28); }
      .popup { position: absolute; top: 20px; right: 28px; width: ${Math.round(360 * scale)}px; border-radius: 10px; overflow: hidden;
               box-shadow: 0 12px 40px rgb(0 0 0 / .35), 0 0 0 1px rgb(0 0 0 / .12); background: #fff; }
      .popup img { display: block; width: 100%; }
    </style><div class="page"></div><div class="popup"><img src="data:image/png;base64,${popupPng.toString('base64')}"></div>`);
    await compose.evaluate(() => Promise.all([...document.images].map(image => image.decode())));
    return Buffer.from(await compose.screenshot({type: 'png', clip: {x: 0, y: 0, width: WIDTH, height: HEIGHT}}));
  } finally {
    await h.close();
  }
}

/**
 * Re-encodes a PNG as 8-bit RGB without alpha (the Chrome Web Store asks for 24-bit PNG or JPEG),
 * choosing a filter per row the usual way (smallest sum of absolute values) to keep the file small.
 */
function toRgbPng(png) {
  const chunks = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    chunks.push({type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length)});
    at += 12 + length;
  }
  const header = chunks.find(chunk => chunk.type === 'IHDR').data;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [depth, colorType, , , interlace] = header.subarray(8);
  if (depth !== 8 || (colorType !== 2 && colorType !== 6) || interlace !== 0) throw new Error(`unexpected PNG: depth ${depth}, color type ${colorType}`);
  const channels = colorType === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(chunks.filter(chunk => chunk.type === 'IDAT').map(chunk => chunk.data)));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  const paeth = (a, b, c) => {
    const p = a + b - c;
    const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
  };
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      pixels[y * stride + x] = (row[x] + predictor) & 0xff;
    }
  }
  // Drop alpha (the composition is opaque), then filter each row for compression.
  const rgbStride = width * 3;
  const rgb = Buffer.alloc(height * rgbStride);
  for (let i = 0, o = 0; i < pixels.length; i += channels, o += 3) pixels.copy(rgb, o, i, i + 3);
  const out = Buffer.alloc(height * (rgbStride + 1));
  for (let y = 0; y < height; y++) {
    let best;
    for (let filter = 0; filter <= 4; filter++) {
      const row = Buffer.alloc(rgbStride + 1);
      row[0] = filter;
      let cost = 0;
      for (let x = 0; x < rgbStride; x++) {
        const a = x >= 3 ? rgb[y * rgbStride + x - 3] : 0;
        const b = y > 0 ? rgb[(y - 1) * rgbStride + x] : 0;
        const c = x >= 3 && y > 0 ? rgb[(y - 1) * rgbStride + x - 3] : 0;
        const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
        const value = (rgb[y * rgbStride + x] - predictor) & 0xff;
        row[x + 1] = value;
        cost += value < 128 ? value : 256 - value;
      }
      if (!best || cost < best.cost) best = {row, cost};
    }
    best.row.copy(out, y * (rgbStride + 1));
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([png.subarray(0, 8), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(out, {level: 9})), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('store/screenshots', {recursive: true});
for (const shot of SHOTS) {
  const png = toRgbPng(await shoot(shot));
  const file = `store/screenshots/popup-${shot.lang}.png`;
  writeFileSync(file, png);
  console.log(`${file}  ${WIDTH}x${HEIGHT}, ${png.length} bytes`);
}
