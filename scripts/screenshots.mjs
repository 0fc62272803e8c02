/**
 * Renders the popup, with the real extension in Chromium, in every state it can reach (the transient
 * loading and error states held, see HELD) × light and dark themes × English and Danish, to PNG.
 *   npm run screenshots              writes artifacts/screenshots/*.png
 *   npm run screenshots -- --update  also replaces the visual-check references in tests/visual/
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {launch, missing, waitForReport} from './launch.mjs';

export const SITE = 'http://www.seismonaut.com';
const PAGES = {article: `${SITE}/blog/ledelse-i-den-digitale-tidsalder/`, page: `${SITE}/blog/`};
export const STATES = ['article', 'page', 'restricted', 'loading', 'error'];
export const THEMES = ['light', 'dark'];
export const LANGS = ['en', 'da'];

/**
 * The popup's transient states, held in the real built popup by the very thing that causes each: "loading"
 * while the tab's stored reading has not arrived, "error" when reading it fails. The popup page's
 * storage.session.get is replaced before the popup's script runs (a script evaluated on new documents, as
 * a test double): a read that never answers, or one that rejects. Nothing in the extension is there for
 * the tests, and the rest of the popup (its script, styles, fonts, theme) is what users get. Otherwise
 * neither state lasts long enough to check: the reading arrives within a frame, and the read does not fail.
 */
export const HELD = {
  loading: 'never answers',
  error: 'rejects',
};

/** Makes the next document in `page` find storage.session.get as HELD[state] says. */
export async function holdState(page, state) {
  if (!(state in HELD)) throw new Error(`not a held state: ${state}`);
  await page.evaluateOnNewDocument(kind => {
    const read = kind === 'loading' ? () => new Promise(() => undefined) : () => Promise.reject(new Error('storage.session is unavailable'));
    // Chromium has both namespaces (the polyfill hands the popup `browser` where it exists): replace the read in each.
    for (const api of [globalThis.chrome, globalThis.browser]) if (api?.storage?.session) api.storage.session.get = read;
  }, state);
}

/** The selector that is there once the popup shows `state`. */
export const shownSelector = state => (state === 'loading' ? 'main[aria-busy="true"] .state' : 'main:not([aria-busy]) .state');

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
  // Held states: the popup of the article's tab, whose stored reading does not come (HELD).
  for (const state of Object.keys(HELD)) tabs[state] = tabs.article;
  return tabs;
}

/** A PNG of the popup in `state` for one tab, at the popup's width and its content's height. */
export async function capture(h, state, tabId, theme) {
  const popup = await h.browser.newPage();
  await popup.emulateMediaFeatures([{name: 'prefers-color-scheme', value: theme}, {name: 'prefers-reduced-motion', value: 'reduce'}]);
  await popup.setViewport({width: 360, height: 200, deviceScaleFactor: 1});
  if (state in HELD) await holdState(popup, state);
  await popup.goto(`${h.base}popup/popup.html?tab=${tabId}`);
  await popup.waitForSelector(shownSelector(state));
  // The card image is part of the picture: wait for it (or its failure) rather than for a fixed time,
  // and for its decoding too: with decoding="async" a loaded picture may still be left out of the next
  // frame, which then shows the fallback letter beneath it.
  await popup.evaluate(() => Promise.all([...document.images].map(async img => {
    if (!img.complete) {
      await new Promise(done => {
        img.addEventListener('load', done);
        img.addEventListener('error', done);
      });
    }
    if (img.isConnected) await img.decode().catch(() => undefined);
  })));
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
    for (const theme of THEMES) for (const state of STATES) shots[`${lang}-${theme}-${state}`] = await capture(h, state, tabs[state], theme);
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
