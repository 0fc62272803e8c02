/** Sites added on the options page: content scripts registered only where access was granted, removed with it. */
import {beforeEach, describe, expect, it} from 'vitest';
import {requestAccess, syncContentScripts} from '../../src/site-access';
import {fakeBrowser} from './fake-browser';

interface Script {id: string; matches: string[]; js: string[]; persistAcrossSessions?: boolean}
const granted = new Set<string>();
const registered = new Map<string, Script>();
const requests: string[][] = [];

// The permissions and dynamic content-script APIs, in memory (added here: only these tests use them).
Object.assign(fakeBrowser, {
  permissions: {
    async contains({origins}: {origins: string[]}) {
      return origins.every(origin => granted.has(origin));
    },
    async request({origins}: {origins: string[]}) {
      requests.push(origins);
      origins.forEach(origin => granted.add(origin));
      return true;
    },
    async remove({origins}: {origins: string[]}) {
      origins.forEach(origin => granted.delete(origin));
      return true;
    },
  },
});
Object.assign(fakeBrowser.scripting, {
  async getRegisteredContentScripts() {
    return [...registered.values()];
  },
  async registerContentScripts(scripts: Script[]) {
    for (const script of scripts) {
      if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      registered.set(script.id, script);
    }
  },
  async unregisterContentScripts({ids}: {ids: string[]}) {
    // As Chrome does: an unknown id fails the whole call.
    const unknown = ids.find(id => !registered.has(id));
    if (unknown) throw new Error(`Nonexistent script ID '${unknown}'`);
    ids.forEach(id => registered.delete(id));
  },
});

describe('site access', () => {
  beforeEach(() => {
    granted.clear();
    registered.clear();
    requests.length = 0;
  });

  it('asks only for sites the manifest does not cover, with both match patterns', async () => {
    expect(await requestAccess(['seismonaut.com', 'www.seismonaut.com'])).toBe(true);
    expect(requests).toEqual([]);
    await requestAccess(['news.test']);
    expect(requests).toEqual([['http://news.test/*', 'http://*.news.test/*', 'https://news.test/*', 'https://*.news.test/*']]);
  });

  it('registers a persistent content script for granted sites only, and unregisters removed ones', async () => {
    await requestAccess(['news.test']);
    await syncContentScripts(['seismonaut.com', 'news.test', 'not-granted.example']);
    expect([...registered.keys()]).toEqual(['site:news.test']);
    expect(registered.get('site:news.test')).toMatchObject({matches: ['http://news.test/*', 'http://*.news.test/*', 'https://news.test/*', 'https://*.news.test/*'], js: ['content.js'], persistAcrossSessions: true});
    // Idempotent: a second run (start-up, another settings change) does not register twice.
    await syncContentScripts(['seismonaut.com', 'news.test']);
    expect(registered.size).toBe(1);
    await syncContentScripts(['seismonaut.com']);
    expect(registered.size).toBe(0);
  });

  it('survives the worker and the options page syncing at the same time (a removed site, an added one)', async () => {
    await requestAccess(['news.test', 'blog.test']);
    await syncContentScripts(['news.test']);
    // Removing news.test: both contexts find its script stale; the second unregister finds it gone.
    await Promise.all([syncContentScripts([]), syncContentScripts([])]);
    expect(registered.size).toBe(0);
    // Adding blog.test: both find it missing; the second register finds it there.
    await Promise.all([syncContentScripts(['blog.test']), syncContentScripts(['blog.test'])]);
    expect([...registered.keys()]).toEqual(['site:blog.test']);
  });

  it('leaves other registrations alone', async () => {
    registered.set('someone-else', {id: 'someone-else', matches: ['*://x.example/*'], js: ['other.js']});
    await syncContentScripts([]);
    expect([...registered.keys()]).toEqual(['someone-else']);
  });
});
