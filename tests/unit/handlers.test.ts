/**
 * Hostile messages to the worker: handleMessage with fake senders. The worker trusts the browser's
 * sender (extension id, tab id, frame id, URL), never a field of the message, and validates the rest.
 */
import {beforeEach, describe, expect, it} from 'vitest';
import {forgetTab, getView, handleMessage, handleTabUpdate} from '../../background/handlers';
import {pruneTabs} from '../../background/store';
import type {Runtime} from '../../src/browser';
import {LIMITS} from '../../src/messages';
import fake from './fake-browser';

const OWN_ID = fake.runtime.id;
const PAGE = 'https://www.seismonaut.com/blog/ledelse-i-den-digitale-tidsalder/';
const article = {
  isArticle: true, confidence: 0.9, signals: ['jsonld:BlogPosting'], title: 'Ledelse', description: 'Beskrivelse',
  authors: ['Christian'], published: '2013-05-14', modified: null, url: PAGE, image: null, lang: 'da', siteName: 'Seismonaut',
  contactEmail: 'christian@seismonaut.com',
};
const report = (extra: Record<string, unknown> = {}) => ({type: 'report', pageUrl: PAGE, article, ...extra});

/** The sender a content script in the top frame of tab `tabId` at `url` has. */
function contentScript(tabId: number, url = PAGE, extra: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender {
  return {id: OWN_ID, url, frameId: 0, tab: {id: tabId, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false}, ...extra};
}
const ownPage = (path = 'popup/popup.html'): Runtime.MessageSender => ({id: OWN_ID, url: fake.runtime.getURL(path)});

const session = () => fake.storage.session.data;
const snapshot = () => JSON.stringify(session());

beforeEach(async () => {
  await fake.storage.session.clear();
  await fake.storage.sync.clear();
  fake.tabs.open.clear();
  fake.tabs.sent.length = 0;
  fake.action.calls.length = 0;
  fake.scripting.fail = false;
  fake.scripting.result = undefined;
  fake.tabs.open.set(5, {id: 5, url: PAGE});
  fake.tabs.open.set(7, {id: 7, url: 'https://www.seismonaut.com/blog/other/'});
  // Tab 7 already has a reading that nobody but tab 7 may replace.
  await fake.storage.session.set({'tab:7': {article: {...article, title: 'Tab 7', url: 'https://www.seismonaut.com/blog/other/'}, pageUrl: 'https://www.seismonaut.com/blog/other/'}});
});

describe('handleMessage: reports', () => {
  it('stores a valid report from a company page\'s top frame under the sender\'s tab', async () => {
    expect(await handleMessage(report(), contentScript(5))).toBeUndefined();
    expect(session()['tab:5']).toEqual({article, pageUrl: PAGE});
    expect(fake.action.calls.some(call => call.method === 'setBadgeText')).toBe(true);
  });

  it('refuses messages from another extension', async () => {
    const before = snapshot();
    expect(await handleMessage(report(), contentScript(5, PAGE, {id: 'evil-extension'}))).toBeUndefined();
    expect(await handleMessage({type: 'get-tab', tabId: 7}, {...ownPage(), id: 'evil-extension'})).toBeUndefined();
    expect(await handleMessage({type: 'get-tab', tabId: 7}, {id: undefined, url: 'https://evil.example/'})).toBeUndefined();
    expect(snapshot()).toBe(before);
    expect(fake.action.calls).toEqual([]);
  });

  it('refuses a report from a sender without a tab (a web page, a worker, another context)', async () => {
    const before = snapshot();
    await handleMessage(report(), {id: OWN_ID, url: PAGE, frameId: 0});
    await handleMessage(report(), {id: OWN_ID, url: PAGE, frameId: 0, tab: {id: -1} as never});
    await handleMessage(report(), {id: OWN_ID, url: PAGE, frameId: 0, tab: {id: undefined} as never});
    expect(snapshot()).toBe(before);
  });

  it('refuses a report from a sub-frame (an ad iframe on a company page)', async () => {
    const before = snapshot();
    for (const frameId of [1, 42, -1, undefined]) await handleMessage(report(), contentScript(5, PAGE, {frameId}));
    expect(snapshot()).toBe(before);
  });

  it('refuses a report from a page outside the company\'s domains, however it is spelled', async () => {
    const before = snapshot();
    for (const url of ['https://evil.example/blog/x', 'https://seismonaut.com.evil.example/x', 'https://evilseismonaut.com/x',
      'http://xn--seismonut-q2a.com/x', 'file:///etc/passwd', 'data:text/html,x', 'not a url']) {
      fake.tabs.open.set(9, {id: 9, url});
      await handleMessage(report({pageUrl: url}), contentScript(9, url.startsWith('not') ? 'https://x.invalid/' : url, {url}));
    }
    expect(snapshot()).toBe(before);
  });

  it('trusts the sender\'s tab id, never one in the message body', async () => {
    await handleMessage(report({tabId: 7, tab: {id: 7}, sender: {tab: {id: 7}}}), contentScript(5));
    expect((session()['tab:7'] as {article: {title: string}}).article.title).toBe('Tab 7');
    expect(session()['tab:5']).toEqual({article, pageUrl: PAGE});
    expect(Object.keys(session()).sort()).toEqual(['tab:5', 'tab:7']);
  });

  it('refuses a claimed page address on another origin than the sender\'s, and a late report from a page the tab left', async () => {
    const before = snapshot();
    await handleMessage(report({pageUrl: 'https://blog.seismonaut.com/other/'}), contentScript(5));
    await handleMessage(report({pageUrl: 'https://www.seismonaut.com/blog/other/'}), contentScript(5));
    fake.tabs.open.set(5, {id: 5, url: 'https://www.seismonaut.com/kontakt/'});
    await handleMessage(report(), contentScript(5));
    fake.tabs.open.delete(5);
    await handleMessage(report(), contentScript(5));
    expect(snapshot()).toBe(before);
  });

  it('refuses malformed, oversized and prototype-polluting reports', async () => {
    const before = snapshot();
    const cyclic: Record<string, unknown> = {type: 'report', pageUrl: PAGE};
    cyclic.article = cyclic;
    // (Inherited fields, Object.create({...}), cannot arrive: the browser structured-clones every message.)
    const hostile: unknown[] = [
      null, undefined, 'report', 42, [], {}, {type: 'report'}, {type: 'REPORT', pageUrl: PAGE, article}, {type: ['report'], pageUrl: PAGE, article},
      report({article: null}), report({article: {...article, url: 'javascript:alert(1)'}}), report({article: {...article, isArticle: 'true'}}),
      report({pageUrl: 'javascript:alert(1)'}), report({pageUrl: undefined}), report({padding: 'x'.repeat(LIMITS.message)}),
      report({article: {...article, title: 'x'.repeat(LIMITS.message)}}), report({article: {...article, authors: Array.from({length: 20_000}, () => 'AAAA')}}),
      // A URL that percent-encoding blows up to ~24,000 characters.
      report({article: {...article, url: `${PAGE}${'\u{1F600}'.repeat(2000)}`}}),
      cyclic, {type: 'report', pageUrl: PAGE, article: {...article, big: 10n}},
      JSON.parse(`{"type":"report","pageUrl":"${PAGE}","article":{"__proto__":${JSON.stringify(article)}}}`),
    ];
    for (const [i, message] of hostile.entries()) {
      expect(await handleMessage(message, contentScript(5))).toBeUndefined();
      expect(snapshot(), `message #${i}`).toBe(before);
    }
    expect(({} as Record<string, unknown>).isArticle).toBeUndefined();
  });

  it('stores only the sanitized article: hostile text is cleaned and capped on the way in', async () => {
    const evil = {...article, title: `\u202eevil\u0000${'x'.repeat(5000)}`, image: 'javascript:alert(1)', contactEmail: 'a@seismonaut.com?bcc=evil@evil.example', extra: '<script>'};
    await handleMessage(report({article: evil}), contentScript(5));
    const stored = session()['tab:5'] as {article: Record<string, unknown>};
    // eslint-disable-next-line no-control-regex -- asserting their absence
    expect(stored.article.title).not.toMatch(/[\u202e\u0000]/);
    expect((stored.article.title as string).length).toBeLessThanOrEqual(LIMITS.title);
    expect(stored.article.image).toBeNull();
    expect(stored.article.contactEmail).toBeNull();
    expect(stored.article).not.toHaveProperty('extra');
  });
});

describe('handleMessage: get-tab', () => {
  it('answers the extension\'s own pages', async () => {
    expect(await handleMessage({type: 'get-tab', tabId: 7}, ownPage())).toMatchObject({kind: 'article', article: {title: 'Tab 7'}});
  });

  it('refuses a content script (or a page) asking about any tab, its own included', async () => {
    for (const tabId of [5, 7]) {
      expect(await handleMessage({type: 'get-tab', tabId}, contentScript(5))).toBeUndefined();
      // A page that got hold of a chrome-extension:// URL as its own "url" is still not our page: its id is not ours...
      expect(await handleMessage({type: 'get-tab', tabId}, {id: 'other', url: fake.runtime.getURL('popup/popup.html')})).toBeUndefined();
    }
    // ...and our id with a web URL is a content script.
    expect(await handleMessage({type: 'get-tab', tabId: 7}, {id: OWN_ID, url: 'https://www.seismonaut.com/'})).toBeUndefined();
    expect(await handleMessage({type: 'get-tab', tabId: 7}, {id: OWN_ID, url: 'chrome-extension://test-extension.evil.example/popup.html'})).toBeUndefined();
  });

  it('rejects malformed tab ids', async () => {
    for (const tabId of [-1, 1.5, '7', null, Number.MAX_SAFE_INTEGER + 1, NaN, Infinity]) {
      expect(await handleMessage({type: 'get-tab', tabId}, ownPage())).toBeUndefined();
    }
  });

  it('says "restricted" for a page no extension may read, and sanitizes what activeTab reads', async () => {
    fake.scripting.fail = true;
    expect(await getView(99)).toEqual({kind: 'restricted'});
    fake.scripting.fail = false;
    fake.scripting.result = {isArticle: false, title: '\u202eTitle', url: 'javascript:alert(1)'};
    expect(await getView(99)).toEqual({kind: 'restricted'});
    fake.scripting.result = {isArticle: false, title: '\u202eTitle\u0007', url: 'https://news.test/x', image: 'data:image/png;base64,AA'};
    expect(await getView(99)).toMatchObject({kind: 'page', article: {title: 'Title', url: 'https://news.test/x', image: null}});
  });
});

describe('per-tab state: bounded and removed', () => {
  it('500 tabs\' reports stay bounded in size and are all removed when the tabs close', async () => {
    await fake.storage.session.clear();
    const big = {...article, image: `${PAGE}${'\u{1F600}'.repeat(300)}`, title: 'T'.repeat(5000), description: 'D'.repeat(20_000), authors: Array.from({length: 50}, () => 'A'.repeat(300)), signals: Array.from({length: 100}, () => 's'.repeat(100))};
    // Just under the message limit: the largest report a content script can get accepted.
    expect(JSON.stringify({type: 'report', pageUrl: PAGE, article: big}).length).toBeLessThan(LIMITS.message);
    let largest = 0;
    for (let id = 1000; id < 1500; id++) {
      const url = `https://www.seismonaut.com/blog/post-${id}/`;
      fake.tabs.open.set(id, {id, url});
      await handleMessage({type: 'report', pageUrl: url, article: {...big, url}}, contentScript(id, url));
      // The same tab reporting again (history navigation, rescans) replaces its entry, never adds one.
      await handleMessage({type: 'report', pageUrl: url, article: {...big, url}}, contentScript(id, url));
      largest = Math.max(largest, JSON.stringify(session()[`tab:${id}`]).length);
    }
    const keys = Object.keys(session());
    expect(keys).toHaveLength(500);
    expect(keys.every(key => /^tab:\d+$/.test(key))).toBe(true);
    // Each entry is capped by the sanitizer: title 300, description 1000, 10 authors of 120, 30 signals of 60,
    // three URLs of at most 4096 (url, image, pageUrl) and short fields: under 20,000 characters.
    expect(largest).toBeLessThan(20_000);
    const total = JSON.stringify(session()).length;
    console.log(`[state] 500 tabs: ${total} bytes of storage.session, largest entry ${largest} bytes`);
    expect(total).toBeLessThan(500 * 20_000);
    // Half close while the worker runs (tabs.onRemoved)...
    for (let id = 1000; id < 1250; id++) {
      fake.tabs.open.delete(id);
      await forgetTab(id);
    }
    expect(Object.keys(session())).toHaveLength(250);
    // ...the other half while it was stopped: pruned at startup from the live tab list.
    for (let id = 1250; id < 1500; id++) fake.tabs.open.delete(id);
    await pruneTabs(new Set([...fake.tabs.open.keys()]));
    expect(session()).toEqual({});
  });

  it('drops a tab\'s reading when it navigates to another page, keeps it for a fragment change', async () => {
    await handleMessage(report(), contentScript(5));
    await handleTabUpdate(5, {url: `${PAGE}#kommentarer`});
    expect(session()['tab:5']).toBeDefined();
    await handleTabUpdate(5, {url: 'https://www.seismonaut.com/kontakt/'});
    expect(session()['tab:5']).toBeUndefined();
    expect(session()['tab:7']).toBeDefined();
  });

  it('asks the page to read itself again when it reports "loading" without a new address (same-URL history.replaceState)', async () => {
    await handleMessage(report(), contentScript(5));
    await handleTabUpdate(5, {status: 'loading'});
    expect(fake.tabs.sent).toEqual([{tabId: 5, message: {type: 'rescan'}}]);
  });

  it('marks the toolbar button again when the tab has finished loading (the browser may clear it after the report)', async () => {
    await handleMessage(report(), contentScript(5));
    fake.action.calls.length = 0;
    await handleTabUpdate(5, {status: 'complete'});
    expect(fake.action.calls).toContainEqual({method: 'setBadgeText', details: {tabId: 5, text: '✓'}});
    // A tab without a reading, or whose reading is not its page's any more, is left alone.
    fake.action.calls.length = 0;
    await handleTabUpdate(9, {status: 'complete'});
    fake.tabs.open.set(5, {id: 5, url: 'https://www.seismonaut.com/kontakt/'});
    await handleTabUpdate(5, {status: 'complete'});
    expect(fake.action.calls).toEqual([]);
  });

  it('keeps the reading through a "loading" without an address while the tab is still at the page read, drops it once it is not', async () => {
    await handleMessage(report(), contentScript(5));
    // A restored page that reported before the browser said it was loading: its reading stays.
    await handleTabUpdate(5, {status: 'loading'});
    expect(session()['tab:5']).toBeDefined();
    // The tab has moved on (its address is another page's): the reading goes.
    fake.tabs.open.set(5, {id: 5, url: 'https://www.seismonaut.com/kontakt/'});
    await handleTabUpdate(5, {status: 'loading'});
    expect(session()['tab:5']).toBeUndefined();
  });

  it('ignores garbage written into storage.session by anything else', async () => {
    await fake.storage.session.set({'tab:5': {article: {...article, url: 'javascript:alert(1)'}, pageUrl: PAGE}});
    expect(await handleMessage({type: 'get-tab', tabId: 5}, ownPage())).not.toMatchObject({kind: 'article'});
  });
});
