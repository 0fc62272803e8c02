/**
 * Settings: the defaults are the schema (`type Settings = typeof defaults`).
 * Precedence: storage.managed (IT policy) > storage.sync (the user) > the company profile.
 * The same per-key checks serve loading (lenient: a bad value falls back) and importing (strict: any
 * problem rejects the whole file, so nothing is half-applied).
 */
import browser from './browser';
import {company} from './company';
import {ALL_CHANNELS, CHANNELS, isChannel, TEXT_CHANNELS, type Channel} from './share/channels';
import {TEMPLATE_LANGUAGES, TEMPLATE_MAX, templateKey} from './share/templates';
import {normalizeDomain} from './sites';

export const defaults = {
  companyDomains: [...company.domains] as string[],
  contactName: company.contact.name as string,
  contactEmail: company.contact.email as string,
  /** A company address written in the article wins over the default contact. */
  preferArticleContact: true,
  xHandle: company.xHandle as string,
  /** Shown channels, in order; the ones not listed are off. */
  channels: [...CHANNELS] as Channel[],
  /** Host name of the user's Mastodon instance, e.g. "mastodon.social"; the channel needs one. */
  mastodonInstance: '',
  /** Filled into {hashtags}, e.g. "#ledelse #digitalisering". */
  hashtags: '',
  /** Custom share texts by "channel.lang" (e.g. "twitter.da"); a missing one uses the built-in default. */
  templates: {} as Record<string, string>,
  utmEnabled: false,
  utmMedium: 'social',
  utmCampaign: '',
  utmContent: '',
  /** utm_source by channel; a missing one uses DEFAULT_SOURCES. */
  utmSources: {} as Record<string, string>,
  /** Keep a local list of what was shared (never sent anywhere). */
  keepHistory: true,
};

export type Settings = typeof defaults;
export type SettingsKey = keyof Settings;
export const SETTINGS_KEYS = Object.keys(defaults) as SettingsKey[];

const TEMPLATE_KEYS = new Set(TEXT_CHANNELS.flatMap(channel => TEMPLATE_LANGUAGES.map(lang => templateKey(channel, lang))));
const STRING_MAX = 200;
const LIST_MAX = 50;

interface Checked {
  /** The usable value, or undefined when nothing of it is usable. */
  value?: unknown;
  /** What was wrong (dropped items, wrong type, too long); empty when the value was taken as it is. */
  problems: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A record of strings whose keys pass `keyOk`, each capped at `max`. */
function checkRecord(value: unknown, keyOk: (key: string) => boolean, max: number): Checked {
  if (!isRecord(value)) return {problems: ['not an object']};
  const problems: string[] = [];
  const result: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!keyOk(key)) problems.push(`unknown key "${key}"`);
    else if (typeof item !== 'string') problems.push(`"${key}" is not text`);
    else if (item.length > max) problems.push(`"${key}" is longer than ${max} characters`);
    else result[key] = item;
  }
  return {value: result, problems};
}

function checkValue(key: SettingsKey, value: unknown): Checked {
  const fallback = defaults[key];
  switch (key) {
    case 'companyDomains':
    case 'channels': {
      if (!Array.isArray(value)) return {problems: ['not a list']};
      const problems: string[] = [];
      const items = value.flatMap(item => {
        const ok = key === 'channels' ? (isChannel(item) ? item : null) : normalizeDomain(item);
        if (!ok) problems.push(`"${String(item)}" is not ${key === 'channels' ? `one of ${ALL_CHANNELS.join(', ')}` : 'a domain'}`);
        return ok ? [ok] : [];
      });
      if (items.length > LIST_MAX) problems.push(`more than ${LIST_MAX} entries`);
      return {value: [...new Set(items)].slice(0, LIST_MAX), problems};
    }
    case 'templates':
      return checkRecord(value, name => TEMPLATE_KEYS.has(name), TEMPLATE_MAX);
    case 'utmSources':
      return checkRecord(value, isChannel, 100);
    default:
      if (typeof value !== typeof fallback) return {problems: [`not a ${typeof fallback}`]};
      if (typeof value === 'string' && value.length > STRING_MAX) return {value: value.slice(0, STRING_MAX), problems: [`longer than ${STRING_MAX} characters`]};
      return {value, problems: []};
  }
}

