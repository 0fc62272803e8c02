/**
 * Issue 3: `npm run inspect` prints "exactly what the extension's content script would conclude". Every page of
 * the sample site, read by the built content script in each real browser, gives the very reading that inspect
 * gives on the same file at the same address (all fields but inspect's own timing).
 */
import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {SITE, unavailable, useExtension, type BrowserName} from './harness';

/** Site pages by address, each with the file the loopback server sends for it (tests/site). */
const PAGES = [
  '/blog/ledelse-i-den-digitale-tidsalder/',
  '/blog/kontroltab-og-tillid/',
  '/blog/nyt-fra-redaktionen/',
  '/en/blog/leadership-in-the-digital-age/',
  '/blog/',
  '/kontakt/',
  '/',
];

/** inspect's reading of a site page (all fields but its timing), run once per page and shared by both browsers. */
const readings = new Map<string, Record<string, unknown>>();
function inspect(path: string): Record<string, unknown> {
  let reading = readings.get(path);
  if (!reading) {
    const run = spawnSync(process.execPath, ['scripts/inspect.mjs', `tests/site${path}index.html`, '--url', `${SITE}${path}`], {encoding: 'utf8', timeout: 60_000});
    expect(run.status, run.stderr).toBe(0);
    const {ms, ...rest} = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(typeof ms).toBe('number');
    readings.set(path, reading = rest);
  }
  return reading;
}

describe('the sample site\'s pages, as inspect reads them', () => {
  it('differ from page to page (the comparison below is not vacuous)', () => {
    const all = PAGES.map(inspect);
    expect(all.filter(r => r['isArticle'] === true).length).toBeGreaterThanOrEqual(3);
    expect(all.filter(r => r['isArticle'] === false).length).toBeGreaterThanOrEqual(3);
    expect(new Set(all.map(r => r['title'])).size).toBe(all.length);
  });
});

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  const why = unavailable(name, 'inspect/content script parity tests');

  describe.skipIf(Boolean(why))(`[${name}] the content script concludes what npm run inspect prints`, () => {
    const ext = useExtension(name);

    it.each(PAGES)('%s', async path => {
      const {entry} = await ext.visit(`${SITE}${path}`);
      expect(entry.article).toEqual(inspect(path));
    });
  });
}
