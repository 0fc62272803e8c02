import {describe, expect, it} from 'vitest';
import {defaults} from '../../../src/settings';
import {contactLink, emailLink, facebookLink, MAILTO_MAX, mailtoLink, shareLinks, xLink, type ShareArticle} from '../../../src/share/links';
import {xWeight} from '../../../src/share/encode';

const URL_ = 'http://www.seismonaut.com/blog/ledelse-i-den-digitale-tidsalder/';
const article: ShareArticle = {
  title: 'Ledelse i den digitale tidsalder handler om at slippe kontrollen',
  url: URL_,
  description: 'Hvad stiller man op som leder?',
  lang: 'da',
  contactEmail: 'christian@seismonaut.com',
  authors: ['Christian Mogensen'],
};

/** Decodes a mailto's query the RFC 6068 way (no "+" for spaces). */
function mailto(href: string) {
  const [address, query = ''] = href.slice('mailto:'.length).split('?');
  const fields = query.split('&').map(pair => pair.split('=') as [string, string]);
  return {address, keys: fields.map(([key]) => key), get: (key: string) => decodeURIComponent(fields.find(([k]) => k === key)?.[1] ?? '')};
}

describe('facebook', () => {
  it('carries only the encoded URL in u', () => {
    expect(facebookLink('https://x.seismonaut.com/a?b=1&c=2#d')).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fx.seismonaut.com%2Fa%3Fb%3D1%26c%3D2%23d');
  });
});

describe('X', () => {
  it('has text, url and via', () => {
    const url = new URL(xLink('A & B #1 + 100% 🎉', URL_, 'seismonaut'));
    expect(url.origin + url.pathname).toBe('https://twitter.com/intent/tweet');
    expect(url.searchParams.get('text')).toBe('A & B #1 + 100% 🎉');
    expect(url.searchParams.get('url')).toBe(URL_);
    expect(url.searchParams.get('via')).toBe('seismonaut');
    expect(url.search).not.toContain('+');
  });

  it('trims a long title so text + URL (23) + via fit 280', () => {
    const title = 'Ledelse '.repeat(60).trim();
    const text = new URL(xLink(title, URL_, 'seismonaut')).searchParams.get('text')!;
    expect(text.endsWith('…')).toBe(true);
    expect(xWeight(text) + 1 + 23 + ' via @seismonaut'.length).toBeLessThanOrEqual(280);
    expect(xWeight(text)).toBeGreaterThan(200);
  });

  it('counts emoji and CJK as two and never splits a grapheme', () => {
    expect(xWeight('æøå')).toBe(3);
    expect(xWeight('👩‍👩‍👧')).toBe(2);
    expect(xWeight('日本')).toBe(4);
    const text = new URL(xLink('👩‍👩‍👧'.repeat(200), URL_, '')).searchParams.get('text')!;
    expect(text.replace('…', '').length % '👩‍👩‍👧'.length).toBe(0);
    expect(xWeight(text) + 24).toBeLessThanOrEqual(280);
  });

  it('drops an invalid handle instead of injecting it', () => {
    expect(xLink('t', URL_, 'evil&url=https://bad.example')).not.toContain('via');
  });
});

describe('e-mail', () => {
  it('encodes per RFC 6068: %20, %0D%0A, UTF-8, reserved characters', () => {
    const href = emailLink({...article, title: 'Æ & ø # 50% + mere?', description: 'Linje 1\nLinje 2'});
    expect(href).toMatch(/^mailto:\?subject=/);
    expect(href).not.toContain('+');
    expect(href).not.toContain(' ');
    expect(href).toContain('%0D%0A');
    expect(href).not.toMatch(/%0A(?<!%0D%0A)/);
    const parsed = mailto(href);
    expect(parsed.keys).toEqual(['subject', 'body']);
    expect(parsed.get('subject')).toBe('Æ & ø # 50% + mere?');
    expect(parsed.get('body')).toBe(`Linje 1\r\nLinje 2\r\n\r\n${URL_}`);
  });

  it('stays under 2,000 characters and keeps the link', () => {
    const href = emailLink({...article, title: 'Ø'.repeat(400), description: 'æ'.repeat(5000)});
    expect(href.length).toBeLessThanOrEqual(MAILTO_MAX);
    expect(mailto(href).get('body').endsWith(URL_)).toBe(true);
  });

  it('never cuts a percent-escape even for absurd input', () => {
    const href = mailtoLink('', '🎉'.repeat(2000), `${'x'.repeat(3000)}`);
    expect(href.length).toBeLessThanOrEqual(MAILTO_MAX);
    expect(() => decodeURIComponent(href)).not.toThrow();
  });
});

describe('contact shortcut', () => {
  it('writes to the address in the article, in Danish on a Danish page', () => {
    const link = contactLink(article, defaults)!;
    const parsed = mailto(link.href);
    expect(parsed.address).toBe('christian@seismonaut.com');
    expect(parsed.keys).toEqual(['subject', 'body']);
    expect(parsed.get('subject')).toBe(`Kaffeaftale: ${article.title}`);
    expect(parsed.get('body')).toContain(URL_);
    expect(parsed.get('body')).toMatch(/^Hej Christian/);
    expect(link.contact?.name).toBe('Christian');
  });

  it('writes in English on an English page', () => {
    const parsed = mailto(contactLink({...article, lang: 'en'}, defaults)!.href);
    expect(parsed.get('subject')).toBe(`Coffee meeting: ${article.title}`);
  });

  it('names another colleague found in the article', () => {
    const link = contactLink({...article, contactEmail: 'mette.hansen@seismonaut.com', authors: ['Mette Hansen']}, defaults)!;
    expect(mailto(link.href).address).toBe('mette.hansen@seismonaut.com');
    expect(link.contact?.name).toBe('Mette');
  });

  it('falls back to the company default for an address outside the company or a smuggled header', () => {
    for (const contactEmail of ['boss@evil.example', 'christian@seismonaut.com?cc=spy@evil.example', 'a@seismonaut.com%0D%0ABcc:x@evil.example', 'x@seismonaut.com,y@evil.example']) {
      const parsed = mailto(contactLink({...article, contactEmail}, defaults)!.href);
      expect(parsed.address).toBe('christian@seismonaut.com');
      expect(parsed.keys).toEqual(['subject', 'body']);
    }
  });

  it('uses the default when the article address must not take precedence', () => {
    const parsed = mailto(contactLink({...article, contactEmail: 'mette@seismonaut.com'}, {...defaults, preferArticleContact: false})!.href);
    expect(parsed.address).toBe('christian@seismonaut.com');
  });

  it('a title with line breaks cannot add headers', () => {
    const parsed = mailto(contactLink({...article, title: 'Hej\r\nBcc: spy@evil.example'}, defaults)!.href);
    expect(parsed.keys).toEqual(['subject', 'body']);
    expect(parsed.address).toBe('christian@seismonaut.com');
  });
});

describe('shareLinks', () => {
  it('gives every channel in the configured order', () => {
    expect(shareLinks(article, defaults).map(link => link.channel)).toEqual(['email', 'linkedin', 'facebook', 'twitter', 'copy', 'contact']);
    expect(shareLinks(article, {...defaults, channels: ['copy', 'facebook']}).map(link => link.channel)).toEqual(['copy', 'facebook']);
  });

  it('gives nothing for a URL that is not http(s)', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'blob:http://a/b', 'file:///etc/passwd']) {
      expect(shareLinks({...article, url}, defaults)).toEqual([]);
    }
  });
});
