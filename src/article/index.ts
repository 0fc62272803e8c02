/**
 * Article detection and metadata extraction: pure functions of a Document, no extension APIs.
 * The content script calls `extractArticle(document, {url: location.href, companyDomains})`;
 * the inspect/bench scripts run the very same bundle on saved pages.
 */
import {buildContext, textContentOf} from './context';
import {extractAuthors, extractDates} from './byline';
import {detectArticle} from './detect';
import {
  declaredSiteNames, extractContactEmail, extractDescription, extractImage, extractLang,
  extractSiteName, extractTitle, extractUrl,
} from './extract';
import {cleanText, leadingText, LIMITS, textOutsideScripts} from './text';
import {stripTracking, toHttpUrl} from './urls';
import type {ArticleMetadata, ExtractOptions} from './types';

export type {ArticleMetadata, ExtractOptions} from './types';

/** Metadata for a page we could not read: valid, and never claims to be an article. */
function fallback(doc: Document | null | undefined, options: ExtractOptions, signal: string): ArticleMetadata {
  const page = toHttpUrl(options?.url);
  const url = page ? stripTracking(page).href : '';
  let title = '';
  try {
    title = cleanText(doc?.title ?? '', LIMITS.title);
  } catch {
    // A hostile document may throw from getters; the URL will do.
  }
  return {
    isArticle: false, confidence: 0, signals: [signal], title: title || url || 'Untitled',
    description: null, authors: [], published: null, modified: null, url, image: null, lang: null,
    siteName: page ? page.hostname.replace(/^www\d*\./, '') : null, contactEmail: null,
  };
}

export function extractArticle(doc: Document, options: ExtractOptions): ArticleMetadata {
  try {
    const ctx = buildContext(doc, options.url);
    const siteNames = declaredSiteNames(ctx);
    const {title, siteFromTitle} = extractTitle(ctx, siteNames);
    const sampleParts = [title ?? ''];
    let sampleLength = 0;
    for (const p of ctx.scan.paragraphs) {
      const t = textContentOf(ctx, p);
      sampleParts.push(t.slice(0, 2000));
      sampleLength += t.length;
      if (sampleLength > 4000) break;
    }
    // A page without paragraphs: the text of its other blocks (list items, cells, headings), else its text
    // from the top (natively in one piece, unless the page is huge).
    if (sampleLength < 300) {
      const blocks = cleanText(ctx.scan.blockText, 4000);
      sampleParts.push(blocks.length >= 300 ? blocks : cleanText(ctx.scan.truncated ? leadingText(ctx.doc.body, 4000) : textOutsideScripts(ctx.doc.body, 4000), 4000));
    }
    const lang = extractLang(ctx, sampleParts.join('\n'));
    const authors = extractAuthors(ctx, siteNames);
    const dates = extractDates(ctx, lang === 'en');
    const detection = detectArticle(ctx, {hasAuthor: authors.length > 0, hasDate: dates.published !== null && dates.source !== 'url', title});
    const url = extractUrl(ctx, options.companyDomains);
    return {
      isArticle: detection.isArticle,
      confidence: detection.confidence,
      signals: ctx.scan.truncated ? [...detection.signals, 'scan:truncated'] : detection.signals,
      title: title || cleanText(ctx.docTitle, LIMITS.title) || url || 'Untitled',
      description: extractDescription(ctx),
      authors,
      // A page that is not an article has no first-publication date to share: a date on it belongs to a
      // teaser, a listed item or review, or to the CMS (a home page's article:published_time, a
      // product page's "date" meta), so a share card would show a date the reader never sees.
      published: detection.isArticle ? dates.published : null,
      modified: dates.modified,
      url,
      image: extractImage(ctx),
      lang,
      siteName: extractSiteName(ctx, siteNames, siteFromTitle),
      contactEmail: extractContactEmail(ctx, options.companyDomains ?? []),
    };
  } catch {
    return fallback(doc, options, 'error');
  }
}
