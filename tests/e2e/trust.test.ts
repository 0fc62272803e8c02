/**
 * Trust, in real browsers: web pages cannot reach the extension, a compromised content script cannot
 * write another tab's state or read it, and per-tab state survives the worker being killed between
 * every step of the main scenario (Chromium: CDP ServiceWorker.stopAllWorkers).
 */
import type {Page} from 'puppeteer-core';
import {describe, expect, it} from 'vitest';
import {ARTICLE_URL, BARE_ARTICLE_URL, INDEX_URL, gotoExtensionPage, unavailable, shareLinks, tabIdOf, useExtension, waitForEntry, type BrowserName, type Entry} from './harness';

const TITLE = 'Ledelse i den digitale tidsalder handler om at slippe kontrollen';

/** Everything in storage.session, read from an extension page (no worker needed). */
async function sessionState(probe: Page): Promise<Record<string, Entry>> {
  return probe.evaluate(async () => {
    const api = (globalThis as unknown as {browser?: typeof chrome}).browser ?? chrome;
    return api.storage.session.get(null);
  }) as Promise<Record<string, Entry>>;
}

const browsers: BrowserName[] = ['chromium', 'firefox'];
for (const name of browsers) {
  const why = unavailable(name, 'trust tests');

  describe.skipIf(Boolean(why))(`[${name}] trust`, () => {
    const ext = useExtension(name);
    const {visit} = ext;

    it('a page of 100,000 elements: the article at its top is still read, and the scan says it gave up early', async () => {
      const url = `${ARTICLE_URL}?pad=100000`;
      const {tabId} = await visit(url);
      const entry = await waitForEntry(ext.probe, tabId, url);
      expect(entry?.article.isArticle).toBe(true);
      expect(entry?.article.title).toBe(TITLE);
      expect(entry?.article.signals).toContain('scan:truncated');
    });

    it('a web page cannot reach the extension: no runtime API, and window.postMessage changes nothing', async () => {
      const {page, tabId} = await visit(ARTICLE_URL);
      const before = await sessionState(ext.probe);
      expect(before[`tab:${tabId}`]?.article.title).toBe(TITLE);
      const reach = await page.evaluate(async (extensionId: string) => {
        const g = globalThis as unknown as {chrome?: {runtime?: {sendMessage?: unknown; connect?: unknown}}; browser?: unknown};
        let sent = 'no runtime';
        const sendMessage = g.chrome?.runtime?.sendMessage as ((id: string, m: unknown) => Promise<unknown>) | undefined;
        if (sendMessage) {
          try {
            await sendMessage(extensionId, {type: 'get-tab', tabId: 1});
            sent = 'delivered';
          } catch (error) {
            sent = `refused: ${String(error)}`;
          }
        }
        return {runtime: typeof g.chrome?.runtime, sendMessage: typeof g.chrome?.runtime?.sendMessage, connect: typeof g.chrome?.runtime?.connect, browser: typeof g.browser, sent};
      }, ext.h.extensionId);
      expect(reach).toEqual({runtime: 'undefined', sendMessage: 'undefined', connect: 'undefined', browser: 'undefined', sent: 'no runtime'});

      // Everything a page can post to itself, where a careless content script might listen.
      await page.evaluate((url: string) => {
        const evil = {type: 'report', pageUrl: url, tabId: 1, article: {isArticle: true, title: 'PWNED', url: 'https://evil.example/', confidence: 1}};
        for (const message of [evil, {type: 'rescan'}, {type: 'get-tab', tabId: 1}, JSON.stringify(evil)]) {
          window.postMessage(message, '*');
          window.dispatchEvent(new CustomEvent('message', {detail: message}));
          document.dispatchEvent(new CustomEvent('seismonaut-share', {detail: message}));
        }
      }, ARTICLE_URL);
      // A report takes milliseconds; give a (wrongly) listening content script ample time to act on those.
      await new Promise(resolve => setTimeout(resolve, 1000));
      expect(await sessionState(ext.probe)).toEqual(before);
    });

    it('keeps a page\'s reading when the page calls history.replaceState with its own address (analytics, routers do)', async () => {
      const {page, tabId} = await visit(ARTICLE_URL);
      await page.evaluate(() => history.replaceState({scroll: 1}, '', location.href));
      // Chromium reports this as {status: 'loading'}: the tab is still at the page read, so the worker keeps the reading and asks the page again.
      await page.evaluate(() => new Promise(resolve => setTimeout(resolve, 500)));
      expect((await waitForEntry(ext.probe, tabId, ARTICLE_URL))?.article.title).toBe(TITLE);
      // A fragment only: the reading stays (sent again for the new address, the article the same).
      await page.evaluate(() => history.replaceState(null, '', `${location.pathname}#kommentarer`));
      expect((await waitForEntry(ext.probe, tabId, `${ARTICLE_URL}#kommentarer`))?.article.url).toBe(ARTICLE_URL);
      // The page did not move: its reading was sent again, not read again (the worker asks after every change).
      expect(await page.evaluate(() => performance.getEntriesByName('seismonaut-share:extract').length)).toBe(1);
    });

    it('a compromised content script cannot write another tab\'s state, read it, or store anything unsanitized', async () => {
      const victim = await visit(BARE_ARTICLE_URL);
      const attacker = await visit(ARTICLE_URL);
      const before = await sessionState(ext.probe);
      const victimBefore = before[`tab:${victim.tabId}`];
      expect(victimBefore?.pageUrl).toBe(BARE_ARTICLE_URL);

      // Code running as our content script in the attacker's tab (the same isolated world and runtime API).
      const answers = await ext.probe.evaluate(async (tabId: number, victimId: number, victimUrl: string, ownUrl: string) => {
        const api = (globalThis as unknown as {browser?: typeof chrome}).browser ?? chrome;
        const [result] = await api.scripting.executeScript({
          target: {tabId},
          args: [victimId, victimUrl, ownUrl],
          func: async (otherTab: number, otherUrl: string, url: string) => {
            const rt = ((globalThis as unknown as {browser?: typeof chrome}).browser ?? chrome).runtime;
            const article = {isArticle: true, confidence: 1, signals: [], title: 'PWNED', description: null, authors: [], published: null, modified: null, url: otherUrl, image: null, lang: 'da', siteName: null, contactEmail: null};
            const cyclicFree = {type: 'report', pageUrl: url, article: {...article, url, title: 'x'.repeat(70_000)}};
            const messages: unknown[] = [
              {type: 'report', tabId: otherTab, pageUrl: otherUrl, article}, // the other tab's id and address
              {type: 'report', tabId: otherTab, pageUrl: url, article}, // its id, our address (stored under *our* tab at most)
              {type: 'report', pageUrl: 'https://evil.example/', article},
              cyclicFree, // oversized
              {type: 'report', pageUrl: url, article: {...article, url: 'javascript:alert(1)'}},
              {type: 'report', pageUrl: url}, {type: 'report'}, {type: 'nope'}, 'report', 42, null, [],
              {type: 'get-tab', tabId: otherTab}, // reading another tab's state
              {type: 'get-tab', tabId: 0},
            ];
            const out: string[] = [];
            for (const message of messages) {
              try {
                out.push(JSON.stringify(await rt.sendMessage(message)) ?? 'undefined');
              } catch (error) {
                out.push(`error: ${String(error)}`);
              }
            }
            // And an evil but well-formed report for its own tab: stored only after sanitizing.
            try {
              await rt.sendMessage({type: 'report', pageUrl: url, article: {...article, url, title: '\u202eevil\u0000 title', image: 'javascript:alert(1)', contactEmail: 'a@seismonaut.com?bcc=evil@evil.example'}});
            } catch (error) {
              out.push(`error: ${String(error)}`);
            }
            return out;
          },
        });
        if (!Array.isArray(result?.result)) throw new Error(`injected script failed: ${JSON.stringify(result)}`);
        return result.result as string[];
      }, attacker.tabId, victim.tabId, BARE_ARTICLE_URL, ARTICLE_URL);

      // get-tab from a content script answers nothing: no other tab's data leaks.
      expect(answers.slice(-2).every(answer => answer === 'undefined' || answer === 'null' || answer.startsWith('error'))).toBe(true);
      expect(answers.join('\n')).not.toContain('Kontroltab');
      const after = await waitForEntry(ext.probe, attacker.tabId, ARTICLE_URL);
      const state = await sessionState(ext.probe);
      expect(state[`tab:${victim.tabId}`]).toEqual(victimBefore);
      expect(Object.keys(state).sort()).toEqual(Object.keys(before).sort());
      const own = state[`tab:${attacker.tabId}`]!;
      expect(own.article.url).toBe(ARTICLE_URL);
      // eslint-disable-next-line no-control-regex -- asserting their absence
      expect(own.article.title).not.toMatch(/[\u202e\u0000]/);
      expect(own.article.image === null || /^https?:/.test(own.article.image)).toBe(true);
      expect(own.article.contactEmail).toBeNull();
      expect(after).not.toBeNull();
    });

    if (name === 'chromium') {
      it('keeps every tab\'s state when the worker is killed between every step', async () => {
        const workerUrl = `${ext.h.base}background.js`;
        let kills = 0;
        const kill = async () => {
          // Wake it first if it sleeps, so every step really kills a running worker.
          if (!ext.h.browser.targets().some(t => t.url() === workerUrl)) {
            await ext.probe.evaluate(() => chrome.runtime.sendMessage({type: 'get-tab', tabId: 0}).catch(() => undefined));
            await ext.h.browser.waitForTarget(t => t.url() === workerUrl);
          }
          const gone = new Promise<void>(done => {
            const listener = (t: {url(): string}) => {
              if (t.url() !== workerUrl) return;
              ext.h.browser.off('targetdestroyed', listener);
              done();
            };
            ext.h.browser.on('targetdestroyed', listener);
          });
          const session = await ext.probe.createCDPSession();
          await session.send('ServiceWorker.enable');
          await session.send('ServiceWorker.stopAllWorkers');
          await gone;
          await session.detach();
          expect(ext.h.browser.targets().some(t => t.url() === workerUrl)).toBe(false);
          kills++;
        };
        const popupCard = async (tabId: number) => {
          const popup = await ext.h.browser.newPage();
          await gotoExtensionPage(popup, `${ext.h.base}popup/popup.html?tab=${tabId}`);
          await popup.waitForSelector('main:not([aria-busy])');
          const title = await popup.$eval('.card__title', el => el.textContent).catch(() => null);
          const copy = (await shareLinks(popup)).copy;
          await popup.close();
          return {title, copy};
        };

        await kill();
        // 1. A company article opens: the content script's report wakes the worker.
        const page = await ext.h.browser.newPage();
        await page.goto(ARTICLE_URL);
        const tabId = await tabIdOf(ext.probe, ARTICLE_URL);
        expect((await waitForEntry(ext.probe, tabId, ARTICLE_URL))?.article.title).toBe(TITLE);
        await kill();
        // 2. The state is still there, and the popup shows it.
        expect((await sessionState(ext.probe))[`tab:${tabId}`]?.pageUrl).toBe(ARTICLE_URL);
        expect(await popupCard(tabId)).toEqual({title: TITLE, copy: ARTICLE_URL});
        await kill();
        // 3. A second tab: both readings kept across a kill.
        const other = await ext.h.browser.newPage();
        await other.goto(BARE_ARTICLE_URL);
        const otherId = await tabIdOf(ext.probe, BARE_ARTICLE_URL);
        await waitForEntry(ext.probe, otherId, BARE_ARTICLE_URL);
        await kill();
        const both = await sessionState(ext.probe);
        expect(both[`tab:${tabId}`]?.pageUrl).toBe(ARTICLE_URL);
        expect(both[`tab:${otherId}`]?.pageUrl).toBe(BARE_ARTICLE_URL);
        // 4. The first tab navigates away: its reading is replaced (the event wakes the worker).
        await page.goto(INDEX_URL);
        expect((await waitForEntry(ext.probe, tabId, INDEX_URL))?.article.isArticle).toBe(false);
        await kill();
        expect((await popupCard(tabId)).copy).toBe(INDEX_URL);
        await kill();
        // 5. Tabs close while the worker is stopped: tabs.onRemoved wakes it and the entries go.
        await page.close();
        await waitForEntry(ext.probe, tabId, 'absent');
        await kill();
        await other.close();
        await waitForEntry(ext.probe, otherId, 'absent');
        await kill();
        const left = await sessionState(ext.probe);
        expect(Object.keys(left).filter(key => key === `tab:${tabId}` || key === `tab:${otherId}`)).toEqual([]);
        console.log(`[state] worker killed ${kills} times during the scenario; state kept throughout`);
      });
    }
  });
}
