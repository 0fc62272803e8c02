import {describe, expect, it} from 'vitest';
import {stripSiteAffixes} from '../../../src/article/title';
import {extract, prose} from './helpers';

const page = (head: string, body = '') => `<html><head>${head}</head><body>${body}${prose(4)}</body></html>`;

describe('title', () => {
  it('strips a "| Site" suffix named by og:site_name', () => {
    expect(extract(page('<title>Ledelse i den digitale tidsalder | Seismonaut</title><meta property="og:site_name" content="Seismonaut">')).title)
      .toBe('Ledelse i den digitale tidsalder');
  });

  it('strips a "Site - " prefix recognised from the host name', () => {
    expect(extract(page('<title>Seismonaut - Ledelse i den digitale tidsalder</title>')).title).toBe('Ledelse i den digitale tidsalder');
  });

  it('never cuts a headline that merely contains a dash', () => {
    expect(extract(page('<title>Kontroltab – og hvorfor det er godt | Seismonaut</title>')).title).toBe('Kontroltab – og hvorfor det er godt');
    expect(extract(page('<title>Ledelse - et nyt syn</title>')).title).toBe('Ledelse - et nyt syn');
  });

  it('uses <h1> agreement to find the site part even when the site name is unknown', () => {
    const m = extract(page('<title>Why We Moved - Acme Weekly Musings</title>', '<h1>Why We Moved</h1>'), 'https://blog.example.org/2020/01/why-we-moved');
    expect(m.title).toBe('Why We Moved');
    expect(m.siteName).toBe('Acme Weekly Musings');
  });

  it('prefers the visible <h1> when it agrees with og:title', () => {
    const m = extract(page('<meta property="og:title" content="Digital leadership starts with trust - Seismonaut">', '<h1>Digital leadership starts with trust</h1>'));
    expect(m.title).toBe('Digital leadership starts with trust');
  });

  it('does not take a logo <h1> (the site name) as the title', () => {
    const m = extract(page('<title>A real post title | Seismonaut</title>', '<h1>Seismonaut</h1>'));
    expect(m.title).toBe('A real post title');
  });

  it('reports what it removed', () => {
    expect(stripSiteAffixes('Post – Section | Example News', ['Example News'], [], []).removed).toEqual(['Example News']);
  });

  it('caps and cleans titles', () => {
    const m = extract(page(`<title>\u202eevil\u202c ${'x'.repeat(500)}</title>`));
    expect(m.title.length).toBeLessThanOrEqual(300);
    expect(m.title).not.toMatch(/[\u202a-\u202e]/);
  });
});
