import {beforeEach, describe, expect, it} from 'vitest';
import type {Menus, Tabs} from '../../src/browser';
import {handleMenuClick} from '../../background/menus';
import fakeBrowser from './fake-browser';

const tab = {id: 7} as Tabs.Tab;
const click = (info: Partial<Menus.OnClickData>) => handleMenuClick({editable: false, ...info} as Menus.OnClickData, tab);

describe('context menu', () => {
  beforeEach(() => {
    fakeBrowser.action.calls.length = 0;
    fakeBrowser.windows.created.length = 0;
    fakeBrowser.action.popupSupported = true;
  });

  it('"Share this article" opens the real popup where the browser can', async () => {
    await click({menuItemId: 'share-page'});
    expect(fakeBrowser.action.calls.map(call => call.method)).toEqual(['openPopup']);
    expect(fakeBrowser.windows.created).toEqual([]);
  });

  it('falls back to a small window with the same popup page for the tab', async () => {
    fakeBrowser.action.popupSupported = false;
    await click({menuItemId: 'share-page'});
    expect(fakeBrowser.windows.created).toHaveLength(1);
    const url = new URL(String(fakeBrowser.windows.created[0]?.['url']));
    expect(url.pathname).toBe('/popup/popup.html');
    expect(url.searchParams.get('tab')).toBe('7');
    expect(fakeBrowser.windows.created[0]?.['type']).toBe('popup');
  });

  it('"Share link" opens the popup for the link and its text, without opening the page', async () => {
    await click({menuItemId: 'share-link', linkUrl: 'https://www.seismonaut.com/blog/a?b=1&c=2', linkText: 'Et indlæg & mere'});
    const url = new URL(String(fakeBrowser.windows.created[0]?.['url']));
    expect(url.searchParams.get('link')).toBe('https://www.seismonaut.com/blog/a?b=1&c=2');
    expect(url.searchParams.get('text')).toBe('Et indlæg & mere');
    expect(url.searchParams.get('tab')).toBe('7');
    expect(fakeBrowser.action.calls).toEqual([]);
  });

  it('does nothing without a tab or without a link', async () => {
    await handleMenuClick({menuItemId: 'share-page', editable: false} as Menus.OnClickData, undefined);
    await click({menuItemId: 'share-link'});
    expect(fakeBrowser.windows.created).toEqual([]);
    expect(fakeBrowser.action.calls).toEqual([]);
  });
});
