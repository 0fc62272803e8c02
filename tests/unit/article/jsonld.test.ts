import {describe, expect, it} from 'vitest';
import {collectJsonLd, personNames, typeList} from '../../../src/article/jsonld';
import {dom, extract, prose} from './helpers';

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const scripts = (html: string) => [...dom(html).querySelectorAll('script')];

describe('JSON-LD', () => {
  it('finds an article inside @graph, with @type as an array', () => {
    const m = extract(`<html><head>${ld('{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["NewsArticle","Thing"],"headline":"Graph headline","author":"Ann Author"}]}')}</head><body><h1>Graph headline</h1>${prose(2)}</body></html>`);
    expect(m.signals).toContain('jsonld:newsarticle');
    expect(m.authors).toEqual(['Ann Author']);
  });

  it('reads top-level arrays and several blocks, skipping invalid JSON', () => {
    const html = `${ld('{ broken')}${ld('[{"@type":"Organization","name":"Org"},{"@type":"BlogPosting","headline":"H","author":{"@type":"Person","name":"Bo Bye"},"datePublished":"2020-02-03"}]')}${ld('{"@type":"WebSite","name":"Site"}')}`;
    const nodes = collectJsonLd(scripts(html));
    expect(nodes.map(n => typeList(n)[0])).toEqual(['organization', 'blogposting', 'website']);
    const m = extract(`<head>${html}</head><body>${prose(3)}</body>`);
    expect(m.authors).toEqual(['Bo Bye']);
    expect(m.published).toBe('2020-02-03');
  });

  it('follows a nested mainEntity', () => {
    const m = extract(`<head>${ld('{"@type":"WebPage","mainEntity":{"@type":"Article","headline":"Nested","author":[{"name":"A One"},{"name":"B Two"}],"datePublished":"2019-07-13T08:00:00Z"}}')}</head><body>${prose(3)}</body>`);
    expect(m.authors).toEqual(['A One', 'B Two']);
    expect(m.published).toBe('2019-07-13T08:00:00Z');
  });

  it('accepts author as string, object, array, and givenName/familyName', () => {
    expect(personNames('Solo Writer')).toEqual(['Solo Writer']);
    expect(personNames({name: 'Obj Writer'})).toEqual(['Obj Writer']);
    expect(personNames([{name: 'X Y'}, 'Z W'])).toEqual(['X Y', 'Z W']);
    expect(personNames({givenName: 'Given', familyName: 'Family'})).toEqual(['Given Family']);
    expect(personNames(42)).toEqual([]);
  });

  it('does not let __proto__ keys pollute prototypes', () => {
    const nodes = collectJsonLd(scripts(ld('{"@type":"Article","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"headline":"P"}')));
    expect(nodes).toHaveLength(1);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(nodes[0], '__proto__')).toBe(false);
  });

  it('survives absurdly deep nesting', () => {
    const deep = `${'{"@type":"Article","mainEntity":'.repeat(3000)}{}${'}'.repeat(3000)}`;
    expect(() => collectJsonLd(scripts(ld(deep)))).not.toThrow();
    expect(collectJsonLd(scripts(ld(deep))).length).toBeLessThan(20);
  });

  it('reads JSON-LD image as string, object or array', () => {
    const page = (img: string) => `<head>${ld(`{"@type":"Article","headline":"I","image":${img}}`)}</head><body>${prose(2)}</body>`;
    expect(extract(page('"/a.jpg"')).image).toBe('https://www.seismonaut.com/a.jpg');
    expect(extract(page('{"@type":"ImageObject","url":"https://cdn.example.com/b.jpg"}')).image).toBe('https://cdn.example.com/b.jpg');
    expect(extract(page('[{"url":"javascript:alert(1)"},"https://cdn.example.com/c.jpg"]')).image).toBe('https://cdn.example.com/c.jpg');
  });

  it('follows @id references to the picture and the publisher in a @graph (Yoast, Rank Math), not to an author', () => {
    const graph = JSON.stringify({'@context': 'https://schema.org', '@graph': [
      {'@type': 'BlogPosting', '@id': 'https://www.seismonaut.com/blog/a/#article', headline: 'Ledelse', datePublished: '2013-05-14',
        author: {'@id': 'https://www.seismonaut.com/#/schema/person/abc'}, publisher: {'@id': 'https://www.seismonaut.com/#organization'},
        image: {'@id': 'https://www.seismonaut.com/blog/a/#primaryimage'}},
      {'@type': 'ImageObject', '@id': 'https://www.seismonaut.com/blog/a/#primaryimage', url: 'https://www.seismonaut.com/wp-content/uploads/ledelse.jpg'},
      {'@type': 'Organization', '@id': 'https://www.seismonaut.com/#organization', name: 'Seismonaut'},
      {'@type': 'Person', '@id': 'https://www.seismonaut.com/#/schema/person/abc', name: 'wp-admin-account'},
    ]});
    const m = extract(`<title>Ledelse</title>${ld(graph)}<article><h1>Ledelse</h1>${prose()}</article>`, 'https://www.seismonaut.com/blog/a/');
    expect(m.image).toBe('https://www.seismonaut.com/wp-content/uploads/ledelse.jpg');
    expect(m.siteName).toBe('Seismonaut');
    // The account that posted it, named only by reference, is no byline the page shows.
    expect(m.authors).toEqual([]);
    // An unresolved fragment identifier is no picture's address.
    const dangling = graph.replace('"url":"https://www.seismonaut.com/wp-content/uploads/ledelse.jpg"', '"caption":"x"');
    expect(extract(`<title>Ledelse</title>${ld(dangling)}<article><h1>Ledelse</h1>${prose()}</article>`, 'https://www.seismonaut.com/blog/a/').image).toBeNull();
  });

  it('treats many article nodes (a listing feed) as a listing, not an article', () => {
    const items = Array.from({length: 6}, (_, i) => `{"@type":"BlogPosting","headline":"Post ${i}","url":"/blog/post-${i}"}`).join(',');
    const m = extract(`<head>${ld(`[${items}]`)}</head><body><h1>Blog</h1></body>`, 'https://www.seismonaut.com/blog');
    expect(m.isArticle).toBe(false);
  });
});
