/**
 * Property: whatever the article (as the worker hands it out, i.e. sanitized) and whatever the
 * settings (as loaded, i.e. parsed), every share link is safe: http(s) links go to the known share
 * hosts with the article's http(s) address, and each mailto has exactly the intended recipient and
 * only `subject` and `body`. No builder throws (a lone surrogate once made encodeURIComponent throw).
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {ArticleMetadata} from '../../../src/article/types';
import {sanitizeArticle} from '../../../src/messages';
import {parseSettings} from '../../../src/settings';
import {ALL_CHANNELS, type Channel} from '../../../src/share/channels';
import {contactLink, mailtoLink, MAILTO_MAX, shareLinks} from '../../../src/share/links';
import {cleanText, safeEmail} from '../../../src/text';
import {anyText, check, hostileEmail, hostileText, hostileUrl} from './arbitraries';

const SHARE_HOSTS = new Set(['www.facebook.com', 'twitter.com', 'www.linkedin.com', 'bsky.app', 'wa.me']);
// A mailto header value after encodeURIComponent: only unreserved characters and %XX escapes.
const ENCODED = /^(?:[A-Za-z0-9\-_.!~*'()]|%[0-9A-F]{2})*$/;

const article: fc.Arbitrary<ArticleMetadata | null> = fc.record({
  isArticle: fc.boolean(), confidence: fc.double(), signals: fc.array(hostileText, {maxLength: 3}),
  title: anyText, description: fc.option(anyText), authors: fc.array(anyText, {maxLength: 4}),
  published: fc.option(hostileText), modified: fc.constant(null), url: hostileUrl, image: fc.option(hostileUrl),
  lang: fc.option(fc.constantFrom('da', 'en', 'sv', 'nb', 'de', 'da-DK', 'x')), siteName: fc.option(anyText),
  contactEmail: fc.option(hostileEmail),
}).map(raw => sanitizeArticle(raw));

const channels = fc.shuffledSubarray([...ALL_CHANNELS] as Channel[], {minLength: 1});

const settings = fc.record({
  companyDomains: fc.array(fc.constantFrom('seismonaut.com', 'evil.example', 'com', '', '.', 'xn--bcher-kva.example', '__proto__'), {maxLength: 3}),
  contactName: hostileText, contactEmail: hostileEmail, preferArticleContact: fc.boolean(),
  xHandle: fc.oneof(fc.constantFrom('seismonaut', 'a&via=evil', 'x'.repeat(16), ''), hostileText),
  channels,
  mastodonInstance: fc.oneof(fc.constantFrom('mastodon.social', 'https://evil.example/path?x', 'javascript:alert(1)', 'evil.example:8080', 'a@b.c', 'evil.example/share?text=x#'), hostileText),
  hashtags: hostileText,
  templates: fc.dictionary(fc.constantFrom('email.da', 'email.en', 'twitter.da', 'twitter.en', 'whatsapp.en', '__proto__', 'constructor'), hostileText.map(t => `{title} ${t} {url} {quote} {description}`)),
  utmEnabled: fc.boolean(), utmMedium: hostileText, utmCampaign: hostileText, utmContent: hostileText,
  utmSources: fc.dictionary(fc.constantFrom('email', 'facebook', 'copy', 'contact', '__proto__'), hostileText),
}).map(layer => parseSettings(layer));

/** Splits a mailto into recipient and ordered query keys/values, asserting its syntax on the way. */
function parseMailto(href: string): {to: string; keys: string[]; values: string[]} {
  expect(href.startsWith('mailto:')).toBe(true);
  expect(href).not.toMatch(/[\s#]/);
  const rest = href.slice('mailto:'.length);
  const q = rest.indexOf('?');
  expect(q).toBeGreaterThanOrEqual(0);
  const to = rest.slice(0, q);
  const pairs = rest.slice(q + 1).split('&').map(pair => pair.split('='));
  for (const pair of pairs) {
    expect(pair).toHaveLength(2);
    expect(pair[1]).toMatch(ENCODED);
    decodeURIComponent(pair[1]!); // well-formed UTF-8
  }
  return {to, keys: pairs.map(p => p[0]!), values: pairs.map(p => p[1]!)};
}

function assertHttpShare(href: string, pageUrl: string): void {
  const url = new URL(href);
  expect(url.protocol).toBe('https:');
  const target = url.searchParams.get('u') ?? url.searchParams.get('url');
  if (target !== null) expect(new URL(target).protocol).toMatch(/^https?:$/);
  if (SHARE_HOSTS.has(url.hostname)) return;
  // Mastodon: the user's instance, a bare host name (no credentials, port or path tricks).
  expect(url.pathname).toBe('/share');
  expect(url.username + url.password + url.port).toBe('');
  expect([...url.searchParams.keys()]).toEqual(['text']);
  expect(pageUrl).toMatch(/^https?:/);
}

describe('property: share links', () => {
  it('every link is http(s) to a known host or a mailto with exactly the intended recipient and only subject and body', {timeout: 60_000}, () => {
    check('shareLinks(sanitized article, parsed settings) is safe', [article, settings, fc.option(hostileText), fc.option(hostileText), fc.boolean()], (a, s, quote, text, nativeShare) => {
      if (!a) return;
      const links = shareLinks(a, s, {quote: cleanText(quote ?? '', 500), text, nativeShare});
      const pageUrl = a.url;
      for (const link of links) {
        expect(s.channels).toContain(link.channel);
        if (link.channel === 'email' || link.channel === 'contact') {
          const {to, keys} = parseMailto(link.href);
          expect(keys).toEqual(['subject', 'body']);
          expect(link.href.length).toBeLessThanOrEqual(MAILTO_MAX);
          if (link.channel === 'email') {
            expect(to).toBe('');
          } else {
            const intended = link.contact?.email;
            expect(intended).toBeDefined();
            expect(to).toBe(intended);
            expect(safeEmail(to)).toBe(to);
            // The article's own address only when allowed and on a company domain; else the configured one.
            const fromArticle = s.preferArticleContact && a.contactEmail === to && s.companyDomains.some(d => to.endsWith(`@${d}`) || to.endsWith(`.${d}`));
            expect(fromArticle || to === safeEmail(s.contactEmail)).toBe(true);
          }
        } else if (link.channel === 'copy' || link.channel === 'qr' || link.channel === 'native') {
          const url = new URL(link.href);
          expect(url.protocol).toMatch(/^https?:$/);
          expect(url.username + url.password).toBe('');
        } else {
          assertHttpShare(link.href, pageUrl);
        }
      }
    }, 500);
  });

  it('mailtoLink with any recipient-free subject and body keeps exactly two header fields and the size limit', () => {
    check('mailtoLink(any subject, any body)', [anyText.map(t => cleanText(t, 5000)), fc.string({unit: 'grapheme', maxLength: 3000})], (subject, body) => {
      const href = mailtoLink('', subject, body);
      expect(parseMailto(href).keys).toEqual(['subject', 'body']);
      expect(href.length).toBeLessThanOrEqual(MAILTO_MAX);
    }, 300);
  });

  it('contactLink never addresses anyone but one validated address, whatever the article and settings say', () => {
    check('contactLink recipient', [article, settings], (a, s) => {
      if (!a) return;
      const link = contactLink(a, s);
      if (!link) return;
      const {to, keys} = parseMailto(link.href);
      expect(keys).toEqual(['subject', 'body']);
      expect(to).toMatch(/^[a-z0-9._+-]+@[a-z0-9.-]+$/);
      expect(to.split('@')).toHaveLength(2);
    }, 300);
  });
});
