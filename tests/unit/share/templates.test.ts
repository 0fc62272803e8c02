import {describe, expect, it} from 'vitest';
import {defaults} from '../../../src/settings';
import {shareText, type ShareArticle} from '../../../src/share/links';
import {DEFAULT_TEMPLATES, fillTemplate, normalizeHashtags, templateFor, unknownPlaceholders} from '../../../src/share/templates';

const article: ShareArticle = {
  title: 'Ledelse i den digitale tidsalder',
  url: 'https://www.seismonaut.com/blog/ledelse/',
  description: 'Hvad stiller man op som leder?',
  lang: 'da',
  contactEmail: null,
  authors: ['Christian Mogensen', 'Mette Hansen'],
  siteName: 'Seismonaut',
};

describe('fillTemplate', () => {
  it('fills every placeholder', () => {
    const text = fillTemplate('{title} | {url} | {description} | {author} | {site} | {quote} | {hashtags}', {
      title: 'T', url: 'U', description: 'D', author: 'A', site: 'S', quote: 'Q', hashtags: '#h',
    });
    expect(text).toBe('T | U | D | A | S | Q | #h');
  });

  it('drops a line whose placeholders are all empty, keeps one with some text', () => {
    expect(fillTemplate('"{quote}"\n\n{title} {hashtags}\n\n{url}', {title: 'T', url: 'U'})).toBe('T\n\nU');
    expect(fillTemplate('"{quote}"\n\n{title}', {title: 'T', quote: 'Q'})).toBe('"Q"\n\nT');
    // A line without placeholders always stays.
    expect(fillTemplate('Hej!\n{quote}\n{title}', {title: 'T'})).toBe('Hej!\nT');
  });

  it('leaves unknown placeholders as written and names them', () => {
    expect(fillTemplate('{titel} {title}', {title: 'T'})).toBe('{titel} T');
    expect(unknownPlaceholders('{titel} {title} {Url} {x}')).toEqual(['titel', 'x']);
  });

  it('does not re-expand placeholders that come from the page', () => {
    expect(fillTemplate('{title} {quote}', {title: '{quote}', quote: 'real'})).toBe('{quote} real');
  });
});

describe('templates', () => {
  it('uses the article language: Danish for da/nb/sv, English otherwise', () => {
    expect(templateFor('email', 'da', {})).toBe(DEFAULT_TEMPLATES.da.email);
    expect(templateFor('email', 'sv-SE', {})).toBe(DEFAULT_TEMPLATES.da.email);
    expect(templateFor('email', 'de', {})).toBe(DEFAULT_TEMPLATES.en.email);
    expect(templateFor('email', null, {})).toBe(DEFAULT_TEMPLATES.en.email);
  });

  it('takes a custom template per channel and language, an empty one means the default', () => {
    expect(templateFor('twitter', 'da', {'twitter.da': 'Læs: {title}'})).toBe('Læs: {title}');
    expect(templateFor('twitter', 'en', {'twitter.da': 'Læs: {title}'})).toBe(DEFAULT_TEMPLATES.en.twitter);
    expect(templateFor('twitter', 'da', {'twitter.da': '  '})).toBe(DEFAULT_TEMPLATES.da.twitter);
  });

  it('the default X text is the title alone, and carries a selected quote', () => {
    expect(shareText('twitter', article, defaults)).toBe(article.title);
    expect(shareText('twitter', article, defaults, {quote: 'Tillid er et værktøj'})).toBe(`"Tillid er et værktøj"\n\n${article.title}`);
  });

  it('takes the link out wherever the template put it (each channel adds it its own way)', () => {
    const text = shareText('bluesky', article, {...defaults, hashtags: 'ledelse digital'});
    expect(text).toBe(`${article.title} #ledelse #digital`);
    const custom = shareText('whatsapp', article, {...defaults, templates: {'whatsapp.da': 'Se {url} – {author} på {site}'}});
    expect(custom).toBe('Se – Christian Mogensen, Mette Hansen på Seismonaut');
  });

  it('the user\'s edited text replaces the template', () => {
    expect(shareText('twitter', article, defaults, {text: 'Mine egne ord', quote: 'ignored'})).toBe('Mine egne ord');
  });

  it('normalises hashtags and drops what is not one', () => {
    expect(normalizeHashtags('ledelse, #digital  ##x <script> æøå_1')).toBe('#ledelse #digital #x #æøå_1');
    expect(normalizeHashtags('')).toBe('');
  });
});
