/** The content script reads the page again after in-page navigation (history API) and a back/forward cache restore. */
import type {Page} from 'puppeteer-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ARTICLE_URL, INDEX_URL, SITE, badgeOf, extensionPage, launch, unavailable, tabIdOf, waitForReport, type BrowserName, type Harness} from './harness';

/** Resolves when the worker stores a reading of `tabId` for `pageUrl` (an event, no polling). */
async function waitForReportOf(probe: Page, tabId: number, pageUrl: string) {
  return probe.evaluate(async (id: number, url: string) => {
    const api = (globalThis as unknown as {browser?: typeof chrome}).browser ?? chrome;
    const key = `tab:${id}`;
    type Entry = {pageUrl: string; article: {isArticle: boolean; title: string}};
    return new Promise<Entry>(done => {
      const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
        const value = changes[key]?.newValue as Entry | undefined;
        if (area === 'session' && value?.pageUrl === url) {
          api.storage.onChanged.removeListener(listener);
          done(value);
        }
      };
      api.storage.onChanged.addListener(listener);
      void api.storage.session.get(key).then(stored => {
        if ((stored[key] as Entry | undefined)?.pageUrl === url) {
          api.storage.onChanged.removeListener(listener);
          done(stored[key] as Entry);
        }
      });
    });
  }, tabId, pageUrl);
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  const why = unavailable(name, 'navigation tests');

  describe.skipIf(Boolean(why))(`[${name}] in-page navigation`, () => {
    let h: Harness;
    let probe: Page;
    beforeAll(async () => {
      h = await launch(name);
      probe = await extensionPage(h);
    });
    afterAll(async () => h?.close());

    it('reads a single-page app again after history.pushState', async () => {
      const page = await h.browser.newPage();
      const listUrl = `${SITE}/app/`;
      await page.goto(listUrl);
      const tabId = await tabIdOf(probe, listUrl);
      expect((await waitForReport(probe, tabId)).article.isArticle).toBe(false);
      await page.click('#open');
      const entry = await waitForReportOf(probe, tabId, `${SITE}/app/kontroltab`);
      expect(entry.article.isArticle).toBe(true);
      expect(entry.article.title).toBe('Kontroltab og tillid i den digitale organisation');
      expect((await badgeOf(probe, tabId)).text).not.toBe('');
      // And back again (popstate).
      await page.goBack();
      const back = await waitForReportOf(probe, tabId, listUrl);
      expect(back.article.isArticle).toBe(false);
      expect((await badgeOf(probe, tabId)).text).toBe('');
      await page.close();
    });

    it('reads the article again when it comes back from the back/forward cache', async () => {
      const page = await h.browser.newPage();
      await page.goto(ARTICLE_URL);
      const tabId = await tabIdOf(probe, ARTICLE_URL);
      await waitForReportOf(probe, tabId, ARTICLE_URL);
      await page.goto(INDEX_URL);
      expect((await waitForReportOf(probe, tabId, INDEX_URL)).article.isArticle).toBe(false);
      await page.goBack();
      const restored = await waitForReportOf(probe, tabId, ARTICLE_URL);
      expect(restored.article.isArticle).toBe(true);
      expect((await badgeOf(probe, tabId)).text).not.toBe('');
      await page.close();
    });
  });
}
