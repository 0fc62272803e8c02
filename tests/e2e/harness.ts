/**
 * Launches a real browser with the built extension loaded and the sample company site served on
 * loopback under its real host names. One harness for Chromium and Firefox; the scenarios are shared.
 */
import type {Page} from 'puppeteer-core';
import {afterAll, afterEach, beforeAll} from 'vitest';
import {launch, missing, type BrowserName, type Harness} from '../../scripts/launch.mjs';

export {launch, missing, type BrowserName, type Harness} from '../../scripts/launch.mjs';

/**
 * Why `name`'s `what` cannot run here, or null when it can. In CI a missing browser is an error, never a
 * skip; elsewhere the skip is announced loudly.
 */
export function unavailable(name: BrowserName, what: string): string | null {
  const why = missing(name);
  if (why && process.env.CI === 'true') throw new Error(`[${name}] ${what} must run in CI, but ${why}`);
  if (why) console.warn(`\n!!! SKIPPING ${name} ${what}: ${why}\n`);
  return why;
}

export const SITE = 'http://www.seismonaut.com';
export const ARTICLE_URL = `${SITE}/blog/ledelse-i-den-digitale-tidsalder/`;
export const BARE_ARTICLE_URL = `${SITE}/blog/kontroltab-og-tillid/`;
export const ENGLISH_ARTICLE_URL = `${SITE}/en/blog/leadership-in-the-digital-age/`;
export const INDEX_URL = `${SITE}/blog/`;
export const CONTACT_URL = `${SITE}/kontakt/`;
export const HOME_URL = `${SITE}/`;
/** A page outside the company's sites: no content script, read only through activeTab. */
export const OTHER_SITE_URL = 'http://news.test/blog/ledelse-i-den-digitale-tidsalder/';

/** An extension page to call extension APIs from (same origin as the popup, full API access). */
export async function extensionPage(h: Harness, path = 'options/options.html'): Promise<Page> {
  const page = await h.browser.newPage();
  await gotoExtensionPage(page, h.base + path);
  return page;
}

/**
 * Firefox does not report moz-extension:// navigations over WebDriver BiDi, so page.goto() never
 * settles there: start it, then wait for the document itself to be complete.
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  const navigation = page.goto(url, {timeout: 0}).catch(() => undefined);
  await Promise.race([navigation, documentComplete(page, url)]);
}

/**
 * Waits for `url`'s document to be complete. While Firefox swaps the new tab's first document for the
 * extension page, its BiDi agent fails every script.evaluate at once ("right-hand side of 'in' should be
 * an object, got null", from buildReturnValue), which puppeteer does not treat as a lost context. No
 * event marks the end of that window (Firefox reports no moz-extension navigation), so such a failure is
 * retried after a short pause, for at most 10 s.
 */
async function documentComplete(page: Page, url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await page.waitForFunction((target: string) => location.href === target && document.readyState === 'complete', {polling: 50}, url);
      return;
    } catch (error) {
      if ((error as Error).name === 'TimeoutError' || Date.now() > deadline) throw error;
      await new Promise(resume => setTimeout(resume, 50));
    }
  }
}

/** The tab id of the tab showing `url` (host permission lets the extension see company tabs' URLs). */
export async function tabIdOf(probe: Page, url: string): Promise<number> {
  return probe.evaluate(async (target: string) => {
    const api = (globalThis as unknown as {browser?: typeof chrome}).browser ?? chrome;
    const tabs = await api.tabs.query({url: target});
    if (tabs.length !== 1 || tabs[0]!.id === undefined) throw new Error(`expected one tab at ${target}, found ${tabs.length}`);
    return tabs[0]!.id;
  }, url);
}

/** A tab's entry in storage.session as the worker wrote it. */
export interface Entry {
  pageUrl: string;
  article: {isArticle: boolean; title: string; url: string; image: string | null; contactEmail: string | null; signals: string[]};
}

/**
 * Resolves once `tabId`'s stored reading satisfies `want`: any entry (default), the entry of one page
 * address, or 'absent'. Listens to the storage event, so there is no polling.
 */
export async function waitForEntry(probe: Page, tabId: number, want: string = 'any'): Promise<Entry | null> {
  return probe.evaluate(async (id: number, target: string) => {
    const api = (globalThis as unknown as {browser?: typeof chrome}).browser ?? chrome;
    const key = `tab:${id}`;
    type Stored = {pageUrl: string} | undefined;
    const ok = (value: Stored) => (target === 'absent' ? value === undefined : target === 'any' ? value !== undefined : value?.pageUrl === target);
    return new Promise(done => {
      const finish = (value: unknown) => {
        api.storage.onChanged.removeListener(listener);
        done(value ?? null);
      };
      const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
        if (area === 'session' && key in changes && ok(changes[key]!.newValue as Stored)) finish(changes[key]!.newValue);
      };
      api.storage.onChanged.addListener(listener);
      void api.storage.session.get(key).then(stored => {
        if (ok(stored[key] as Stored)) finish(stored[key]);
      });
    });
  }, tabId, want) as Promise<Entry | null>;
}

/** Resolves with the worker's stored reading of a tab once the content script has reported. */
export async function waitForReport(probe: Page, tabId: number, pageUrl?: string): Promise<Entry> {
  return (await waitForEntry(probe, tabId, pageUrl))!;
}

/**
 * One browser with the extension for a describe block: launched before its tests, a probe extension page
 * for API calls, every other page closed after each test (so "the active tab" is the test's own), and
 * `visit(url)`, which opens a page and waits for its report to reach the worker.
 */
export function useExtension(name: BrowserName) {
  const context = {} as {h: Harness; probe: Page};
  beforeAll(async () => {
    context.h = await launch(name);
    context.probe = await extensionPage(context.h);
  });
  afterAll(async () => context.h?.close());
  afterEach(async () => {
    for (const page of await context.h.browser.pages()) if (page !== context.probe) await page.close();
  });
  return Object.assign(context, {
    async visit(url: string) {
      const page = await context.h.browser.newPage();
      await page.goto(url);
      const tabId = await tabIdOf(context.probe, url);
      const entry = await waitForReport(context.probe, tabId);
      return {page, tabId, entry};
    },
  });
}

export async function badgeOf(probe: Page, tabId: number): Promise<{text: string; title: string}> {
  return probe.evaluate(async (id: number) => {
    const api = (globalThis as unknown as {browser?: typeof chrome}).browser ?? chrome;
    return {text: await api.action.getBadgeText({tabId: id}), title: await api.action.getTitle({tabId: id})};
  }, tabId);
}

/**
 * The toolbar button's badge once it is set, or as it is after 5 s: Chromium clears a tab's badge when a
 * document commits, which may come after the page's report, and the worker sets it again when the load ends.
 */
export async function waitForBadge(probe: Page, tabId: number): Promise<{text: string; title: string}> {
  await probe.waitForFunction(async (id: number) => {
    const api = (globalThis as unknown as {browser?: typeof chrome}).browser ?? chrome;
    return (await api.action.getBadgeText({tabId: id})) !== '';
  }, {polling: 50, timeout: 5000}, tabId).catch(() => undefined);
  return badgeOf(probe, tabId);
}

/** Every share link the popup shows, by channel. */
export async function shareLinks(popup: Page): Promise<Record<string, string>> {
  await popup.waitForSelector('[data-share]');
  return popup.$$eval('[data-share]', links => Object.fromEntries(links.map(link => [link.getAttribute('data-share'), link.getAttribute('href')])));
}
