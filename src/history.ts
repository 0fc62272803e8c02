/**
 * The local share history: what was shared, where and when. Kept in storage.local only (never synced,
 * never sent anywhere), capped, and exportable as CSV. The list logic is pure; the two storage calls are below.
 */
import browser from './browser';
import {isChannel, type Channel} from './share/channels';
import {withoutUtm} from './share/utm';
import {cleanLine, safeHttpUrl} from './text';

export interface HistoryEntry {
  /** The article's address without campaign tags or fragment. */
  url: string;
  title: string;
  channel: Channel;
  /** ISO 8601 time of the share. */
  at: string;
}

export const HISTORY_MAX = 500;
const HISTORY_KEY = 'history';
const LAST_CHANNEL_KEY = 'lastChannel';

/** Rebuilds the list from storage: anything malformed is dropped (storage may hold an older format). */
export function parseHistory(value: unknown): HistoryEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap(item => {
    if (!item || typeof item !== 'object') return [];
    const {url, title, channel, at} = item as Record<string, unknown>;
    const safe = safeHttpUrl(url);
    if (!safe || !isChannel(channel) || typeof at !== 'string' || Number.isNaN(Date.parse(at))) return [];
    return [{url: safe, title: cleanLine(title, 300) || safe, channel, at}];
  }).slice(0, HISTORY_MAX);
}

/** Newest first; the oldest entries fall off past HISTORY_MAX. */
export function addEntry(list: readonly HistoryEntry[], entry: HistoryEntry, max = HISTORY_MAX): HistoryEntry[] {
  return [{...entry, url: withoutUtm(entry.url)}, ...list].slice(0, max);
}

/** Earlier shares of the same article (campaign tags and fragment ignored), newest first. */
export function sharedBefore(list: readonly HistoryEntry[], url: string): HistoryEntry[] {
  const key = withoutUtm(url);
  return list.filter(entry => entry.url === key);
}

/** CSV per RFC 4180, with cells that a spreadsheet would run as a formula neutralised (CSV injection). */
export function toCsv(list: readonly HistoryEntry[]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return ['time,channel,title,url', ...list.map(entry => [entry.at, entry.channel, entry.title, entry.url].map(cell).join(','))].join('\r\n') + '\r\n';
}

export async function loadHistory(): Promise<HistoryEntry[]> {
  const stored = await browser.storage.local.get(HISTORY_KEY).catch(() => ({} as Record<string, unknown>));
  return parseHistory(stored[HISTORY_KEY]);
}

export async function recordShare(entry: HistoryEntry, keep: boolean): Promise<void> {
  const items: Record<string, unknown> = {[LAST_CHANNEL_KEY]: entry.channel};
  if (keep) items[HISTORY_KEY] = addEntry(await loadHistory(), entry);
  await browser.storage.local.set(items);
}

export async function clearHistory(): Promise<void> {
  await browser.storage.local.remove(HISTORY_KEY);
}

export async function lastChannel(): Promise<Channel | null> {
  const stored = await browser.storage.local.get(LAST_CHANNEL_KEY).catch(() => ({} as Record<string, unknown>));
  const value = stored[LAST_CHANNEL_KEY];
  return isChannel(value) ? value : null;
}

/** The configured order with the last channel used moved to the front (when it is still enabled). */
export function withLastFirst(channels: readonly Channel[], last: Channel | null): Channel[] {
  return last && channels.includes(last) ? [last, ...channels.filter(channel => channel !== last)] : [...channels];
}
