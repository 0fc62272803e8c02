import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../../src/article/index';
import {COMPANY, dom, fixture} from './helpers';

function run(name: string, url: string) {
  return extractArticle(dom(fixture(name), url), {url, companyDomains: COMPANY});
}

describe('fixture pages', () => {
  it('detects the bare Danish company post (no meta tags at all) as an article', () => {
    const m = run('da-article-bare.html', 'http://www.seismonaut.com/blog/ledelse-i-den-digitale-tidsalder');
    expect(m.isArticle).toBe(true);
    expect(m.confidence).toBeGreaterThan(0.5);
    expect(m.signals.some(s => s.startsWith('text:'))).toBe(true);
    expect(m.title).toBe('Digital ledelse begynder med tillid');
    expect(m.lang).toBe('da');
    expect(m.contactEmail).toBe('christian@seismonaut.com');
    expect(m.url).toBe('http://www.seismonaut.com/blog/ledelse-i-den-digitale-tidsalder');
    expect(m.description).toMatch(/^Hvordan leder man en organisation/);
    expect(m.image).toBe('http://www.seismonaut.com/images/kontor-billede.jpg');
    expect(m.siteName).toBe('Seismonaut');
    // The page shows no date and no byline: none may be invented.
    expect(m.published).toBeNull();
    expect(m.modified).toBeNull();
    expect(m.authors).toEqual([]);
  });

  it('reads JSON-LD, Open Graph and strips the "| Seismonaut" suffix on the rich version', () => {
    const m = run('da-article-rich.html', 'https://www.seismonaut.com/blog/digital-ledelse-begynder-med-tillid?utm_source=x&fbclid=abc#top');
    expect(m.isArticle).toBe(true);
    expect(m.signals).toContain('jsonld:blogposting');
    expect(m.title).toBe('Digital ledelse begynder med tillid');
    expect(m.authors).toEqual(['Christian Holm']);
    expect(m.published).toBe('2013-05-14T09:30:00+02:00');
    expect(m.modified).toBe('2013-06-01');
    expect(m.url).toBe('https://www.seismonaut.com/blog/digital-ledelse-begynder-med-tillid');
    expect(m.image).toBe('https://www.seismonaut.com/images/tillid.jpg');
    expect(m.description).toBe('Digital ledelse handler om at give slip på kontrollen og stole på medarbejderne.');
    expect(m.siteName).toBe('Seismonaut');
    expect(m.lang).toBe('da');
    // The article's address, not the footer's foreign one.
    expect(m.contactEmail).toBe('christian@seismonaut.com');
  });

  it('does not take a blog index with five teasers for an article', () => {
    const m = run('blog-index.html', 'https://www.seismonaut.com/blog');
    expect(m.isArticle).toBe(false);
    expect(m.signals.some(s => s.startsWith('listing:'))).toBe(true);
    expect(m.published).toBeNull();
  });

  it('does not take the same teasers at a post-like URL for an article', () => {
    const m = run('blog-index.html', 'https://www.seismonaut.com/blog/kategori-ledelse-og-digitale-medier');
    expect(m.isArticle).toBe(false);
  });

  it('does not take the home page for an article, and ignores the footer address', () => {
    const m = run('home.html', 'https://www.seismonaut.com/');
    expect(m.isArticle).toBe(false);
    expect(m.signals).toContain('url:home');
    expect(m.contactEmail).toBeNull();
    // A front page is titled by its <title>; "Site – tagline" gives the site's name.
    expect(m.title).toBe('Seismonaut');
  });

  it('does not take the contact page for an article', () => {
    const m = run('contact.html', 'https://www.seismonaut.com/kontakt');
    expect(m.isArticle).toBe(false);
    expect(m.signals).toContain('form:contact');
    expect(m.title).toBe('Kontakt os');
  });

  it('extracts an English article: byline with two names, <time>, base href image, rejected home canonical', () => {
    const url = 'https://www.seismonaut.com/insights/why-leaders-should-let-go-of-control';
    const m = run('en-article.html', url);
    expect(m.isArticle).toBe(true);
    expect(m.title).toBe('Why Leaders Should Let Go of Control');
    expect(m.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(m.published).toBe('2021-03-02');
    expect(m.lang).toBe('en');
    // og:url points at the home page: not trusted for a deep page.
    expect(m.url).toBe(url);
    // twitter:image is javascript: -> skipped; the article image resolves against <base href>.
    expect(m.image).toBe('https://cdn.seismonaut.com/assets/images/team-meeting.jpg');
    expect(m.description).toBe('Digital leadership starts with trust.');
    // Plain address in the text; the footer's foreign-domain mailto is ignored.
    expect(m.contactEmail).toBe('hello@seismonaut.com');
  });
});
