/**
 * Per-tab readings, kept in storage.session: the worker may be killed at any moment, so no module
 * variable holds state. Session storage is in memory and cleared when the browser quits.
 * The worker writes; the popup reads directly, so opening it does not wait for a sleeping worker.
 * https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle#persist-data
 */
import type {ArticleMetadata} from './article/types';
import browser from './browser';
import {sanitizeArticle, type TabView} from './messages';

export interface TabEntry {
  article: ArticleMetadata;
  /** The document's address when it reported (checked against the tab's URL by the worker). */
  pageUrl: string;
}

export const tabKey = (tabId: number) => `tab:${tabId}`;

export async function getTab(tabId: number): Promise<TabEntry | null> {
  const stored = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as Partial<TabEntry> | undefined;
  // Re-validated on the way out too: storage is only as trustworthy as what was written into it.
  const article = sanitizeArticle(stored?.article);
  return article && typeof stored?.pageUrl === 'string' ? {article, pageUrl: stored.pageUrl} : null;
}

export function viewOf(entry: TabEntry): TabView {
  return {kind: entry.article.isArticle ? 'article' : 'page', article: entry.article};
}
