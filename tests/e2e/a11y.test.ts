/**
 * Accessibility of the popup and the options page in real Chromium: axe-core in every state the popup
 * can reach, in light and dark themes (the transient loading and error states held in the real popup by
 * a storage read that never answers or fails: scripts/screenshots.mjs, HELD); keyboard use of the real
 * toolbar popup; the Danish UI.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import type {Page} from 'puppeteer-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {holdState, shownSelector} from '../../scripts/screenshots.mjs';
import {ARTICLE_URL, INDEX_URL, extensionPage, launch, unavailable, tabIdOf, waitForReport, type Harness} from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {id: string; impact: string; nodes: {target: string[]}[]}

/**
 * Runs axe-core in the page (evaluated over CDP, so the extension's strict CSP does not block it): the
 * violations, and the ids of the rules that passed.
 */
async function axeResults(page: Page): Promise<{violations: AxeViolation[]; passed: string[]}> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (globalThis as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: AxeViolation[]; passes: {id: string}[]}>}})
      .axe.run(document, {resultTypes: ['violations']});
    return {
      violations: result.violations.map(({id, impact, nodes}) => ({id, impact, nodes: nodes.map(node => ({target: node.target}))})),
      passed: result.passes.map(rule => rule.id),
    };
  });
}

async function axe(page: Page): Promise<AxeViolation[]> {
  return (await axeResults(page)).violations;
}

const why = unavailable('chromium', 'accessibility tests');

describe.skipIf(Boolean(why))('[chromium] accessibility', () => {
  let h: Harness;
  let probe: Page;
  const tabs: Record<string, number> = {};

  beforeAll(async () => {
    h = await launch('chromium');
    probe = await extensionPage(h);
    for (const [state, url] of [['article', ARTICLE_URL], ['page', INDEX_URL]] as const) {
      const page = await h.browser.newPage();
      await page.goto(url);
      tabs[state] = await tabIdOf(probe, url);
      await waitForReport(probe, tabs[state]!);
    }
    const internal = await h.browser.newPage();
    await internal.goto('chrome://version');
    tabs.restricted = await probe.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map(tab => tab.id ?? -1)));
    // The article's tab, with its stored reading held back (loading) or failing (error).
    tabs.loading = tabs.article!;
    tabs.error = tabs.article!;
  });
  afterAll(async () => h?.close());

  for (const theme of ['light', 'dark'] as const) {
    for (const state of ['article', 'page', 'restricted', 'loading', 'error'] as const) {
      it(`popup, ${state} state, ${theme} theme: no axe violations`, async () => {
        const popup = await h.browser.newPage();
        await popup.emulateMediaFeatures([{name: 'prefers-color-scheme', value: theme}]);
        if (state === 'loading' || state === 'error') await holdState(popup, state);
        await popup.goto(`${h.base}popup/popup.html?tab=${tabs[state]}`);
        await popup.waitForSelector(shownSelector(state));
        const shown = await popup.$eval('.state', el => el.textContent);
        expect(shown).not.toBe('');
        // Each held state is the one meant: the popup's own words for it, from _locales.
        if (state === 'loading' || state === 'error') {
          expect(shown).toBe(await popup.evaluate(key => chrome.i18n.getMessage(key), state === 'loading' ? 'popupLoading' : 'popupError'));
        }
        const {violations, passed} = await axeResults(popup);
        expect(violations).toEqual([]);
        // Colour contrast was computed here, not skipped (what jsdom cannot do: tests/unit/popup-view.test.tsx).
        expect(passed).toContain('color-contrast');
        await popup.close();
      });
    }

    it(`options page, ${theme} theme: no axe violations`, async () => {
      const page = await h.browser.newPage();
      await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: theme}]);
      await page.goto(`${h.base}options/options.html`);
      await page.waitForSelector('form');
      expect(await axe(page)).toEqual([]);
      await page.close();
    });
  }

  it('the popup is usable with the keyboard: Tab reaches every action with a visible focus, Escape closes', async () => {
    const page = await h.browser.newPage();
    const url = `${ARTICLE_URL}?from=keyboard`;
    await page.goto(url);
    await waitForReport(probe, await tabIdOf(probe, url));
    await page.bringToFront();
    await page.triggerExtensionAction((await h.browser.extensions()).get(h.extensionId)!);
    const target = await h.browser.waitForTarget(t => t.url().startsWith(`${h.base}popup/popup.html`));
    const popup = (await target.asPage())!;
    await popup.waitForSelector('[data-share]');
    const actions = await popup.$$eval('[data-share]', links => links.map(link => link.getAttribute('data-share')));
    const focusable = await popup.$$eval('a[href], button, input, textarea, select, [tabindex]:not([tabindex="-1"])', els => els.length);
    const reached: string[] = [];
    // Stop at the last action: one Tab more leaves the popup's document, and the popup closes.
    for (let i = 0; i < focusable && reached.length < actions.length; i++) {
      await popup.keyboard.press('Tab');
      const active = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement & {labels?: NodeListOf<HTMLLabelElement>};
        const style = getComputedStyle(el);
        const name = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || el.getAttribute('title') || '';
        return {tag: el.tagName, share: el.getAttribute('data-share'), name: name.trim(), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2};
      });
      expect(active.name, `name of focused ${active.tag} #${i}`).not.toBe('');
      expect(active.outline, `focus ring on ${active.tag} ${active.share ?? ''}`).toBe(true);
      if (active.share) reached.push(active.share);
    }
    // Every action is reached, in the order it is shown.
    expect(reached).toEqual(actions);
    const closed = new Promise<void>(done => h.browser.once('targetdestroyed', t => t === target && done()));
    // The popup closes on keydown, so the key-up that press() sends has no target left.
    await popup.keyboard.press('Escape').catch(() => undefined);
    await closed;
    await page.close();
  });
});

const whyDanish = unavailable('chromium', 'Danish UI test');
describe.skipIf(Boolean(whyDanish))('[chromium] Danish UI', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch('chromium', {lang: 'da'});
  });
  afterAll(async () => h?.close());

  it('shows the popup in Danish with dates in the Danish locale', async () => {
    const probe = await extensionPage(h);
    const uiLanguage = await probe.evaluate(() => chrome.i18n.getUILanguage());
    if (!uiLanguage.startsWith('da')) {
      // Debian's Chromium ships only English unless chromium-l10n is installed.
      if (process.env.CI === 'true') throw new Error(`Chromium UI language is ${uiLanguage}: install chromium-l10n`);
      console.warn(`\n!!! SKIPPING Danish UI check: Chromium's UI language is ${uiLanguage} (install chromium-l10n)\n`);
      return;
    }
    const page = await h.browser.newPage();
    await page.goto(ARTICLE_URL);
    const tabId = await tabIdOf(probe, ARTICLE_URL);
    await waitForReport(probe, tabId);
    const popup = await h.browser.newPage();
    await popup.goto(`${h.base}popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.card__title');
    expect(await popup.$eval('.state', el => el.textContent)).toBe('Artikel fundet');
    expect(await popup.$eval('.card__meta', el => el.textContent)).toMatch(/^Af Christian Mogensen · 14\. maj 2013$/);
    expect(await popup.$eval('[data-share="copy"]', el => el.textContent)).toBe('Kopiér link');
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^da/);
  });
});
