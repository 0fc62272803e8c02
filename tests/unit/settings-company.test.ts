/** Settings for a company roll-out: precedence with IT policy, strict import, sync quotas, sites. */
import {beforeEach, describe, expect, it} from 'vitest';
import {company} from '../../src/company';
import {defaults, exportSettings, loadSettingsDetailed, parseImport, parseSettings, QuotaError, saveSettings, SYNC_QUOTA} from '../../src/settings';
import {TEMPLATE_MAX} from '../../src/share/templates';
import {normalizeDomain} from '../../src/sites';
import {fakeBrowser} from './fake-browser';

describe('precedence: managed (IT policy) > user (sync) > company profile', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.sync.clear();
    await fakeBrowser.storage.managed.clear();
  });

  it('applies per key, for every kind of setting, and names what policy set', async () => {
    await fakeBrowser.storage.sync.set({channels: ['copy'], templates: {'twitter.da': 'bruger'}, utmCampaign: 'user', companyDomains: ['user.example']});
    await fakeBrowser.storage.managed.set({channels: ['linkedin', 'email'], utmEnabled: true, companyDomains: ['seismonaut.com', 'seismonaut.dk']});
    const {settings, managed} = await loadSettingsDetailed();
    expect(settings.channels).toEqual(['linkedin', 'email']);
    expect(settings.companyDomains).toEqual(['seismonaut.com', 'seismonaut.dk']);
    expect(settings.utmEnabled).toBe(true);
    expect(settings.utmCampaign).toBe('user');
    expect(settings.templates).toEqual({'twitter.da': 'bruger'});
    expect(settings.contactEmail).toBe(company.contact.email);
    expect(managed.sort()).toEqual(['channels', 'companyDomains', 'utmEnabled']);
  });

  it('an invalid policy value does not lock the setting or break the user\'s', async () => {
    await fakeBrowser.storage.sync.set({xHandle: 'user'});
    await fakeBrowser.storage.managed.set({xHandle: 42, channels: 'linkedin'});
    const {settings, managed} = await loadSettingsDetailed();
    expect(settings.xHandle).toBe('user');
    expect(settings.channels).toEqual(defaults.channels);
    expect(managed).toEqual([]);
  });

  it('parses leniently: bad items dropped, unknown template keys ignored, domains normalised', () => {
    const parsed = parseSettings({
      companyDomains: ['HTTPS://Blog.Example.COM/path', 'not a domain', 'example.com.', 'example.com'],
      templates: {'twitter.da': 'ok', 'evil.xx': 'no', 'email.en': 5},
      utmSources: {linkedin: 'li', bogus: 'x'},
    });
    expect(parsed.companyDomains).toEqual(['blog.example.com', 'example.com']);
    expect(parsed.templates).toEqual({'twitter.da': 'ok'});
    expect(parsed.utmSources).toEqual({linkedin: 'li'});
  });
});

describe('import', () => {
  it('takes its own export back', () => {
    const file = exportSettings({channels: ['linkedin', 'copy'], utmEnabled: true, templates: {'email.en': 'Hi {title}'}});
    const result = parseImport(file);
    expect(result).toEqual({ok: true, settings: {channels: ['linkedin', 'copy'], utmEnabled: true, templates: {'email.en': 'Hi {title}'}}});
  });

  it('accepts a bare settings object too', () => {
    expect(parseImport('{"contactName": "Mette"}')).toEqual({ok: true, settings: {contactName: 'Mette'}});
  });

  it('rejects the whole file with every problem named, not part of it', () => {
    const cases: Array<[string, RegExp]> = [
      ['not json', /^not JSON/],
      ['[1, 2]', /not a settings object/],
      ['{}', /no settings/],
      ['{"contactName": "ok", "colour": "red"}', /colour: unknown setting/],
      ['{"contactName": "ok", "utmEnabled": "yes"}', /utmEnabled: not a boolean/],
      ['{"channels": ["email", "myspace"]}', /channels: "myspace" is not one of/],
      ['{"companyDomains": ["seismonaut.com", "javascript:alert(1)"]}', /companyDomains: "javascript:alert\(1\)" is not a domain/],
      [JSON.stringify({templates: {'email.da': 'x'.repeat(TEMPLATE_MAX + 1)}}), /templates: "email.da" is longer than/],
      ['{"templates": {"email.fr": "x"}}', /templates: unknown key "email.fr"/],
      ['{"contactName": "' + 'x'.repeat(300) + '"}', /contactName: longer than 200/],
    ];
    for (const [text, error] of cases) {
      const result = parseImport(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.errors.join('\n'), text).toMatch(error);
    }
  });
});

describe('storage.sync quotas', () => {
  beforeEach(async () => fakeBrowser.storage.sync.clear());

  it('all twelve templates at full length, in Danish, fit one sync item', async () => {
    const templates: Record<string, string> = {};
    for (const channel of ['email', 'twitter', 'bluesky', 'mastodon', 'whatsapp', 'native']) {
      for (const lang of ['da', 'en']) templates[`${channel}.${lang}`] = 'Læs om ledelse på {site}: {title}\n'.repeat(20).slice(0, TEMPLATE_MAX);
    }
    await saveSettings({templates});
    expect(fakeBrowser.storage.sync.data.templates).toEqual(templates);
  });

  it('refuses an item over 8 KB before writing anything', async () => {
    const templates = Object.fromEntries(['email', 'twitter', 'bluesky', 'mastodon', 'whatsapp', 'native'].flatMap(channel =>
      ['da', 'en'].map(lang => [`${channel}.${lang}`, '😀'.repeat(TEMPLATE_MAX / 2)])));
    await expect(saveSettings({templates, contactName: 'x'})).rejects.toBeInstanceOf(QuotaError);
    expect(fakeBrowser.storage.sync.data).toEqual({});
    expect(SYNC_QUOTA.bytesPerItem).toBe(8192);
  });
});

describe('company sites', () => {
  it('normalise what people paste', () => {
    expect(normalizeDomain(' Seismonaut.DK ')).toBe('seismonaut.dk');
    expect(normalizeDomain('https://www.seismonaut.dk/blog/')).toBe('www.seismonaut.dk');
    expect(normalizeDomain('*.seismonaut.dk')).toBe('seismonaut.dk');
    for (const bad of ['', 'localhost', '*', 'a b.dk', 'javascript:alert(1)', '-x.dk', 42]) expect(normalizeDomain(bad), String(bad)).toBeNull();
  });
});
