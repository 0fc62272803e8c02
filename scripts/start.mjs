/**
 * npm start: builds, serves the sample company site on loopback and opens Chromium with the extension on
 * the sample article, under the real host names. With no display it runs headless: prints what the
 * extension detected and the share links, and saves artifacts/popup.png.
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync} from 'node:fs';
import {launch, missing} from './launch.mjs';

const ARTICLE = 'http://www.seismonaut.com/blog/ledelse-i-den-digitale-tidsalder/';
execFileSync(process.execPath, ['build.mjs'], {stdio: 'inherit'});
const why = missing('chromium');
if (why) {
  console.error(`Cannot start: ${why}`);
  process.exit(1);
}
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const h = await launch('chromium', {headless, lang: process.env.LANG?.startsWith('da') ? 'da' : 'en'});
const [first] = await h.browser.pages();
const page = first ?? await h.browser.newPage();
await page.goto(ARTICLE);

if (!headless) {
  console.log(`Chromium is open on ${ARTICLE} with the extension loaded: click its toolbar button. Ctrl+C quits.`);
  h.browser.on('disconnected', () => void h.close().then(() => process.exit(0)));
  process.on('SIGINT', () => void h.close().then(() => process.exit(0)));
} else {
  // Open the real popup the way a user does: the toolbar button.
  await page.bringToFront();
  const extension = (await h.browser.extensions()).get(h.extensionId);
  await page.triggerExtensionAction(extension);
  const popup = await (await h.browser.waitForTarget(t => t.url().startsWith(`${h.base}popup/popup.html`))).asPage();
  await popup.waitForSelector('main:not([aria-busy])');
  const shown = await popup.evaluate(() => ({
    state: document.querySelector('.state')?.textContent,
    title: document.querySelector('.card__title')?.textContent,
    meta: document.querySelector('.card__meta')?.textContent,
    links: Object.fromEntries([...document.querySelectorAll('[data-share]')].map(a => [a.dataset.share, a.getAttribute('href')])),
  }));
  const tabId = await popup.evaluate(async () => (await chrome.tabs.query({active: true, currentWindow: true}))[0]?.id);
  console.log(`\n${ARTICLE}\n${shown.state}: ${shown.title ?? '(none)'}${shown.meta ? ` — ${shown.meta}` : ''}\n`);
  for (const [channel, href] of Object.entries(shown.links)) console.log(`  ${channel.padEnd(9)} ${href}`);
  // The popup as a page of its own, at the popup's size, for the screenshot.
  const shot = await h.browser.newPage();
  await shot.setViewport({width: 360, height: 600, deviceScaleFactor: 2});
  await shot.goto(`${h.base}popup/popup.html?tab=${tabId}`);
  await shot.waitForSelector('main:not([aria-busy])');
  const height = await shot.evaluate(() => document.documentElement.scrollHeight);
  await shot.setViewport({width: 360, height, deviceScaleFactor: 2});
  mkdirSync('artifacts', {recursive: true});
  await shot.screenshot({path: 'artifacts/popup.png'});
  console.log('\nSaved artifacts/popup.png');
  await h.close();
}
