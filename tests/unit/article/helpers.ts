import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {JSDOM} from 'jsdom';
import {extractArticle} from '../../../src/article/index';
import type {ArticleMetadata} from '../../../src/article/types';

export const COMPANY = ['seismonaut.com'] as const;

export function dom(html: string, url = 'https://www.seismonaut.com/blog/some-post-title-here'): Document {
  return new JSDOM(html, {url}).window.document;
}

/** Extract from inline HTML; `url` doubles as the document URL. */
export function extract(html: string, url = 'https://www.seismonaut.com/blog/some-post-title-here', companyDomains: readonly string[] = COMPANY): ArticleMetadata {
  return extractArticle(dom(html, url), {url, companyDomains});
}

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');
}

/** A page of `n` paragraphs of ordinary English prose inside <article>. */
export function prose(n = 6): string {
  const p = 'This paragraph is part of the body of a long article, and it talks about the way teams work together when the tools change every month and the customers expect answers at once.';
  return Array.from({length: n}, () => `<p>${p}</p>`).join('\n');
}
