/** The local share history: capped, newest first, recognises an article shared before, CSV export. */
import {beforeEach, describe, expect, it} from 'vitest';
import {addEntry, HISTORY_MAX, lastChannel, loadHistory, parseHistory, recordShare, sharedBefore, toCsv, type HistoryEntry} from '../../src/history';
import {fakeBrowser} from './fake-browser';

const entry = (n: number, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  url: `https://www.seismonaut.com/blog/${n}/`, title: `Post ${n}`, channel: 'linkedin', at: new Date(Date.UTC(2025, 0, 1, 0, n)).toISOString(), ...extra,
});

describe('share history', () => {
  beforeEach(async () => fakeBrowser.storage.local.clear());

  it('keeps the newest HISTORY_MAX entries, newest first', () => {
    let list: HistoryEntry[] = [];
    for (let n = 0; n < HISTORY_MAX + 25; n++) list = addEntry(list, entry(n));
    expect(list).toHaveLength(HISTORY_MAX);
    expect(list[0]!.title).toBe(`Post ${HISTORY_MAX + 24}`);
    expect(list.at(-1)!.title).toBe('Post 25');
  });

  it('recognises an article shared before, whatever its campaign tags or fragment', () => {
    const list = addEntry([], entry(1, {url: 'https://www.seismonaut.com/blog/1/?utm_source=x&utm_medium=social#top'}));
    expect(list[0]!.url).toBe('https://www.seismonaut.com/blog/1/');
    expect(sharedBefore(list, 'https://www.seismonaut.com/blog/1/?utm_source=copy-link')).toHaveLength(1);
    expect(sharedBefore(list, 'https://www.seismonaut.com/blog/2/')).toHaveLength(0);
  });

  it('drops malformed stored entries', () => {
    const parsed = parseHistory([entry(1), {url: 'javascript:alert(1)', title: 'x', channel: 'email', at: '2025-01-01T00:00:00Z'},
      {...entry(2), channel: 'myspace'}, {...entry(3), at: 'yesterday'}, null, 'x']);
    expect(parsed.map(item => item.title)).toEqual(['Post 1']);
    expect(parseHistory('nope')).toEqual([]);
  });

  it('exports CSV that a spreadsheet reads as text, not formulas', () => {
    const csv = toCsv([entry(1, {title: '=HYPERLINK("http://evil.example","klik")'}), entry(2, {title: 'Komma, "citat"\nog linjeskift'})]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('time,channel,title,url');
    expect(lines[1]).toBe(`${entry(1).at},linkedin,"'=HYPERLINK(""http://evil.example"",""klik"")",${entry(1).url}`);
    expect(csv).toContain('"Komma, ""citat""\nog linjeskift"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('stores locally only, remembers the last channel, and keeps nothing when switched off', async () => {
    await recordShare(entry(1), true);
    await recordShare(entry(2, {channel: 'copy'}), false);
    expect((await loadHistory()).map(item => item.title)).toEqual(['Post 1']);
    expect(await lastChannel()).toBe('copy');
    expect(fakeBrowser.storage.sync.data).not.toHaveProperty('history');
  });
});
