/**
 * Hand-written hostile pages, through the whole pipeline the extension runs: extractArticle (content
 * script) -> parseMessage (worker) -> share links (popup). Each case is an attack or a breakage seen in
 * the wild; the property tests in ./property explore around them.
 */
import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../src/article/index';
import type {ArticleMetadata} from '../../src/article/types';
import {parseMessage, sanitizeArticle} from '../../src/messages';
import {defaults} from '../../src/settings';
import {ALL_CHANNELS} from '../../src/share/channels';
import {encodeMailtoValue, encodeValue} from '../../src/share/encode';
import {contactLink, shareLinks} from '../../src/share/links';
import {cleanLine, safeHttpUrl} from '../../src/text';

const PAGE = 'https://www.seismonaut.com/blog/ledelse-i-den-digitale-tidsalder/';
const BODY = `<article><h1>Ledelse i den digitale tidsalder</h1>${'<p>Ledelse i den digitale tidsalder handler om at slippe kontrollen og give medarbejderne plads til at tage ansvar for deres eget arbejde.</p>'.repeat(5)}</article>`;

/** The content script's reading, as the worker accepts it (or null when refused). */
function pipeline(head: string, body = BODY, url = PAGE): {m: ArticleMetadata; stored: ArticleMetadata | null} {
  const doc = new JSDOM(`<!doctype html><html lang="da"><head>${head}</head><body>${body}</body></html>`, {url}).window.document;
  const m = extractArticle(doc, {url, companyDomains: ['seismonaut.com']});
  const message = parseMessage({type: 'report', pageUrl: url, article: m});
  return {m, stored: message?.type === 'report' ? message.article : null};
}

const links = (a: ArticleMetadata) => shareLinks(a, {...defaults, channels: [...ALL_CHANNELS], mastodonInstance: 'mastodon.social'}, {nativeShare: true});
const HTTP = /^https?:\/\//;

