/**
 * Service worker (Chrome) / event page (Firefox) entry. Every listener is registered synchronously at
 * the top level, so an event that wakes the worker finds its listener.
 * https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/events#declare-events
 */
import browser, {type Runtime} from '../src/browser';
import {forgetTab, handleMessage, handleTabUpdate} from './handlers';
import {createMenus, handleMenuClick} from './menus';
import {syncSites} from './sites';
import {pruneTabs} from './store';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handleMessage(message, sender));
browser.tabs.onRemoved.addListener(tabId => void forgetTab(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => void handleTabUpdate(tabId, change));
browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'sync' || area === 'managed') {
    void createMenus();
    // Sites may come from policy or another browser (sync); those this browser may read get the content script.
    void syncSites();
  }
});
// Registered content scripts do not survive an update in Chrome, and access may be revoked in the browser's settings.
browser.permissions.onAdded.addListener(() => void syncSites());
browser.permissions.onRemoved.addListener(() => void syncSites());
browser.runtime.onInstalled.addListener(() => {
  void createMenus();
  void syncSites();
});
browser.runtime.onStartup.addListener(async () => {
  void syncSites();
  await createMenus();
  const tabs = await browser.tabs.query({});
  await pruneTabs(new Set(tabs.flatMap(tab => tab.id === undefined ? [] : [tab.id])));
});