/** Keeps only known keys with usable values; anything else falls back to the layer below. Later layers win. */
export function parseSettings(...layers: unknown[]): Settings {
  const result: Settings = structuredClone(defaults);
  for (const layer of layers) {
    if (!isRecord(layer)) continue;
    for (const key of SETTINGS_KEYS) {
      if (!Object.hasOwn(layer, key)) continue;
      const {value} = checkValue(key, layer[key]);
      if (value !== undefined) (result as Record<string, unknown>)[key] = value;
    }
  }
  return result;
}

export type ImportResult = {ok: true; settings: Partial<Settings>} | {ok: false; errors: string[]};

/** A settings file as exported: every key known and every value valid, or a list of what is wrong. */
export function parseImport(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {ok: false, errors: [`not JSON: ${(error as Error).message}`]};
  }
  if (!isRecord(data)) return {ok: false, errors: ['not a settings object']};
  const settings = isRecord(data.settings) && data.format === SETTINGS_FORMAT ? data.settings : data;
  const errors: string[] = [];
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (!(SETTINGS_KEYS as string[]).includes(key)) {
      errors.push(`${key}: unknown setting`);
      continue;
    }
    const checked = checkValue(key as SettingsKey, value);
    errors.push(...checked.problems.map(problem => `${key}: ${problem}`));
    result[key] = checked.value;
  }
  if (Object.keys(result).length === 0 && errors.length === 0) errors.push('no settings in the file');
  return errors.length > 0 ? {ok: false, errors} : {ok: true, settings: result as Partial<Settings>};
}

export const SETTINGS_FORMAT = 'seismonaut-share-settings/1';

/** The user's own settings (not the policy's) as a file another browser can import. */
export function exportSettings(user: Partial<Settings>): string {
  return JSON.stringify({format: SETTINGS_FORMAT, settings: parseImportable(user)}, null, 2) + '\n';
}

function parseImportable(user: Partial<Settings>): Partial<Settings> {
  const parsed = parseSettings(user);
  return Object.fromEntries(SETTINGS_KEYS.filter(key => Object.hasOwn(user, key)).map(key => [key, parsed[key]]));
}

/** Settings and which keys IT policy fixed (shown read-only on the options page). */
export interface LoadedSettings {
  settings: Settings;
  managed: SettingsKey[];
  user: Partial<Settings>;
}

export async function loadSettingsDetailed(): Promise<LoadedSettings> {
  const [user, managed] = await Promise.all([
    browser.storage.sync.get(null).catch(() => ({})),
    // Throws when no policy is set (Firefox without policies.json): that simply means "none".
    browser.storage.managed.get(null).catch(() => ({})),
  ]);
  return {
    settings: parseSettings(user, managed),
    managed: SETTINGS_KEYS.filter(key => Object.hasOwn(managed, key) && checkValue(key, (managed as Record<string, unknown>)[key]).value !== undefined),
    user: parseImportable(user as Partial<Settings>),
  };
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsDetailed()).settings;
}

/** storage.sync limits: https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync */
export const SYNC_QUOTA = {bytesPerItem: 8192, bytes: 102400} as const;

export class QuotaError extends Error {
  constructor(readonly key: string) {
    super(`The setting "${key}" is too large to sync.`);
  }
}

/** Bytes storage.sync counts for one item: its key plus its value as JSON (UTF-8). */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** Stores only the keys given (validated), so later changes to the company profile still reach the user. Checks the sync quotas first. */
export async function saveSettings(changes: Partial<Settings>): Promise<void> {
  const valid = parseSettings(changes);
  const keys = Object.keys(changes).filter((key): key is SettingsKey => Object.hasOwn(defaults, key));
  const items = Object.fromEntries(keys.map(key => [key, valid[key]]));
  for (const [key, value] of Object.entries(items)) if (itemBytes(key, value) > SYNC_QUOTA.bytesPerItem) throw new QuotaError(key);
  const stored = {...await browser.storage.sync.get(null).catch(() => ({})), ...items};
  const total = Object.entries(stored).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  if (total > SYNC_QUOTA.bytes) throw new QuotaError(keys[0] ?? '');
  await browser.storage.sync.set(items);
}

/** Forgets the user's value for these keys, so the company profile (or policy) applies again. */
export async function resetSettings(keys: SettingsKey[]): Promise<void> {
  await browser.storage.sync.remove(keys);
}
