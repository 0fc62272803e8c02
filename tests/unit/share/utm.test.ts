import {describe, expect, it} from 'vitest';
import {defaults} from '../../../src/settings';
import {shareLinks, type ShareArticle} from '../../../src/share/links';
import {withUtm, withoutUtm, type UtmSettings} from '../../../src/share/utm';

const on: UtmSettings = {utmEnabled: true, utmMedium: 'social', utmCampaign: 'efterår 2025', utmContent: '', utmSources: {linkedin: 'li'}};
const URL_ = 'https://www.seismonaut.com/blog/ledelse/';

describe('campaign tags', () => {
  it('are off by default and when switched off', () => {
    expect(defaults.utmEnabled).toBe(false);
    expect(withUtm(URL_, 'linkedin', {...on, utmEnabled: false})).toBe(URL_);
  });

  it('add source per channel (own or default), medium, campaign; empty ones are left out', () => {
    const url = new URL(withUtm(URL_, 'linkedin', on));
    expect([...url.searchParams]).toEqual([['utm_source', 'li'], ['utm_medium', 'social'], ['utm_campaign', 'efterår 2025']]);
    expect(url.search).toContain('utm_campaign=efter%C3%A5r%202025');
    expect(new URL(withUtm(URL_, 'twitter', on)).searchParams.get('utm_source')).toBe('x');
    expect(new URL(withUtm(URL_, 'copy', {...on, utmContent: 'christian'})).searchParams.get('utm_content')).toBe('christian');
  });

  it('are never added twice, and never re-attribute a tagged link', () => {
    const once = withUtm(URL_, 'facebook', on);
    expect(withUtm(once, 'facebook', on)).toBe(once);
    const foreign = `${URL_}?UTM_source=newsletter`;
    expect(withUtm(foreign, 'facebook', on)).toBe(foreign);
  });

  it('keep the page\'s own query exactly and the fragment', () => {
    const tagged = withUtm('https://a.example/p?q=a%20b&x=1#part', 'email', on);
    expect(tagged.startsWith('https://a.example/p?q=a%20b&x=1&utm_source=email&')).toBe(true);
    expect(tagged.endsWith('#part')).toBe(true);
  });

  it('cannot inject parameters through a tag value', () => {
    const url = new URL(withUtm(URL_, 'email', {...on, utmCampaign: 'a&utm_source=evil#x'}));
    expect(url.searchParams.getAll('utm_source')).toEqual(['email']);
    expect(url.searchParams.get('utm_campaign')).toBe('a&utm_source=evil#x');
  });

  it('withoutUtm strips tags and the fragment', () => {
    expect(withoutUtm(withUtm(`${URL_}?p=1#top`, 'qr', on))).toBe(`${URL_}?p=1`);
  });

  it('apply to every channel, the e-mail, the contact e-mail and the copied link included', () => {
    const article: ShareArticle = {title: 'T', url: URL_, description: null, lang: 'da', contactEmail: null, authors: []};
    const links = shareLinks(article, {...defaults, ...on, channels: ['email', 'linkedin', 'facebook', 'twitter', 'copy', 'contact']});
    const tagged = (source: string) => `${URL_}?utm_source=${source}&utm_medium=social&utm_campaign=efter%C3%A5r%202025`;
    const byChannel = Object.fromEntries(links.map(link => [link.channel, link.href]));
    expect(byChannel.copy).toBe(tagged('copy-link'));
    expect(decodeURIComponent(byChannel.email!)).toContain(tagged('email'));
    expect(decodeURIComponent(byChannel.contact!)).toContain(tagged('contact-email'));
    expect(new URL(byChannel.linkedin!).searchParams.get('url')).toBe(tagged('li'));
    expect(new URL(byChannel.facebook!).searchParams.get('u')).toBe(tagged('facebook'));
    expect(new URL(byChannel.twitter!).searchParams.get('url')).toBe(tagged('x'));
  });
});
