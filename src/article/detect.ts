/**
 * Is this page a single article? Every cheap signal casts a weighted vote; the sum decides.
 * Weights favour structured declarations (JSON-LD, Open Graph, microdata), but the company's
 * own pages may declare nothing at all, so prose measured by the content scan can carry a bare
 * page on its own, and listing/utility shapes (teasers, "read more", forms, /contact) count against.
 */
import type {PageContext} from './context';
import {headingLink, metaValue} from './context';
import {NON_ARTICLE_TYPES, typeList} from './jsonld';
import {isHomePath, sameSite} from './urls';
import {ARTICLE_ITEMTYPE} from './queries';

export interface Detection {
  isArticle: boolean;
  confidence: number;
  signals: string[];
  score: number;
}

export interface DetectionHints {
  hasAuthor: boolean;
  hasDate: boolean;
  /** The page's title as extracted: a permalink that spells it names this one item. */
  title?: string | null;
}

/**
 * An archive view showing one post in full (a category or date page): the post's own heading links to
 * its page elsewhere on the site. On the post's page the heading is plain or links to itself; a link
 * to another site is a link-blog's subject, not an archive.
 */
function headingLinksElsewhere(ctx: PageContext): boolean {
  const article = ctx.scan.articles.length === 1 ? ctx.scan.articles[0] : undefined;
  const page = ctx.page;
  if (!article || !page) return false;
  // The post's title: its <h1>, or its first <h2> where the page's <h1> names the archive instead.
  const heading = article.querySelector('h1') ?? article.querySelector('h2');
  // The link carries the title, not a word of it (the writer's name above the text is no title).
  const {link, target} = (heading ? headingLink(heading, ctx.base) : null) ?? {};
  if (!link || !target || /\bauthor\b/i.test(link.getAttribute('rel') ?? '') || !sameSite(target, page)) return false;
  const path = (url: URL): string => url.pathname.replace(/\/+$/, '');
  return path(target) !== path(page) && !isHomePath(target);
}

/** Lowercase ASCII words, as CMSs write slugs ("Für Club-Kultur" -> fur, club, kultur). */
function slugWords(text: string): string[] {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(w => w.length > 0);
}

/** Does the address's last segment spell the title (at least 3 words, 80 % of them in the title)? */
function slugSpellsTitle(path: string, title: string | null | undefined): boolean {
  const slug = slugWords(path.split('/').filter(Boolean).pop()?.replace(/\.\w{2,5}$/, '') ?? '');
  if (slug.length < 3 || !title) return false;
  const words = new Set(slugWords(title));
  return slug.filter(w => words.has(w)).length >= slug.length * 0.8;
}

