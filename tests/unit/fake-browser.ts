/**
 * Unit tests replace webextension-polyfill with this in-memory stand-in (vitest alias), so modules that
 * use storage or i18n run in Node. E2E tests use the real browsers.
 */
type Area = Record<string, unknown>;

function storageArea(data: Area = {}) {
  return {
    data,
    async get(keys: string | string[] | null) {
      if (keys === null) return structuredClone(data);
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter(key => key in data).map(key => [key, structuredClone(data[key])]));
    },
    async set(items: Area) {
      Object.assign(data, structuredClone(items));
    },
    async remove(keys: string | string[]) {
      for (const key of Array.isArray(keys) ? keys : [keys]) delete data[key];
    },
    async clear() {
      for (const key of Object.keys(data)) delete data[key];
    },
  };
}

interface FakeTab {id: number; url?: string}

/** Open tabs by id (tests add and remove them); `get` rejects for a missing tab, like the real API. */
const tabs = {
  open: new Map<number, FakeTab>(),
  sent: [] as Array<{tabId: number; message: unknown}>,
  async get(tabId: number): Promise<FakeTab> {
    const tab = tabs.open.get(tabId);
    if (!tab) throw new Error(`No tab with id: ${tabId}.`);
    return {...tab};
  },
  async query(_query: object): Promise<FakeTab[]> {
    return [...tabs.open.values()].map(tab => ({...tab}));
  },
  async sendMessage(tabId: number, message: unknown): Promise<void> {
    tabs.sent.push({tabId, message});
  },
  onRemoved: {addListener() {}},
  onUpdated: {addListener() {}},
};

/** Every toolbar-button call, in order, for assertions. */
const actionCalls: Array<{method: string; details: unknown}> = [];
const recordAction = (method: string) => async (details: unknown) => {
  actionCalls.push({method, details});
};

export const fakeBrowser = {
  storage: {sync: storageArea(), session: storageArea(), local: storageArea(), managed: storageArea(), onChanged: {addListener() {}}},
  i18n: {getMessage: (key: string, _substitutions?: unknown) => key, getUILanguage: () => 'en'},
  runtime: {id: 'test-extension', getURL: (path: string) => `chrome-extension://test-extension${path.startsWith('/') ? '' : '/'}${path}`},
  tabs,
  action: {
    calls: actionCalls,
    setBadgeText: recordAction('setBadgeText'), setTitle: recordAction('setTitle'), setIcon: recordAction('setIcon'),
    setBadgeBackgroundColor: recordAction('setBadgeBackgroundColor'),
    /** Whether openPopup is supported (Chrome 127+, Firefox from a user action). */
    popupSupported: true,
    async openPopup(): Promise<void> {
      if (!fakeBrowser.action.popupSupported) throw new Error('openPopup is not supported');
      actionCalls.push({method: 'openPopup', details: null});
    },
  },
  windows: {
    created: [] as Array<Record<string, unknown>>,
    async create(details: Record<string, unknown>): Promise<void> {
      fakeBrowser.windows.created.push(details);
    },
  },
  scripting: {
    /** What the next executeScript returns (or throws, for a page no extension may read). */
    result: undefined as unknown,
    fail: false,
    async executeScript(_injection: object): Promise<Array<{result: unknown}>> {
      if (fakeBrowser.scripting.fail) throw new Error('Cannot access contents of the page.');
      return [{result: structuredClone(fakeBrowser.scripting.result)}];
    },
  },
};

export default fakeBrowser;
