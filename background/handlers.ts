/** What the worker does for each message; index.ts only wires listeners to these. */
import type {ArticleMetadata} from '../src/article/types';
import browser, {type Runtime} from '../src/browser';
import {isCompanyHost} from '../src/company';
import {parseMessage, samePage, sanitizeArticle, type TabView} from '../src/messages';
import {loadSettings} from '../src/settings';
import {showArticle} from './badge';
import {viewOf} from '../src/tab-store';
import {getTab, removeTab, setTab} from './store';

/** True for this extension's own pages (popup, options), which may ask about any tab. */
function fromOwnPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

export async function handleMessage(raw: unknown, sender: Runtime.MessageSender): Promise<TabView | null | undefined> {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'report':
      await handleReport(message.article, message.pageUrl, sender);
      return undefined;
    case 'get-tab':
      return fromOwnPage(sender) ? getView(message.tabId) : undefined;
    default:
      return undefined;
  }
}

/** A content script's reading of its page. The tab id is the sender's own: a page cannot speak for another tab. */
async function handleReport(article: ArticleMetadata, pageUrl: string, sender: Runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || sender.frameId !== 0 || !sender.url) return;
  let origin: string;
  try {
    origin = new URL(sender.url).origin;
    // history.pushState cannot change the origin: the claimed address must stay on the sender's.
    if (new URL(pageUrl).origin !== origin) return;
  } catch {
    return;
  }
  const {companyDomains} = await loadSettings();
  if (!isCompanyHost(new URL(origin).hostname, companyDomains)) return;
  // A late report from a document the tab has already left must not label the new page. The tab's URL is
  // visible to us only on company sites (host permission), so an undefined URL also means "left".
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab?.url || !samePage(tab.url, pageUrl)) return;
  await showArticle(tabId, article);
  await setTab(tabId, {article, pageUrl});
  // The tab may have closed while this report was checked: tabs.onRemoved has then already run, so the
  // entry just written would outlive its tab.
  if (!(await browser.tabs.get(tabId).catch(() => null))) await removeTab(tabId);
}

export async function forgetTab(tabId: number): Promise<void> {
  await removeTab(tabId);
}

/**
 * The tab's address changed or a document started loading: drop a reading that is no longer the tab's page
 * and ask the page again. A load ended: mark the toolbar button again from the tab's reading.
 */
export async function handleTabUpdate(tabId: number, change: {url?: string; status?: string}): Promise<void> {
  const complete = change.status === 'complete' && !change.url;
  if (!change.url && change.status !== 'loading' && !complete) return;
  const entry = await getTab(tabId);
  // Chromium reports a load, a back/forward-cache restore and a same-address history.replaceState as
  // {status: 'loading'} alone, and a finished load as {status: 'complete'}: then the tab's own address says
  // whether the reading is still this page's (a restored page may have reported before this event).
  const url = change.url ?? (entry ? (await browser.tabs.get(tabId).catch(() => null))?.url : undefined);
  const current = Boolean(entry && url && samePage(url, entry.pageUrl));
  if (complete) {
    // Chromium clears a tab's badge when a document commits, which may come after that document's report (a
    // page restored from the back/forward cache reports at once): the finished load puts the badge back.
    if (entry && current) await showArticle(tabId, entry.article);
    return;
  }
  // Only the reading looked at goes: the new page's report may have replaced it while the tab was asked
  // (seen with a back/forward-cache restore, whose page reports at once).
  if (entry && !current && (await getTab(tabId))?.pageUrl === entry.pageUrl) {
    await removeTab(tabId);
    await showArticle(tabId, null);
  }
  // Maybe a same-document navigation (history.pushState, or a same-address replaceState: found by
  // tests/e2e/trust.test.ts): the content script is still there, so ask it to read again (it re-sends its
  // reading when the address is the one it read). After a real navigation the old document's answer
  // carries the old URL and is refused by handleReport; the new document's content script reports by itself.
  await browser.tabs.sendMessage(tabId, {type: 'rescan'}).catch(() => undefined);
}

export async function getView(tabId: number): Promise<TabView> {
  const entry = await getTab(tabId);
  if (entry) return viewOf(entry);
  // No report (not a company site, or still loading): read title and address through activeTab.
  try {
    const [result] = await browser.scripting.executeScript({target: {tabId}, func: readPage});
    const article = sanitizeArticle(result?.result);
    return article ? {kind: 'page', article} : {kind: 'restricted'};
  } catch {
    // chrome://, the web store, about:, other extensions, or no activeTab grant.
    return {kind: 'restricted'};
  }
}

/** Runs in the page (serialised by scripting.executeScript): self-contained, no imports. */
function readPage(): Partial<ArticleMetadata> {
  const meta = (selector: string) => document.querySelector<HTMLMetaElement>(selector)?.content ?? null;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i]')?.href;
  return {
    isArticle: false,
    title: meta('meta[property="og:title"]') || document.title || location.href,
    description: meta('meta[name="description" i]') || meta('meta[property="og:description"]'),
    url: canonical && /^https?:/.test(canonical) ? canonical : location.href,
    image: meta('meta[property="og:image"]'),
    lang: (document.documentElement.lang || '').toLowerCase().split('-')[0] || null,
    siteName: meta('meta[property="og:site_name"]') || location.hostname,
    authors: [],
    signals: [],
  };
}