const THRESHOLD = 2.5;
const LISTING_PATH = /\/(?:category|categories|kategori|kategorie|categoria|tag|tags|emne|topics?|author|authors|forfatter|archive|archives|arkiv|page|side|seite|search|soeg|sog|suche|buscar|recherche)(?:\/|$)|\/page\/\d+|[?&](?:s|q|query|search|page|p)=/i;
const SECTION_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:blog|blogs|news|nyheder|nyhed|artikler|articles|posts|stories|insights|indsigt|aktuelles|aktuelt|presse|press|magazine|noticias|actualites)\/?$/i;
const UTILITY_PATH = /\/(?:contact|contact-us|kontakt|kontakt-os|contatti|contacto|contato|login|log-ind|logind|signin|sign-in|sign_in|register|registrer|opret|signup|sign-up|account|konto|cart|kurv|basket|checkout|password|forgot|glemt|privacy|cookies?|terms|vilkaar|handelsbetingelser|impressum|imprint|om-os|about|about-us|jobs|careers|karriere|faq|help|hjaelp|support)(?:[/.?#]|$)/i;
/** Shops' product pages: /products/…, /produkt/…, Amazon's /dp/…, "produkt_produktdetails". */
const PRODUCT_PATH = /\/(?:products?|produkte?|produkter|produits?|productos?|prodotti|dp|gp\/product|varer?|artikel-detail)\/|[/_-]produ[ck]t_?details?\b|\/produ[ck]t_/i;
const POST_PATH = /\/(?:blog|blogs|news|nyheder|nyhed|artikel|artikler|article|articles|post|posts|story|stories|insights|indsigt|aktuelles|aktuelt|presse|pressemeddelelse|opinion|debat|kronik|column|noticias|noticia|actualites|nachrichten)\/[^/]+/i;
// /2012/05/31/the-title/ (WordPress, Blogger), /2018/the-title/ (WordPress's "/%year%/%postname%/"),
// /blog/2020-10-18-the-title/ (Jekyll's and ikiwiki's file names).
const DATED_PATH = /\/(?:19|20)\d{2}\/\d{1,2}\/(?:\d{1,2}\/)?[^/]+|\/(?:19|20)\d{2}\/[^/]*[a-z][^/]*-[^/]*[a-z][^/]*\/?$|\/(?:19|20)\d{2}-\d{2}-\d{2}-[^/]+/;
const READ_MORE = /^\s*(?:læs mere|læs videre|read more|continue reading|read the rest|weiterlesen|mehr lesen|lire la suite|leer más|seguir leyendo|leia mais|lees meer|lees verder|läs mer|les mer|les videre|czytaj więcej|czytaj dalej|continua a leggere|leggi tutto|more|mere|mehr)\s*(?:[»›→>…]|\.\.\.)?\s*$/i;
const STRONG_NON_ARTICLE = new Set(['collectionpage', 'searchresultspage', 'contactpage', 'profilepage', 'product', 'discussionforumposting', 'qapage', 'checkoutpage', 'itemlist', 'blog']);

export function detectArticle(ctx: PageContext, hints: DetectionHints): Detection {
  const signals: string[] = [];
  let score = 0;
  const vote = (weight: number, signal: string): void => {
    score += weight;
    signals.push(signal);
  };

  // Structured declarations.
  let declared = false;
  if (ctx.article) {
    const type = typeList(ctx.article)[0] ?? 'article';
    if (ctx.articleNodes >= 4) vote(-0.5, `jsonld:many-articles(${ctx.articleNodes})`);
    else {
      vote(3, `jsonld:${type}`);
      declared = true;
    }
  }
  const pageTypes = new Set(ctx.jsonld.flatMap(typeList).filter(t => NON_ARTICLE_TYPES.has(t)));
  for (const t of pageTypes) vote(STRONG_NON_ARTICLE.has(t) ? -2 : -1, `jsonld-page:${t}`);

  const ogType = (metaValue(ctx, 'og:type') ?? '').trim().toLowerCase();
  if (/^(?:article|blog|blogposting|news|newsarticle)$/.test(ogType)) {
    vote(2, 'og:type=article');
    declared = true;
  }
  else if (/^(?:product|profile|video|music|book|place|business|restaurant|og:product)/.test(ogType)) vote(-2, `og:type=${ogType.slice(0, 20)}`);
  else if (ogType === 'website') vote(-0.5, 'og:type=website');
  if (metaValue(ctx, 'article:published_time', 'article:author', 'article:section')) vote(1, 'og:article-meta');
  if (metaValue(ctx, 'product:price:amount', 'og:price:amount', 'product:price', 'price')) vote(-2, 'meta:price');

  let articleItems = 0;
  let productItems = 0;
  for (const t of ctx.scan.itemtypes) {
    if (ARTICLE_ITEMTYPE.test(t)) articleItems++;
    else if (/schema\.org\/(?:Product|Offer|SearchResultsPage|CollectionPage|ItemList)\b/i.test(t)) productItems++;
  }
  if (articleItems >= 3) vote(-1.5, `microdata:articles(${articleItems})`);
  else if (articleItems > 0) {
    vote(2, 'microdata:article');
    declared = true;
  }
  if (productItems > 0) vote(-1.5, 'microdata:product-or-list');

  // URL shape.
  const page = ctx.page;
  let permalink = false;
  if (page) {
    const path = decodeURIComponent(page.pathname).toLowerCase();
    if (isHomePath(page) && page.search === '') vote(-4, 'url:home');
    else if (SECTION_PATH.test(path)) vote(-3, 'url:section');
    else if (LISTING_PATH.test(path + page.search)) vote(-2, 'url:listing');
    else if (/\/(?:19|20)\d{2}(?:\/\d{1,2})?\/?$/.test(path)) vote(-2, 'url:date-archive');
    if (UTILITY_PATH.test(path)) vote(-3, 'url:utility');
    if (PRODUCT_PATH.test(path)) vote(-1.5, 'url:product');
    if (DATED_PATH.test(path)) {
      vote(1.5, 'url:dated');
      // WordPress, Blogger, Jekyll: /2012/05/31/the-title/ is the permalink of one post.
      if (slugSpellsTitle(path, hints.title)) {
        vote(1, 'url:permalink');
        permalink = true;
      }
    }
    else if (POST_PATH.test(path)) vote(1, 'url:post');
    else if (/[?&](?:p|id|nid|newid|newsid|article_?id|story_?id|pk_no|aid|artikel)=\d{3,}/i.test(page.search)) vote(1, 'url:post-id');
    const last = path.split('/').filter(Boolean).pop() ?? '';
    if (last.split(/[-_]/).filter(w => /[a-zæøåäöü]/.test(w)).length >= 4) vote(0.5, 'url:slug');
  }

  // Prose: how much paragraph text, under one parent.
  const scan = ctx.scan;
  let linkedHeadings = 0;
  for (const h of ctx.scan.headings) {
    const a = h.getElementsByTagName('a')[0];
    const ht = (h.textContent ?? '').trim().length;
    const at = (a?.textContent ?? '').trim().length;
    if (a && ht > 0 && at >= ht * 0.7 && !(a.getAttribute('href') ?? '').startsWith('#')) linkedHeadings++;
  }
  const teaserHeavy = linkedHeadings >= 4;
  const chars = teaserHeavy ? scan.bodyChars : Math.max(scan.bodyChars, scan.looseChars);
  const paragraphs = teaserHeavy ? scan.bodyParagraphs : Math.max(scan.bodyParagraphs, scan.looseParagraphs);
  // Prose found only in comment/review-like wrappers counts half.
  const w = scan.soft ? 0.5 : 1;
  const tag = scan.soft ? 'text-soft' : 'text';
  if (chars >= 2500 && paragraphs >= 4) vote(3 * w, `${tag}:long(${chars})`);
  else if (chars >= 1200 && paragraphs >= 3) vote(2 * w, `${tag}:medium(${chars})`);
  else if (chars >= 600) vote(0.5 * w, `${tag}:short(${chars})`);
  // A short post (a poster, a notice) at its own permalink is still one post.
  else if (chars < 300) vote(permalink ? -1 : -2, `text:little(${chars})`);
  if (scan.textChars > 0 && scan.linkChars / scan.textChars > 0.5) vote(-1, 'links:dense');
  // The text sits in the one item's articleBody (a news brief of three lines among link boxes, ANSA): the page
  // says where its article's text is. A listing marks many items (microdata:articles).
  if (articleItems > 0 && articleItems < 3 && scan.container?.closest('[itemprop~="articleBody" i]')) vote(1, 'microdata:article-body');

  // Listings: linked teaser headings, several <article>s, "read more" links. One long body under
  // one parent is an article with a "related posts" strip, so the listing votes count less there.
  const listingWeight = scan.bodyChars >= 2500 && scan.bodyParagraphs >= 5 ? 0.4 : 1;
  if (teaserHeavy) vote((chars < 1500 ? -2 : -0.5) * listingWeight, `listing:linked-headings(${linkedHeadings})`);
  const topArticles = ctx.scan.articles.length;
  if (headingLinksElsewhere(ctx)) vote(-1.5, 'listing:post-elsewhere');
  if (topArticles >= 3) vote(-1.5 * listingWeight, `listing:articles(${topArticles})`);
  else if (topArticles === 1) vote(0.5, 'html:article');
  let readMore = 0;
  for (const a of ctx.scan.anchors) {
    const t = a.textContent ?? '';
    if (t.length < 40 && READ_MORE.test(t)) readMore++;
  }
  if (readMore >= 3) vote(-2 * listingWeight, `listing:read-more(${readMore})`);
  // Threads and review lists: many dated, signed items in the main content.
  // When the only prose is in comment-like wrappers, count their items too (a forum thread).
  const times = scan.soft ? Math.max(scan.contentTimes, scan.times.length) : scan.contentTimes;
  const bylines = scan.soft ? Math.max(scan.contentBylines, scan.bylineItems) : scan.contentBylines;
  // With the prose only in such wrappers, the long "body" is the talk itself: no discount for it.
  if (times >= 6 || bylines >= 8) vote(scan.soft ? -4 : -1.5 * listingWeight, `listing:many-items(${times}/${bylines})`);

  // Forms: login, registration, contact (comment forms do not count).
  // Paywalled articles carry a login box: a declared article only loses a little for it.
  if (ctx.scan.passwordInputs > 0) vote(declared ? -0.5 : -3, 'form:password');
  for (const f of ctx.scan.forms.slice(0, 30)) {
    const ident = `${f.id} ${f.getAttribute('class') ?? ''} ${f.getAttribute('action') ?? ''}`;
    if (/comment|respond|reply|search|newsletter|subscribe/i.test(ident)) continue;
    // One native query, not a look at every input (each would be wrapped for the content script's world).
    const mailInput = f.querySelector('input[type="email" i], input[name*="mail" i]') !== null;
    if (f.getElementsByTagName('textarea').length > 0 && mailInput) {
      vote(declared ? -0.5 : -1.5, 'form:contact');
      break;
    }
  }

  // Headline, byline and date.
  // Markdown's "# Section" makes <h1>s among the text's paragraphs: sections of one post, not many headlines.
  const sections = scan.container ? scan.h1.slice(1).filter(h => h.parentElement === scan.container).length : 0;
  const h1s = Math.max(ctx.h1.length - sections, Math.min(ctx.h1.length, 1));
  if (h1s === 1) vote(0.5, 'html:h1');
  else if (h1s === 0) vote(-0.5, 'html:no-h1');
  else if (h1s >= 3) vote(-0.5, 'html:many-h1');
  if (hints.hasDate) vote(0.5, 'byline:date');
  if (hints.hasAuthor) vote(0.5, 'byline:author');
  // Prose alone (a licence text, a help page) is weak evidence: an article usually also has
  // a declaration, a post-like address, a byline or a date.
  if (!declared && !hints.hasDate && !hints.hasAuthor && !signals.some(s => s.startsWith('url:dated') || s.startsWith('url:post') || s === 'url:slug')) {
    vote(-0.5, 'evidence:text-only');
  }

  const isArticle = score >= THRESHOLD;
  let confidence = Math.round((1 / (1 + Math.exp(-(score - THRESHOLD) / 1.5))) * 100) / 100;
  // Rounding must not put the confidence on the wrong side of the decision.
  if (isArticle && confidence < 0.5) confidence = 0.5;
  if (!isArticle && confidence >= 0.5) confidence = 0.49;
  return {isArticle, confidence, signals, score};
}
