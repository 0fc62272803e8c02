/**
 * Per-tab results, kept in storage.session: the worker may be killed at any moment, so no module
 * variable holds state. Session storage is in memory, cleared when the browser quits.
 * https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle#persist-data
 */
import type {ArticleMetadata} from '../src/article/types';
import browser from '../src/browser';
import {sanitizeArticle} from '../src/messages';

export interface TabEntry {
  article: ArticleMetadata;
  /** The frame URL the report came from (as the browser gave it, not as the page claimed). */
  pageUrl: string;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function getTab(tabId: number): Promise<TabEntry | null> {
  const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as Partial<TabEntry> | undefined;
  const article = sanitizeArticle(stored?.article);
  return article && typeof stored?.pageUrl === 'string' ? {article, pageUrl: stored.pageUrl} : null;
}

export async function setTab(tabId: number, entry: TabEntry): Promise<void> {
  await browser.storage.session.set({[key(tabId)]: entry});
}

export async function removeTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/** Drops entries of tabs that no longer exist (e.g. closed while the worker was not running). */
export async function pruneTabs(liveTabIds: ReadonlySet<number>): Promise<void> {
  const all = await browser.storage.session.get(null);
  const stale = Object.keys(all).filter(name => name.startsWith('tab:') && !liveTabIds.has(Number(name.slice(4))));
  if (stale.length > 0) await browser.storage.session.remove(stale);
}
