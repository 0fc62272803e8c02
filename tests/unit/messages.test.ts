import {describe, expect, it} from 'vitest';
import {LIMITS, parseMessage, sanitizeArticle} from '../../src/messages';

const article = {
  isArticle: true, confidence: 0.9, signals: ['jsonld:BlogPosting'], title: 'Titel', description: 'Beskrivelse',
  authors: ['Christian'], published: '2013-05-14', modified: null, url: 'https://www.seismonaut.com/blog/x/',
  image: 'https://www.seismonaut.com/x.jpg', lang: 'da', siteName: 'Seismonaut', contactEmail: 'christian@seismonaut.com',
};

describe('parseMessage', () => {
  it('accepts the known messages', () => {
    const pageUrl = 'https://www.seismonaut.com/blog/x/?utm_source=y';
    expect(parseMessage({type: 'report', pageUrl, article})).toEqual({type: 'report', pageUrl, article});
    expect(parseMessage({type: 'get-tab', tabId: 7})).toEqual({type: 'get-tab', tabId: 7});
    expect(parseMessage({type: 'rescan'})).toEqual({type: 'rescan'});
  });

  it('rejects unknown, malformed and oversized messages', () => {
    for (const message of [null, 'report', 42, [], {}, {type: 'nope'}, {type: 'get-tab'}, {type: 'get-tab', tabId: -1},
      {type: 'get-tab', tabId: 1.5}, {type: 'get-tab', tabId: '7'}, {type: 'report'}, {type: 'report', article: {...article, url: 'javascript:alert(1)'}},
      {type: 'report', article: {...article, isArticle: 'yes'}}, {type: 'report', article, padding: 'x'.repeat(LIMITS.message)},
      {type: 'report', article}, {type: 'report', article, pageUrl: 'javascript:alert(1)'}]) {
      expect(parseMessage(message)).toBeNull();
    }
  });

  it('survives cycles and prototype tricks', () => {
    const cyclic: Record<string, unknown> = {type: 'report'};
    cyclic.article = cyclic;
    expect(parseMessage(cyclic)).toBeNull();
    const polluted = JSON.parse('{"type":"report","article":{"__proto__":{"isArticle":true},"url":"https://a.seismonaut.com/"}}');
    expect(parseMessage(polluted)).toBeNull();
    expect(({} as Record<string, unknown>).isArticle).toBeUndefined();
  });
});

describe('sanitizeArticle', () => {
  it('drops unsafe URLs, invalid e-mails and dates, and caps text', () => {
    const clean = sanitizeArticle({
      ...article, title: `\u202Eevil\u0000 ${'x'.repeat(1000)}`, image: 'data:image/png;base64,xx', contactEmail: 'a@b.c?cc=d@e.f',
      published: 'yesterday', lang: 'da"><script>', authors: Array(100).fill('A'), signals: 'nope',
    })!;
    expect(clean.title.startsWith('evil x')).toBe(true);
    expect(clean.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(clean.image).toBeNull();
    expect(clean.contactEmail).toBeNull();
    expect(clean.published).toBeNull();
    expect(clean.lang).toBeNull();
    expect(clean.authors).toHaveLength(LIMITS.authors);
    expect(clean.signals).toEqual([]);
  });

  it('falls back to the URL for an empty title', () => {
    expect(sanitizeArticle({...article, title: '  '})!.title).toBe(article.url);
  });
});
