/** The channels added for company roll-out: link formats, X and Bluesky counting, order, labels. */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {LABELS} from '../../../popup/view';
import {CHANNEL_NAMES} from '../../../options/channels-view';
import {withLastFirst} from '../../../src/history';
import {defaults} from '../../../src/settings';
import {ALL_CHANNELS, CHANNELS} from '../../../src/share/channels';
import {graphemes, xWeight} from '../../../src/share/encode';
import {BLUESKY_MAX, blueskyCount, blueskyLink, linkedinLink, mastodonLink, shareLinks, whatsappLink, X_MAX, xCount, type ShareArticle} from '../../../src/share/links';

const URL_ = 'https://www.seismonaut.com/blog/ledelse-i-den-digitale-tidsalder/';
const article: ShareArticle = {title: 'Ledelse i den digitale tidsalder', url: URL_, description: 'Beskrivelse', lang: 'da', contactEmail: null, authors: []};
const textOf = (href: string) => new URL(href).searchParams.get('text')!;

describe('channels', () => {
  it('LinkedIn is on by default; the others are available', () => {
    expect(CHANNELS).toContain('linkedin');
    expect(defaults.channels).toEqual([...CHANNELS]);
    for (const channel of ['bluesky', 'mastodon', 'whatsapp', 'qr', 'native']) expect(ALL_CHANNELS).toContain(channel);
  });

  it('build the documented share URLs', () => {
    expect(linkedinLink(URL_)).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(URL_)}`);
    expect(blueskyLink('Hej', URL_)).toBe(`https://bsky.app/intent/compose?text=${encodeURIComponent(`Hej\n\n${URL_}`)}`);
    expect(whatsappLink('Hej', URL_)).toBe(`https://wa.me/?text=${encodeURIComponent(`Hej\n\n${URL_}`)}`);
    expect(mastodonLink('Mastodon.Social', 'Hej', URL_)).toBe(`https://mastodon.social/share?text=${encodeURIComponent(`Hej\n\n${URL_}`)}`);
  });

  it('Mastodon needs a plain host name: no scheme tricks, paths or credentials', () => {
    for (const bad of ['', 'javascript:alert(1)', 'evil.example/share?x=', 'user@host.example', 'host.example:8080', 'http://host.example']) {
      expect(mastodonLink(bad, 'x', URL_), bad).toBeNull();
    }
    expect(shareLinks(article, {...defaults, channels: ['mastodon']})).toEqual([]);
  });

  it('Bluesky: text and link within 300 graphemes, never a split emoji', () => {
    const text = textOf(blueskyLink('👩‍👩‍👧 Ledelse '.repeat(60), URL_));
    expect(graphemes(text).length).toBeLessThanOrEqual(BLUESKY_MAX);
    expect(text.endsWith(URL_)).toBe(true);
    expect(text).toContain('…');
    expect(blueskyCount('Hej', URL_)).toBe(3 + 2 + graphemes(URL_).length);
  });

  it('X: the live count weighs the link as 23 and the via; the link keeps the text within 280', () => {
    expect(xCount('Hej', 'seismonaut')).toBe(3 + 1 + 23 + ' via @seismonaut'.length);
    expect(xCount('日本', '')).toBe(4 + 24);
    const long = 'Ledelse og tillid '.repeat(30);
    expect(xCount(long, 'seismonaut')).toBeGreaterThan(X_MAX);
    const [link] = shareLinks(article, {...defaults, channels: ['twitter']}, {text: long});
    const text = textOf(link!.href);
    expect(xWeight(text) + 1 + 23 + ' via @seismonaut'.length).toBeLessThanOrEqual(X_MAX);
  });

  it('the edited text goes to every text channel, each with its own link', () => {
    const links = shareLinks(article, {...defaults, mastodonInstance: 'mastodon.social', channels: ['twitter', 'bluesky', 'mastodon', 'whatsapp', 'email']}, {text: 'Mine ord'});
    const byChannel = Object.fromEntries(links.map(link => [link.channel, link.href]));
    expect(textOf(byChannel.twitter!)).toBe('Mine ord');
    expect(textOf(byChannel.bluesky!)).toBe(`Mine ord\n\n${URL_}`);
    expect(textOf(byChannel.mastodon!)).toBe(`Mine ord\n\n${URL_}`);
    expect(textOf(byChannel.whatsapp!)).toBe(`Mine ord\n\n${URL_}`);
    expect(decodeURIComponent(byChannel.email!.split('body=')[1]!)).toBe(`Mine ord\r\n\r\n${URL_}`);
  });

  it('the system share sheet only where the browser has one; QR carries the link', () => {
    const settings = {...defaults, channels: ['native', 'qr'] as const};
    expect(shareLinks(article, {...settings, channels: [...settings.channels]}).map(link => link.channel)).toEqual(['qr']);
    const links = shareLinks(article, {...settings, channels: [...settings.channels]}, {nativeShare: true});
    expect(links.map(link => [link.channel, link.href, link.text])).toEqual([['native', URL_, article.title], ['qr', URL_, undefined]]);
  });

  it('the last channel used goes first, when it is still on', () => {
    expect(withLastFirst(['email', 'linkedin', 'copy'], 'copy')).toEqual(['copy', 'email', 'linkedin']);
    expect(withLastFirst(['email', 'linkedin'], 'whatsapp')).toEqual(['email', 'linkedin']);
    expect(withLastFirst(['email'], null)).toEqual(['email']);
  });

  it('every channel has a name in English and Danish', () => {
    for (const lang of ['en', 'da']) {
      const messages = JSON.parse(readFileSync(`_locales/${lang}/messages.json`, 'utf8')) as Record<string, unknown>;
      const keys = [...Object.values(LABELS), ...Object.values(CHANNEL_NAMES), 'popupCountX', 'popupCountBluesky', 'optionsLangDa', 'optionsLangEn'];
      for (const key of keys) expect(messages, `${lang}: ${key}`).toHaveProperty(key);
    }
  });
});
