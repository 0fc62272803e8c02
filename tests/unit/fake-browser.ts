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

export const fakeBrowser = {
  storage: {sync: storageArea(), session: storageArea(), local: storageArea(), managed: storageArea(), onChanged: {addListener() {}}},
  i18n: {getMessage: (key: string) => key, getUILanguage: () => 'en'},
  runtime: {id: 'test-extension', getURL: (path: string) => `chrome-extension://test-extension${path.startsWith('/') ? '' : '/'}${path}`},
};

export default fakeBrowser;
