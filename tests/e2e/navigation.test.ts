/** The content script reads the page again after in-page navigation (history API) and a back/forward cache restore. */
import {describe, expect, it} from 'vitest';
import {ARTICLE_URL, INDEX_URL, SITE, badgeOf, unavailable, tabIdOf, useExtension, waitForBadge, waitForReport, type BrowserName} from './harness';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  const why = unavailable(name, 'navigation tests');

  describe.skipIf(Boolean(why))(`[${name}] in-page navigation`, () => {
    const ext = useExtension(name);

    it('reads a single-page app again after history.pushState', async () => {
      const page = await ext.h.browser.newPage();
      const listUrl = `${SITE}/app/`;
      await page.goto(listUrl);
      const tabId = await tabIdOf(ext.probe, listUrl);
      expect((await waitForReport(ext.probe, tabId)).article.isArticle).toBe(false);
      await page.click('#open');
      const entry = await waitForReport(ext.probe, tabId, `${SITE}/app/kontroltab`);
      expect(entry.article.isArticle).toBe(true);
      expect(entry.article.title).toBe('Kontroltab og tillid i den digitale organisation');
      expect((await badgeOf(ext.probe, tabId)).text).not.toBe('');
      // And back again (popstate).
      await page.goBack();
      const back = await waitForReport(ext.probe, tabId, listUrl);
      expect(back.article.isArticle).toBe(false);
      expect((await badgeOf(ext.probe, tabId)).text).toBe('');
      await page.close();
    });

    it('reads the article again when it comes back from the back/forward cache', async () => {
      const page = await ext.h.browser.newPage();
      await page.goto(ARTICLE_URL);
      const tabId = await tabIdOf(ext.probe, ARTICLE_URL);
      await waitForReport(ext.probe, tabId, ARTICLE_URL);
      await page.goto(INDEX_URL);
      expect((await waitForReport(ext.probe, tabId, INDEX_URL)).article.isArticle).toBe(false);
      await page.goBack();
      const restored = await waitForReport(ext.probe, tabId, ARTICLE_URL);
      expect(restored.article.isArticle).toBe(true);
      expect((await waitForBadge(ext.probe, tabId)).text).not.toBe('');
      await page.close();
    });
  });
}
