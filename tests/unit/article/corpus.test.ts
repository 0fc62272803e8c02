/**
 * Optional: real pages from ../shared/corpus (never copied into the project). Skipped when the
 * corpus is absent. Checks the promise that matters most for sharing: no home, index, listing,
 * contact or login page is ever taken for an article, and the Danish articles are found.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {JSDOM, VirtualConsole} from 'jsdom';
import {extractArticle} from '../../../src/article/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = process.env['CORPUS_DIR'] ?? path.join(root, '..', 'shared', 'corpus');
const present = existsSync(path.join(corpus, 'labels.json'));

interface Label {id: string; url: string | null; is_article: boolean; doubtful?: boolean; note?: string; lang: string}

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    const head = bytes.subarray(0, 4096).toString('latin1');
    const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? 'windows-1252';
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}

function run(label: Label) {
  const html = decode(readFileSync(path.join(corpus, 'pages', `${label.id}.html`)));
  const options = {virtualConsole: new VirtualConsole(), ...(label.url ? {url: label.url} : {})};
  let doc: Document;
  try {
    doc = new JSDOM(html, options).window.document;
  } catch {
    doc = new JSDOM(html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ''), options).window.document;
  }
  return extractArticle(doc, {url: label.url ?? doc.URL, companyDomains: ['seismonaut.com']});
}

describe.skipIf(!present)('real-page corpus', () => {
  const labels: Label[] = present ? JSON.parse(readFileSync(path.join(corpus, 'labels.json'), 'utf8')) : [];

  it('takes no home, index, listing, contact or login page for an article', {timeout: 180_000}, () => {
    const utility = labels.filter(l => !l.is_article && !l.doubtful && /home|index|listing|contact|login|registration|password|search/i.test(l.note ?? ''));
    expect(utility.length).toBeGreaterThan(10);
    const wrong = utility.filter(l => run(l).isArticle).map(l => l.id);
    expect(wrong).toEqual([]);
  });

  it('finds the Danish articles and reads their language', {timeout: 60_000}, () => {
    const danish = labels.filter(l => l.lang === 'da' && l.is_article && !l.doubtful);
    for (const l of danish) {
      const m = run(l);
      expect(m.isArticle, l.id).toBe(true);
      expect(m.lang, l.id).toBe('da');
    }
  });
});
