import {beforeEach, describe, expect, it} from 'vitest';
import {company} from '../../src/company';
import {defaults, loadSettings, parseSettings, saveSettings} from '../../src/settings';
import {fakeBrowser} from './fake-browser';

describe('settings', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.sync.clear();
    await fakeBrowser.storage.managed.clear();
  });

  it('defaults come from the company profile', () => {
    expect(defaults.contactEmail).toBe(company.contact.email);
    expect(defaults.companyDomains).toEqual([...company.domains]);
    expect(defaults.xHandle).toBe(company.xHandle);
  });

  it('keeps only known keys of the right type', () => {
    const parsed = parseSettings({contactName: 42, xHandle: 'other', unknown: 1, channels: ['copy', 'bogus', 'copy'], __proto__: {polluted: true}});
    expect(parsed.contactName).toBe(defaults.contactName);
    expect(parsed.xHandle).toBe('other');
    expect(parsed.channels).toEqual(['copy']);
    expect(parsed).not.toHaveProperty('unknown');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('managed (IT policy) wins over the user, who wins over the company profile', async () => {
    await fakeBrowser.storage.sync.set({contactName: 'User', xHandle: 'user'});
    await fakeBrowser.storage.managed.set({contactName: 'Policy'});
    const settings = await loadSettings();
    expect(settings.contactName).toBe('Policy');
    expect(settings.xHandle).toBe('user');
    expect(settings.contactEmail).toBe(company.contact.email);
  });

  it('saves only what changed, validated', async () => {
    await saveSettings({xHandle: 'new', contactName: 7 as unknown as string});
    expect(fakeBrowser.storage.sync.data).toEqual({xHandle: 'new', contactName: defaults.contactName});
  });
});
