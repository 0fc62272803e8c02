/**
 * The share history (src/history.ts) never grows without bound and reads whatever an older version,
 * a sync conflict or another tool left in storage.local without failing.
 */
import {beforeEach, describe, expect, it} from 'vitest';
import {addEntry, HISTORY_MAX, loadHistory, parseHistory, recordShare, toCsv, type HistoryEntry} from '../../src/history';
import fake from './fake-browser';

const entry = (i: number): HistoryEntry => ({url: `https://www.seismonaut.com/blog/post-${i}/`, title: `Post ${i}`, channel: 'email', at: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString()});

beforeEach(async () => {
  await fake.storage.local.clear();
});

describe('share history limits', () => {
  it('keeps at most HISTORY_MAX entries, newest first, however many shares are recorded', async () => {
    for (let i = 0; i < HISTORY_MAX + 100; i++) await recordShare(entry(i), true);
    const list = await loadHistory();
    expect(list).toHaveLength(HISTORY_MAX);
    expect(list[0]!.title).toBe(`Post ${HISTORY_MAX + 99}`);
    expect(list.at(-1)!.title).toBe('Post 100');
    const bytes = JSON.stringify(fake.storage.local.data).length;
    console.log(`[state] history of ${list.length} entries: ${bytes} bytes of storage.local`);
    // Titles are capped at 300 and URLs at 4096: the worst case stays far below storage.local's 10 MB.
    expect(bytes).toBeLessThan(HISTORY_MAX * 1000);
  });

  it('caps a stored list that is already too long (written by an older version or by hand)', () => {
    expect(parseHistory(Array.from({length: 5000}, (_, i) => entry(i)))).toHaveLength(HISTORY_MAX);
    expect(addEntry(Array.from({length: HISTORY_MAX}, (_, i) => entry(i)), entry(-1))).toHaveLength(HISTORY_MAX);
  });

  it('records nothing when the user turned the history off, and remembers only the channel', async () => {
    await recordShare(entry(1), false);
    expect(await loadHistory()).toEqual([]);
    expect(fake.storage.local.data).toEqual({lastChannel: 'email'});
  });
});

describe('share history from older or foreign formats', () => {
  it('reads any stored value without throwing, keeping only valid entries', () => {
    for (const value of [undefined, null, 42, 'history', {}, {0: entry(0)}, [null], [[]], [42], ['x']]) expect(parseHistory(value)).toEqual([]);
  });

  it('drops entries of an unknown shape (a format without channel or time) and keeps the valid ones in order', () => {
    const stored = [
      entry(1),
      {url: 'https://www.seismonaut.com/blog/old/', title: 'Old format', date: '2023-01-01'}, // no channel, "date" not "at"
      {...entry(2), channel: 'google-plus'}, // a channel that no longer exists
      {...entry(3), at: 'yesterday'},
      {...entry(4), url: 'javascript:alert(1)'},
      {...entry(5), url: 'https://user:pw@www.seismonaut.com/'},
      entry(6),
    ];
    expect(parseHistory(stored).map(e => e.title)).toEqual(['Post 1', 'Post 6']);
  });

  it('cleans hostile titles and neutralises spreadsheet formulas in the CSV export', () => {
    const [clean] = parseHistory([{...entry(1), title: `\u202e=HYPERLINK("http://evil.example")\u0000${'x'.repeat(1000)}`, extra: '<script>'}]);
    // eslint-disable-next-line no-control-regex -- asserting their absence
    expect(clean!.title).not.toMatch(/[\u202e\u0000]/);
    expect(clean!.title.length).toBeLessThanOrEqual(300);
    expect(clean).not.toHaveProperty('extra');
    expect(toCsv([clean!]).split('\r\n')[1]).toMatch(/,"'=HYPERLINK/);
  });

  it('a history not written as an array (e.g. an object from a future version) does not break sharing', async () => {
    await fake.storage.local.set({history: {version: 2, entries: [entry(1)]}});
    expect(await loadHistory()).toEqual([]);
    await recordShare(entry(2), true);
    expect((await loadHistory()).map(e => e.title)).toEqual(['Post 2']);
  });
});
