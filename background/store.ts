/** The worker's side of the per-tab store (src/tab-store.ts): writing, removing, pruning. */
import browser from '../src/browser';
import {tabKey as key, type TabEntry} from '../src/tab-store';

export {getTab, type TabEntry} from '../src/tab-store';

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
