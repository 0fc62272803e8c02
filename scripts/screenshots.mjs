/**
 * Renders the popup, with the real extension in Chromium, in every state it can reach × light and dark
 * themes × English and Danish, to PNG.
 *   npm run screenshots              writes artifacts/screenshots/*.png
 *   npm run screenshots -- --update  also replaces the visual-check references in tests/visual/
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {launch, missing, waitForReport} from './launch.mjs';

export const SITE = 'http://www.seismonaut.com';
const PAGES = {article: `${SITE}/blog/ledelse-i-den-digitale-tidsalder/`, page: `${SITE}/blog/`};
export const STATES = ['article', 'page', 'restricted'];
export const THEMES = ['light', 'dark'];
export const LANGS = ['en', 'da'];

/** Opens the sample pages in `h` and returns the tab id for each popup state. */
export async function prepareTabs(h) {
  const probe = await h.browser.newPage();
  await probe.goto(`${h.base}options/options.html`);
  const tabs = {};
  for (const [state, url] of Object.entries(PAGES)) {
    const page = await h.browser.newPage();
    await page.goto(url);
    tabs[state] = await probe.evaluate(async target => (await chrome.tabs.query({url: target}))[0].id, url);
    await waitForReport(probe, tabs[state]);
  }
  const internal = await h.browser.newPage();
  await internal.goto('chrome://version');
  tabs.restricted = await probe.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map(tab => tab.id)));
  return tabs;
}

/** A PNG of the popup for one tab, at the popup's width and its content's height. */
export async function capture(h, tabId, theme) {
  const popup = await h.browser.newPage();
  await popup.emulateMediaFeatures([{name: 'prefers-color-scheme', value: theme}, {name: 'prefers-reduced-motion', value: 'reduce'}]);
  await popup.setViewport({width: 360, height: 200, deviceScaleFactor: 1});
  await popup.goto(`${h.base}popup/popup.html?tab=${tabId}`);
  await popup.waitForSelector('main:not([aria-busy])');
  // The card image is part of the picture: wait for it (or its failure) rather than for a fixed time.
  await popup.evaluate(() => Promise.all([...document.images].map(img => img.complete || new Promise(done => {
    img.addEventListener('load', done);
    img.addEventListener('error', done);
  }))));
  const height = await popup.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await popup.setViewport({width: 360, height, deviceScaleFactor: 1});
  const png = await popup.screenshot({type: 'png'});
  await popup.close();
  return Buffer.from(png);
}

/** Every state × theme for one UI language: {"en-light-article": <png>, ...}. */
export async function captureAll(lang) {
  const h = await launch('chromium', {lang});
  try {
    const tabs = await prepareTabs(h);
    const shots = {};
    for (const theme of THEMES) for (const state of STATES) shots[`${lang}-${theme}-${state}`] = await capture(h, tabs[state], theme);
    return shots;
  } finally {
    await h.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const why = missing('chromium');
  if (why) {
    console.error(`Cannot take screenshots: ${why}`);
    process.exit(1);
  }
  const update = process.argv.includes('--update');
  mkdirSync('artifacts/screenshots', {recursive: true});
  if (update) mkdirSync('tests/visual', {recursive: true});
  for (const lang of LANGS) {
    for (const [name, png] of Object.entries(await captureAll(lang))) {
      writeFileSync(`artifacts/screenshots/${name}.png`, png);
      if (update) writeFileSync(`tests/visual/${name}.png`, png);
      console.log(`${name}.png`);
    }
  }
}
