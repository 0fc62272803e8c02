/**
 * Starts a real browser with the built extension and the sample company site served on loopback under
 * its real host names. Shared by `npm start`, the screenshot and bench scripts and the e2e tests.
 */
import {existsSync} from 'node:fs';
import {resolve} from 'node:path';
import puppeteer from 'puppeteer-core';
import {startServer} from './serve.mjs';

export const EXECUTABLES = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

/** Fixed so that moz-extension:// pages have a known address (extensions.webextensions.uuids). */
const FIREFOX_UUID = '5e15e0a5-7a1b-4c4e-9d3e-5e15e0a55ea2';
const FIREFOX_ID = 'share@seismonaut.com';

const distDir = name => resolve(`dist/${name === 'chromium' ? 'chrome' : 'firefox'}`);

/** Why this browser cannot be used here, or null when it can. */
export function missing(name) {
  if (!existsSync(EXECUTABLES[name])) return `${EXECUTABLES[name]} is not installed (apt-get install ${name === 'chromium' ? 'chromium chromium-l10n' : 'firefox-esr'})`;
  if (!existsSync(`${distDir(name)}/manifest.json`)) return `${distDir(name)} is missing (npm run build)`;
  return null;
}

/**
 * @param {'chromium' | 'firefox'} name
 * @param {{lang?: string, headless?: boolean, mounts?: Record<string, string>}} options
 */
export async function launch(name, {lang = 'en', headless = true, mounts = {}} = {}) {
  const server = await startServer(0, {mounts});
  let browser;
  let base;
  if (name === 'chromium') {
    browser = await puppeteer.launch({
      browser: 'chrome',
      executablePath: EXECUTABLES.chromium,
      headless,
      pipe: true,
      enableExtensions: true,
      defaultViewport: headless ? {width: 1280, height: 800} : null,
      args: [
        '--no-sandbox',
        `--lang=${lang}`,
        `--host-resolver-rules=MAP seismonaut.com 127.0.0.1:${server.port}, MAP *.seismonaut.com 127.0.0.1:${server.port}, MAP *.test 127.0.0.1:${server.port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
        // Without these, Chromium keeps calling Google's hosts, which this closed network refuses.
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-gpu',
      ],
      env: {...process.env, LANGUAGE: lang, LANG: lang === 'da' ? 'da_DK.UTF-8' : 'en_US.UTF-8'},
    });
    base = `chrome-extension://${await browser.installExtension(distDir(name))}/`;
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: EXECUTABLES.firefox,
      headless,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({[FIREFOX_ID]: FIREFOX_UUID}),
        'intl.locale.requested': lang === 'da' ? 'da' : 'en-US',
        // Firefox has no host-resolver rules: every http request goes through the loopback server as a proxy,
        // and it serves only the company's hosts (and *.test).
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': server.port,
        'network.proxy.share_proxy_settings': false,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'datareporting.policy.dataSubmissionEnabled': false,
        'browser.shell.checkDefaultBrowser': false,
      },
    });
    await browser.installExtension(distDir(name));
    base = `moz-extension://${FIREFOX_UUID}/`;
  }
  const extensionId = name === 'chromium' ? base.split('/')[2] : FIREFOX_ID;
  return {
    name,
    browser,
    base,
    extensionId,
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

/** Resolves with the worker's reading of `tabId` (of the page at `pageUrl` when given) once it holds one: a storage event, no polling. */
export function waitForReport(probe, tabId, pageUrl = null) {
  return probe.evaluate((id, target) => new Promise(done => {
    const key = `tab:${id}`;
    const ok = value => value && (target === null || value.pageUrl === target);
    chrome.storage.onChanged.addListener((changes, area) => area === 'session' && ok(changes[key]?.newValue) && done(changes[key].newValue));
    void chrome.storage.session.get(key).then(stored => ok(stored[key]) && done(stored[key]));
  }), tabId, pageUrl);
}