describe('hostile pages through the whole pipeline', () => {
  for (const scheme of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' \tjava\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)', 'blob:https://www.seismonaut.com/0b1c', 'file:///etc/passwd', 'chrome://settings', 'about:blank']) {
    it(`never lets "${scheme.trim().slice(0, 20)}" out of any URL field`, () => {
      const {m, stored} = pipeline(`<base href="${scheme}"><link rel="canonical" href="${scheme}"><meta property="og:url" content="${scheme}">
        <meta property="og:image" content="${scheme}"><meta name="twitter:image" content="${scheme}"><link rel="image_src" href="${scheme}">
        <script type="application/ld+json">{"@type":"BlogPosting","headline":"H","url":"${scheme}","mainEntityOfPage":"${scheme}","image":{"url":"${scheme}"},"thumbnailUrl":"${scheme}"}</script>`,
      `${BODY}<img src="${scheme}" width="800" height="600">`);
      expect(m.url).toBe(PAGE);
      expect(m.image === null || HTTP.test(m.image)).toBe(true);
      expect(stored).toEqual(m);
      for (const link of links(m)) expect(link.href).toMatch(/^(?:https?:\/\/|mailto:)/);
    });
  }

  it('ignores a canonical on another site, protocol-relative or look-alike (IDN/punycode) host', () => {
    for (const href of ['//evil.example/blog/x', 'https://www.seismonaut.com.evil.example/x', 'https://xn--seismonut-q2a.com/blog/x', 'https://seismönaut.com/x', 'https://evilseismonaut.com/x']) {
      const {m} = pipeline(`<link rel="canonical" href="${href}"><meta property="og:url" content="${href}">`);
      expect(m.url, href).toBe(PAGE);
    }
    // The company's own canonical, relative or absolute, is taken.
    expect(pipeline('<link rel="canonical" href="/blog/ledelse/">').m.url).toBe('https://www.seismonaut.com/blog/ledelse/');
  });

  it('keeps text clean: bidi overrides, control characters, markup in meta tags and HTML entities', () => {
    const evil = '\u202eexe.txt\u202c \u0000\u0007\u001b[31m <script>alert(1)</script> &amp;lt;b&amp;gt; \u061c\u2066x\u2069';
    const {m, stored} = pipeline(`<title>${evil}</title><meta property="og:title" content="${evil.replace(/"/g, '&quot;').replace(/</g, '&lt;')}">
      <meta name="description" content="${evil.replace(/</g, '&lt;')}"><meta property="og:site_name" content="${evil.replace(/</g, '&lt;')}"><meta name="author" content="${evil.replace(/</g, '&lt;')}">`);
    for (const text of [m.title, m.description ?? '', m.siteName ?? '', ...m.authors]) {
      // eslint-disable-next-line no-control-regex -- asserting their absence
      expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
      expect(text).not.toMatch(/<script/i);
    }
    expect(stored).toEqual(m);
  });

  it('caps a 1 MB title, description and site name', () => {
    const huge = 'Ledelse '.repeat(130_000);
    const {m, stored} = pipeline(`<title>${huge}</title><meta property="og:title" content="${huge}"><meta name="description" content="${huge}"><meta property="og:site_name" content="${huge}">`, `<article><h1>${huge}</h1><p>${huge}</p></article>`);
    expect(m.title.length).toBeLessThanOrEqual(300);
    expect((m.description ?? '').length).toBeLessThanOrEqual(1000);
    expect((m.siteName ?? '').length).toBeLessThanOrEqual(120);
    expect(stored).toEqual(m);
  });

  it('survives JSON-LD that tries to pollute prototypes, is invalid or nested 10,000 deep', () => {
    const {m} = pipeline(`
      <script type="application/ld+json">{"__proto__":{"polluted":"yes"},"@type":"BlogPosting","headline":"P"}</script>
      <script type="application/ld+json">{"constructor":{"prototype":{"polluted":"yes"}},"@type":"BlogPosting"}</script>
      <script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"__proto__":{"name":"Evil"}}}]}</script>
      <script type="application/ld+json">{"@type":"BlogPosting",</script>
      <script type="application/ld+json">${'['.repeat(10_000)}${']'.repeat(10_000)}</script>
      <script type="application/ld+json">${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}</script>`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(m.authors).not.toContain('Evil');
    expect(m.url).toBe(PAGE);
  });

  it('takes no contact address with smuggled headers or extra recipients', () => {
    for (const href of ['mailto:christian@seismonaut.com?bcc=evil@evil.example', 'mailto:christian@seismonaut.com%0D%0ABcc:evil@evil.example',
      'mailto:evil@evil.example,christian@seismonaut.com', 'mailto:christian@seismonaut.com,evil@evil.example', 'mailto:"evil@evil.example"@seismonaut.com',
      'mailto://christian@seismonaut.com', 'mailto:christian@seismonaut.com.evil.example', 'mailto:christian@seismonaut.com&to=evil@evil.example']) {
      const {m, stored} = pipeline('', `${BODY.replace('</article>', `<p>Skriv til mig: <a href="${href}">Christian</a></p></article>`)}`);
      expect([null, 'christian@seismonaut.com']).toContain(m.contactEmail);
      expect(stored?.contactEmail).toBe(m.contactEmail);
      const contact = contactLink(m, {...defaults, contactEmail: 'kontakt@seismonaut.com'});
      const to = contact!.href.slice('mailto:'.length).split('?')[0];
      expect(['christian@seismonaut.com', 'kontakt@seismonaut.com']).toContain(to);
      expect(contact!.href.split('?')[1]!.split('&').map(pair => pair.split('=')[0])).toEqual(['subject', 'body']);
    }
  });

  it('a lone surrogate in page text never crashes the share links (encodeURIComponent throws on it)', () => {
    const {m, stored} = pipeline(`<title>Emoji \ud83d cut</title><meta property="og:title" content="A \ude00 B"><meta name="description" content="${'😀'.repeat(999)}">`);
    expect(stored).toEqual(m);
    expect(() => links(m)).not.toThrow();
    expect(m.title).not.toMatch(/[\ud800-\udfff]/u);
    // Defence in depth: the encoders and the worker's sanitizer take them out too.
    expect(() => encodeValue('a\ud800b')).not.toThrow();
    expect(() => encodeMailtoValue('a\udc00b')).not.toThrow();
    expect(cleanLine('a\ud800b\udc00c', 100)).toBe('abc');
    expect(() => links({...sanitizeArticle({isArticle: true, url: PAGE, title: 'x'})!, title: 'lone \ud800'})).not.toThrow();
  });

  it('rejects URLs that percent-encoding would blow up past the limit', () => {
    expect(safeHttpUrl(`${PAGE}${'😀'.repeat(1000)}`)).toBeNull();
    expect(safeHttpUrl(`${PAGE}${'a'.repeat(1000)}`)).toBe(`${PAGE}${'a'.repeat(1000)}`);
  });

  it('a page whose address is not http(s) yields no article and no share links', () => {
    for (const url of ['file:///home/user/page.html', 'data:text/html,x', 'about:blank']) {
      const doc = new JSDOM(`<title>T</title>${BODY}`, {url: url.startsWith('data') ? 'about:blank' : url}).window.document;
      const m = extractArticle(doc, {url, companyDomains: ['seismonaut.com']});
      expect(m.isArticle).toBe(false);
      expect(parseMessage({type: 'report', pageUrl: url, article: m})).toBeNull();
      expect(links(m)).toEqual([]);
    }
  });
});
