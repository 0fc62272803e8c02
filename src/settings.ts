/**
 * Settings: the defaults are the schema (`type Settings = typeof defaults`).
 * Precedence: storage.managed (IT policy) > storage.sync (the user) > the company profile.
 */
import browser from './browser';
import {company} from './company';
import {CHANNELS, type Channel} from './share/channels';

export const defaults = {
  companyDomains: [...company.domains] as string[],
  contactName: company.contact.name as string,
  contactEmail: company.contact.email as string,
  /** A company address written in the article wins over the default contact. */
  preferArticleContact: true,
  xHandle: company.xHandle as string,
  channels: [...CHANNELS] as Channel[],
};

export type Settings = typeof defaults;

/** Keeps only known keys whose value has the default's type; anything else falls back to the default. */
export function parseSettings(...layers: unknown[]): Settings {
  const result: Settings = structuredClone(defaults);
  for (const layer of layers) {
    if (!layer || typeof layer !== 'object') continue;
    for (const key of Object.keys(defaults) as Array<keyof Settings>) {
      if (!Object.hasOwn(layer, key)) continue;
      const value = (layer as Record<string, unknown>)[key];
      const fallback = defaults[key];
      if (Array.isArray(fallback)) {
        if (Array.isArray(value) && value.every(item => typeof item === 'string')) {
          const list = key === 'channels' ? value.filter((c): c is Channel => (CHANNELS as readonly string[]).includes(c)) : value;
          (result as Record<string, unknown>)[key] = [...new Set(list)].slice(0, 50);
        }
      } else if (typeof value === typeof fallback) {
        (result as Record<string, unknown>)[key] = typeof value === 'string' ? value.slice(0, 200) : value;
      }
    }
  }
  return result;
}

export async function loadSettings(): Promise<Settings> {
  const [user, managed] = await Promise.all([
    browser.storage.sync.get(null).catch(() => ({})),
    // Throws when no policy is set (Firefox without a managed manifest): that simply means "none".
    browser.storage.managed.get(null).catch(() => ({})),
  ]);
  return parseSettings(user, managed);
}

/** Stores only the keys given (validated), so later changes to the company profile still reach the user. */
export async function saveSettings(changes: Partial<Settings>): Promise<void> {
  const valid = parseSettings(changes);
  const keys = Object.keys(changes).filter((key): key is keyof Settings => Object.hasOwn(defaults, key));
  await browser.storage.sync.set(Object.fromEntries(keys.map(key => [key, valid[key]])));
}
