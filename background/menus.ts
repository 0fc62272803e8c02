/** Context menu entries: "Share this article" on company pages, "Share link" on links. */
import browser, {type Menus, type Tabs} from '../src/browser';
import {matchPatterns} from '../src/company';
import {loadSettings} from '../src/settings';

export async function createMenus(): Promise<void> {
  const {companyDomains} = await loadSettings();
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: 'share-page',
    title: browser.i18n.getMessage('menuSharePage'),
    contexts: ['page'],
    documentUrlPatterns: matchPatterns(companyDomains),
  });
  browser.contextMenus.create({
    id: 'share-link',
    title: browser.i18n.getMessage('menuShareLink'),
    contexts: ['link'],
    targetUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}

export async function handleMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  const tabId = tab?.id;
  if (tabId === undefined) return;
  const params = new URLSearchParams({tab: String(tabId)});
  if (info.menuItemId === 'share-link') {
    if (!info.linkUrl) return;
    params.set('link', info.linkUrl);
    if (info.linkText) params.set('text', info.linkText);
  } else {
    // The real popup, anchored to the toolbar button (Chrome 127+, Firefox: from a user action).
    try {
      await browser.action.openPopup();
      return;
    } catch {
      // Not supported here: fall back to a small window showing the same popup page.
    }
  }
  await browser.windows.create({url: browser.runtime.getURL(`popup/popup.html?${params}`), type: 'popup', width: 400, height: 600});
}
