import {describe, expect, it} from 'vitest';
import {absoluteHttp, registrableDomain, stripTracking} from '../../../src/article/urls';
import {extract, prose} from './helpers';

const PAGE = 'https://www.seismonaut.com/blog/ledelse-i-den-digitale-tidsalder';
const page = (head: string) => `<html><head>${head}</head><body><h1>T</h1>${prose(3)}</body></html>`;

describe('canonical URL', () => {
  it('uses a relative rel=canonical resolved against the page', () => {
    expect(extract(page('<link rel="canonical" href="/blog/ledelse">'), PAGE).url).toBe('https://www.seismonaut.com/blog/ledelse');
  });

  it('falls back to og:url', () => {
    expect(extract(page('<meta property="og:url" content="https://seismonaut.com/blog/ledelse">'), PAGE).url).toBe('https://seismonaut.com/blog/ledelse');
  });

  it('rejects a canonical on another site', () => {
    expect(extract(page('<link rel="canonical" href="https://evil.example/blog/ledelse">'), PAGE).url).toBe(PAGE);
  });

  it('keeps a canonical on another of the company\'s sites, and only between company sites', () => {
    const dk = 'https://www.seismonaut.dk/blog/ledelse';
    const original = '<link rel="canonical" href="https://www.seismonaut.com/blog/ledelse">';
    const both = ['seismonaut.com', 'seismonaut.dk'];
    expect(extract(page(original), dk, both).url).toBe('https://www.seismonaut.com/blog/ledelse');
    // The page's own site is not the company's: someone else's page cannot claim the company's address.
    expect(extract(page(original), dk, ['seismonaut.com']).url).toBe(dk);
    // From a company site to a third party's: refused as before.
    expect(extract(page('<link rel="canonical" href="https://medium.com/@seismonaut/ledelse">'), dk, both).url).toBe(dk);
  });

  it('keeps Blogger\'s .com canonical of a blog read at a country domain, and only for the same blog', () => {
    const de = 'http://acme-notes.blogspot.de/2011/05/leading-remote-teams.html';
    expect(extract(page('<link rel="canonical" href="http://acme-notes.blogspot.com/2011/05/leading-remote-teams.html">'), de).url).toBe('http://acme-notes.blogspot.com/2011/05/leading-remote-teams.html');
    expect(extract(page('<link rel="canonical" href="http://other-notes.blogspot.com/2011/05/leading-remote-teams.html">'), de).url).toBe(de);
    expect(extract(page('<link rel="canonical" href="http://acme-notes.wordpress.com/2011/05/leading-remote-teams.html">'), de).url).toBe(de);
  });

  it('rejects a home-page canonical for a deep page', () => {
    expect(extract(page('<link rel="canonical" href="https://www.seismonaut.com/">'), PAGE).url).toBe(PAGE);
  });

  it('rejects javascript:/data: canonicals', () => {
    expect(extract(page('<link rel="canonical" href="javascript:alert(1)">'), PAGE).url).toBe(PAGE);
    expect(extract(page('<link rel="canonical" href="data:text/html,hi">'), PAGE).url).toBe(PAGE);
  });

  it('removes tracking parameters and the fragment from the page URL', () => {
    const m = extract(page(''), `${PAGE}?utm_source=nl&utm_medium=mail&fbclid=x&gclid=y&mc_cid=1&mc_eid=2&igshid=3&msclkid=4&_ga=5&ref_src=6&id=7#kommentarer`);
    expect(m.url).toBe(`${PAGE}?id=7`);
  });

  it('removes tracking parameters from the canonical too', () => {
    expect(extract(page('<link rel="canonical" href="/blog/x?utm_campaign=a">'), PAGE).url).toBe('https://www.seismonaut.com/blog/x');
  });
});

describe('URL helpers', () => {
  it('accepts only http(s)', () => {
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:image/png;base64,AA', 'vbscript:x', 'blob:https://a/b', 'file:///etc/passwd', 'https://user:pw@host/']) {
      expect(absoluteHttp(bad, 'https://a.example/')).toBeNull();
    }
    expect(absoluteHttp('img/x.png', 'https://a.example/dir/')).toBe('https://a.example/dir/img/x.png');
  });

  it('knows registrable domains', () => {
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('blog.seismonaut.com')).toBe('seismonaut.com');
  });

  it('takes a blog platform\'s subdomain for a site of its own', () => {
    expect(registrableDomain('acme-notes.blogspot.com')).toBe('acme-notes.blogspot.com');
    expect(registrableDomain('www.acme.blogspot.co.uk')).toBe('acme.blogspot.co.uk');
    expect(registrableDomain('en.blog.wordpress.com')).toBe('blog.wordpress.com');
    expect(registrableDomain('someone.github.io')).toBe('someone.github.io');
    expect(registrableDomain('wordpress.com')).toBe('wordpress.com');
    // Another blog on the same platform is another site: its address is no canonical for this one.
    const m = extract(`<head><link rel="canonical" href="https://other.blogspot.com/2013/05/post.html"></head><body><h1>Post</h1>${prose(3)}</body>`, 'https://acme-notes.blogspot.com/2013/05/post.html');
    expect(m.url).toBe('https://acme-notes.blogspot.com/2013/05/post.html');
  });

  it('keeps ordinary parameters', () => {
    expect(stripTracking(new URL('https://a.example/p?page=2&utm_term=x')).href).toBe('https://a.example/p?page=2');
  });
});

describe('image', () => {
  it('resolves a relative og:image against <base href>', () => {
    const m = extract(page('<base href="https://cdn.seismonaut.com/static/"><meta property="og:image" content="img/hero.jpg">'), PAGE);
    expect(m.image).toBe('https://cdn.seismonaut.com/static/img/hero.jpg');
  });

  it('skips hostile image URLs and falls back to twitter:image', () => {
    const m = extract(page('<meta property="og:image" content="data:image/svg+xml,<svg/>"><meta name="twitter:image" content="https://cdn.example.com/t.jpg">'), PAGE);
    expect(m.image).toBe('https://cdn.example.com/t.jpg');
  });
});
