/**
 * The page index has two ways to find its elements (src/article/content.ts): native selectors in
 * browsers, and a walk with the same tests in script where the DOM itself is script (jsdom, which
 * `npm run inspect` and the bench use). Both must reach the same conclusions, or `inspect` would not
 * say what the extension says. jsdom can run the selectors too: when its document's querySelectorAll
 * looks native (a bound function prints as native code), it takes the browser's path.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {JSDOM, VirtualConsole} from 'jsdom';
import {scanContent} from '../../../src/article/content';
import {scriptedDom} from '../../../src/article/queries';
import {extractArticle} from '../../../src/article/index';
import {fixture, prose} from './helpers';

const URL_ = 'https://www.seismonaut.com/blog/some-post-title-here';


/** The scan with each element written as its position in document order, so two parses compare. */
function scanOf(doc: Document): unknown {
  const position = new Map([...doc.getElementsByTagName('*')].map((el, i) => [el, i]));
  const index = (value: unknown): unknown => (value instanceof doc.defaultView!.Element ? position.get(value) : value);
  // A lookup is compared by what it finds: pictures in the body, bylines and dates in microdata.
  const lookups: Record<string, (f: never) => unknown> = {
    imagesIn: (f: (root: Element) => unknown) => f(doc.body),
    itemprop: (f: (tokens: string[]) => unknown) => f(['author', 'creator', 'name', 'datepublished', 'datemodified']),
  };
  return Object.fromEntries(Object.entries(scanContent(doc)).map(([key, raw]) => {
    const value = typeof raw === 'function' ? lookups[key]?.(raw as never) : raw;
    return [key, Array.isArray(value) ? value.map(index) : index(value)];
  }));
}

/** [script path, browser path]: the extraction and the scan it was made from. */
function both(html: string, url = URL_): [unknown, unknown] {
  const run = (native: boolean) => {
    const doc = new JSDOM(html, {url, virtualConsole: new VirtualConsole()}).window.document;
    if (native) doc.querySelectorAll = doc.querySelectorAll.bind(doc);
    return {article: extractArticle(doc, {url, companyDomains: ['seismonaut.com']}), scan: scanOf(doc)};
  };
  return [run(false), run(true)];
}

describe('the browser path (native selectors) and the script path agree', () => {
  it('tells a DOM written in script from a native one', () => {
    const doc = new JSDOM('<p>x</p>', {virtualConsole: new VirtualConsole()}).window.document;
    expect(scriptedDom(doc)).toBe(true);
    doc.querySelectorAll = doc.querySelectorAll.bind(doc);
    expect(scriptedDom(doc)).toBe(false);
  });

  it.each(['da-article-rich.html', 'da-article-bare.html', 'en-article.html', 'blog-index.html', 'contact.html', 'home.html'])('%s', name => {
    const [script, native] = both(fixture(name));
    expect(native).toEqual(script);
  });

  it('on bylines and dates spelt in every case, furniture and near misses of the class words', () => {
    const html = `<html lang="en"><head><title>Teams and tools | Example</title></head><body>
      <nav><ul><li><a href="/">Home</a></li><li class="author">Nav author</li></ul></nav>
      <main><article>
        <h1 itemprop="headline">Teams and tools</h1><meta itemprop="dateModified" content="2021-03-05">
        <div class="postAuthor">By <span itemprop="author"><span itemprop="name">Jane Roe</span></span></div><span class="PostDate">March 3, 2021</span>
        <span class="hosted-by">Hosted by Some Host</span><span class="template-date">x</span>
        <div id="articleWriter">Written by John Doe</div><p class="meta-Stamp">Posted 4 March 2021</p>
        ${prose(6)}
        <div>Line one of a text written with breaks<br>line two of the same text goes on for a while longer<br>and a third line</div>
        <footer class="footer"><p class="byline">By Jane Roe, staff writer</p></footer>
      </article>
      <aside><p class="contributor">Aside contributor</p></aside></main>
      <footer><p>Footer text &copy; Example</p><a href="mailto:info@seismonaut.com">Mail</a></footer></body></html>`;
    const [script, native] = both(html);
    expect((script as {article: {authors: string[]}}).article.authors.length).toBeGreaterThan(0);
    expect(native).toEqual(script);
  });

  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const corpus = process.env['CORPUS_DIR'] ?? path.join(root, '..', 'shared', 'corpus');
  const present = existsSync(path.join(corpus, 'pages'));
  it.skipIf(!present)('on the real pages of ../shared/corpus (when present)', () => {
    const differ: string[] = [];
    // Every fourth page (all 118, parsed twice each, take ~50 s in jsdom); all of them agreed when written.
    const pages = readdirSync(path.join(corpus, 'pages')).filter(n => n.endsWith('.html')).sort().filter((_, i) => i % 4 === 0);
    for (const name of pages) {
      const html = readFileSync(path.join(corpus, 'pages', name), 'utf8');
      let pair: [unknown, unknown];
      try {
        pair = both(html, `https://example.org/${name}`);
      } catch {
        continue; // a page jsdom cannot parse is the batch's business (an error line), not this test's
      }
      if (JSON.stringify(pair[0]) !== JSON.stringify(pair[1])) differ.push(name);
    }
    expect(differ).toEqual([]);
  }, 300_000);
});
