/**
 * Field extraction besides byline/dates (see byline.ts) and the title choice (see title.ts).
 * Each field takes declared metadata first and falls back to what the page shows.
 */
import type {PageContext} from './context';
import {headingText, metaValue, textContentOf} from './context';
import {childNode, firstString, imageUrls, typeList} from './jsonld';
import {resolveLanguage} from './lang';
import {cleanMeta, cleanOrNull, cleanText, LIMITS, normalizeForCompare} from './text';
import {hasToken, inCommentOrAside} from './byline';
import {chooseTitle, type TitleResult} from './title';
import {within} from './places';
import {safeEmail} from '../text';
import {isCompanyHost} from '../company';
import {DIGIT, hasLetter, LETTER} from './chars';
import {absoluteHttp, hostLabel, isHomePath, registrableDomain, sameSite, stripTracking, toHttpUrl} from './urls';

/** The names a site gives itself (og:site_name, the publisher, the WebSite node), else its web app's name. */
function siteNameSources(ctx: PageContext): {site: (string | null)[]; app: string | null} {
  return {
    site: [
      metaValue(ctx, 'og:site_name'),
      ctx.article ? firstString(childNode(ctx.article, 'publisher')?.['name']) : null,
      firstString(ctx.jsonld.find(n => typeList(n).includes('website'))?.['name']),
    ],
    app: metaValue(ctx, 'application-name', 'apple-mobile-web-app-title'),
  };
}

const usableName = (n: string | null): string => siteNameOnly(cleanMeta(n ?? '', LIMITS.siteName));

/** Names the site declares for itself, best first. */
export function declaredSiteNames(ctx: PageContext): string[] {
  const {site, app} = siteNameSources(ctx);
  // Last, the masthead <h1> that links home ("Fastersite" over "Fastersite: A better timer for JavaScript").
  return [...site, app, ctx.masthead].map(usableName).filter(n => n !== '' && !/^https?:\/\//i.test(n));
}

/**
 * "LinkNaija | Nigeria's popular news platform" -> "LinkNaija": the name without its tagline.
 * (A domain ending stays: "Boston.com" and "sn.dk" are what those sites call themselves.)
 */
function siteNameOnly(name: string): string {
  const m = /^(.{3,60}?)\s+[|–—-]\s+(.+)$/.exec(name);
  return m?.[1] && m[2] && m[2].split(' ').length >= 2 ? m[1] : name;
}

/** The host's name as the page spells it ("bilbasen.dk" -> "BilBasen", "daringfireball.net" -> "Daring Fireball"). */
function brandFromPage(ctx: PageContext): string | null {
  if (!ctx.page) return null;
  const label = registrableDomain(ctx.page.hostname).split('.')[0] ?? '';
  if (label.length < 3 || label.length > 30 || !/^[a-z0-9-]+$/.test(label)) return null;
  const letters = label.replace(/-/g, '').split('');
  // The letters in order, optionally separated by one space or hyphen, on word boundaries.
  // A written TLD belongs to the brand ("Lokalavisen.dk", "Amazon.com").
  const re = new RegExp(`(?<![${LETTER}${DIGIT}])${letters.join('[ -]?')}(?:\\.[a-z]{2,6}(?![${LETTER}${DIGIT}]))?(?![${LETTER}${DIGIT}])`, 'i');
  // The <title>, a masthead <h1>, logo alt texts, then the footer's copyright line: each read only when
  // the ones before say nothing (the pictures and the footer are looked up for it).
  const sources: (() => string[])[] = [
    () => [ctx.docTitle, ...ctx.scan.h1.slice(0, 3).map(h => h.textContent ?? '')],
    () => ctx.scan.imgs.slice(0, 40).map(img => img.getAttribute('alt') ?? ''),
    () => [(ctx.scan.footer?.textContent ?? '').slice(0, 3000)],
  ];
  for (const source of sources) {
    for (const t of source()) {
      const m = re.exec(t);
      if (m) return m[0];
    }
  }
  return null;
}

/** Host-derived names used to recognise the site in titles: "seismonaut", "seismonautcom". */
export function hostNames(ctx: PageContext): string[] {
  if (!ctx.page) return [];
  const domain = registrableDomain(ctx.page.hostname);
  const label = domain.split('.')[0] ?? '';
  return [domain.replace(/[^a-z0-9]/g, ''), label.replace(/[^a-z0-9]/g, '')].filter(s => s.length >= 3);
}

export function extractTitle(ctx: PageContext, siteNames: string[]): TitleResult {
  const a = ctx.article;
  const metaTitles = [
    a ? firstString(a['headline']) ?? firstString(a['name']) : null,
    metaValue(ctx, 'og:title'),
    metaValue(ctx, 'twitter:title'),
    metaValue(ctx, 'dc.title', 'dcterms.title', 'headline', 'sailthru.title', 'parsely-title'),
  ].filter((t): t is string => !!t && t.trim() !== '');
  const level = (tag: string): string[] => ctx.scan.headings.filter(h => h.tagName.toUpperCase() === tag).slice(0, 3).map(h => cleanText(headingText(h), 400));
  const h2 = level('H2');
  const h3 = level('H3');
  const home = ctx.page ? isHomePath(ctx.page) : false;
  // "/blog/", "/news/": the front page of a section, which may also lead with the site's name.
  const front = home || (ctx.page ? /^\/[^/]+\/$/.test(ctx.page.pathname) : false);
  return chooseTitle({metaTitles, docTitle: ctx.docTitle, h1: ctx.h1, h2, h3, home, front, siteNames, hostNames: hostNames(ctx)});
}

/**
 * `title` is how the tab title spells the declared name: "Herald Sun" for "HeraldSun", or its
 * core: "CHIP" for "CHIP Online", "LinkedIn" for "LinkedIn Pulse", "MacRumors" for
 * "MacRumors.com" (sometimes a nickname: "Folha" for "Folha de S.Paulo"). A longer title form
 * ("The Indie Hackers Podcast", "대전일보 모바일") is a section or edition, not the name.
 */
function sameName(declared: string, title: string): boolean {
  const squash = (x: string): string => normalizeForCompare(x).replace(/ /g, '');
  const t = squash(title);
  // "The Washington Post" for "Washington Post": the name with its article, as the masthead spells it.
  const withArticle = squash(title.replace(/^(?:the|le|la|les|der|die|das|de|het|el|il|lo)\s+/i, ''));
  return t.length >= 3 && (squash(declared).includes(t) || (withArticle !== t && withArticle === squash(declared)));
}

/** "uol.com.br", "http://www.tmz.com": an address, not the name people use. */
function isAddress(name: string): boolean {
  return /^(?:https?:\/\/)?[a-z0-9.-]+\.[a-z]{2,}\/?$/.test(name);
}

/** "Wikimedia Foundation, Inc.", "KSF Media Ab": a company's legal name (the publisher), not what readers call the site. */
const LEGAL_SUFFIX = /,?\s+(?:inc|incorporated|ltd|limited|llc|l\.l\.c|gmbh|ag|se|a\/s|aps|ab|oy|s\.a|s\.p\.a|b\.v|n\.v|plc|corp|corporation)\.?$/i;

const LEADING_NUMBERS = new RegExp(`^[^${LETTER}]*?\\s+[|–—-]\\s+`);

export function extractSiteName(ctx: PageContext, siteNames: string[], siteFromTitle: string | null): string | null {
  // "27/05/2019 - UOL Entretenimento": a date or number before the name is not part of it.
  // "National Rail Enquiries -": a <title> that is only the name keeps no dangling separator.
  const named = siteFromTitle?.replace(LEADING_NUMBERS, '').replace(/^\s*[|–—:-]\s*|\s*[|–—:-]\s*$/g, '') ?? null;
  const fromTitle = named && named.length <= 60 && hasLetter(named) ? siteNameOnly(named) : null;
  const declared = siteNames[0];
  // The name as the tab title shows it is how readers know the publication: og:site_name
  // often is a squashed or shortened spelling of it ("HeraldSun" for "| Herald Sun").
  // "Ramya Joseph | LinkedIn": the segment that names the site.
  const titleForm = declared && fromTitle ? fromTitle.split(/\s+[|–—-]\s+|\s*\|\s*/).find(seg => sameName(declared, seg)) : undefined;
  const legal = declared !== undefined && LEGAL_SUFFIX.test(declared);
  // A web app's name ("NRE Live Boards" on National Rail Enquiries) names the site only when nothing else does.
  const appOnly = declared !== undefined && siteNameSources(ctx).site.every(n => usableName(n) === '');
  const name = titleForm ?? (declared && fromTitle && (isAddress(declared) || legal || appOnly) ? fromTitle : legal ? declared.replace(LEGAL_SUFFIX, '') : declared) ??
    fromTitle ?? brandFromPage(ctx);
  // "Le Monde.fr": a name of several words is said without its domain ending ("Boston.com", "Lokalavisen.dk"
  // keep theirs: the name is the address).
  if (name) return cleanOrNull(name.replace(/^([^\s|–—-]+(?: [^\s|–—-]+){1,3})\.[a-z]{2,3}$/, '$1'), LIMITS.siteName);
  return ctx.page ? hostLabel(ctx.page) : null;
}

export function extractDescription(ctx: PageContext): string | null {
  const a = ctx.article;
  // The social card's summary is written for sharing (and is what the share preview shows);
  // the plain meta description is often a site-wide SEO blurb.
  const declared = [
    metaValue(ctx, 'og:description'),
    metaValue(ctx, 'twitter:description'),
    metaValue(ctx, 'description'),
    a ? firstString(a['description']) : null,
    metaValue(ctx, 'dc.description', 'dcterms.description'),
  ];
  for (const d of declared) {
    const s = cleanMeta(d, LIMITS.description);
    if (s) return s;
  }
  // No declared summary: the first substantial paragraph of the article.
  for (const p of ctx.scan.paragraphs.slice(0, 10)) {
    const s = cleanText(textContentOf(ctx, p), LIMITS.description);
    if (s.length >= 80) return s;
  }
  return null;
}

/**
 * The URL to share: the declared canonical (rel=canonical, og:url) when it is trustworthy — http(s), on the
 * page's own site or on another of the company's sites (a post on seismonaut.dk whose original is on
 * seismonaut.com; a page cannot send readers to someone else's site), not the home page for a deep page —
 * else the page URL without tracking parameters and fragment.
 */
export function extractUrl(ctx: PageContext, companyDomains: readonly string[] = []): string {
  const ours = (url: URL): boolean => isCompanyHost(url.hostname, companyDomains);
  const declared = [
    ctx.scan.headLinks.find(l => hasToken(l, 'rel', 'canonical') && l.hasAttribute('href'))?.getAttribute('href'),
    metaValue(ctx, 'og:url'),
  ];
  for (const raw of declared) {
    const url = toHttpUrl(raw, ctx.base);
    if (!url) continue;
    if (ctx.page) {
      if (!sameSite(url, ctx.page) && !(ours(url) && ours(ctx.page))) continue;
      // A CMS that points every page at "/" would make us share the home page.
      if (isHomePath(url) && !isHomePath(ctx.page)) continue;
    }
    return stripTracking(url).href;
  }
  return ctx.page?.href ?? '';
}

/** An <img> pointing at a film, a sound or a document (a page's fallback markup). */
const NOT_PICTURE = /\.(?:mp4|m4v|webm|ogv|mov|mp3|m4a|ogg|wav|pdf)(?:[?#]|$)/i;
const ICONISH = /logo|icon|avatar|sprite|spacer|pixel|blank|gravatar|badge|emoji|button|banner-ad|author|profile|headshot|\.svg(?:$|\?)/i;

export function extractImage(ctx: PageContext): string | null {
  const a = ctx.article;
  const declared: (string | null | undefined)[] = [
    metaValue(ctx, 'og:image', 'og:image:url', 'og:image:secure_url'),
    metaValue(ctx, 'twitter:image', 'twitter:image:src'),
    ...(a ? imageUrls(a['image']) : []),
    ...(a ? imageUrls(a['thumbnailUrl']) : []),
    metaValue(ctx, 'image', 'thumbnailurl'),
    ctx.scan.headLinks.find(l => hasToken(l, 'rel', 'image_src') && l.hasAttribute('href'))?.getAttribute('href'),
  ];
  for (const raw of declared) {
    const url = absoluteHttp(raw, ctx.base);
    if (url) return url;
  }
  // No declared image: a large image inside the article text (by its declared size; no layout).
  const root = ctx.scan.container?.parentElement ?? ctx.scan.container;
  if (!root) return null;
  for (const img of ctx.scan.imagesIn(root).slice(0, 20)) {
    const src = img.getAttribute('src') ?? img.getAttribute('data-src') ?? '';
    if (src === '' || ICONISH.test(src) || NOT_PICTURE.test(src) || ICONISH.test(img.getAttribute('class') ?? '')) continue;
    // Fallback content of a <video> or <object> ("Your browser does not support …") is never shown.
    if (within(img.parentElement, 'video') || within(img.parentElement, 'object')) continue;
    // The writer's portrait in the byline is no picture of the article (Ghost: .article-byline img).
    if (ctx.scan.authorish.some(byline => byline.contains(img))) continue;
    const w = Number(img.getAttribute('width') ?? '0');
    const h = Number(img.getAttribute('height') ?? '0');
    if ((w > 0 && w < 250) || (h > 0 && h < 150)) continue;
    const url = absoluteHttp(src, ctx.base);
    if (url) return url;
  }
  return null;
}

export function extractLang(ctx: PageContext, sample: string): string | null {
  const declared = [
    ctx.doc.documentElement?.getAttribute('lang'),
    ctx.doc.documentElement?.getAttribute('xml:lang'),
    ctx.article ? firstString(ctx.article['inLanguage']) : null,
    metaValue(ctx, 'og:locale', 'content-language', 'language', 'dc.language'),
  ];
  return resolveLanguage(sample, declared);
}

// RFC 5321/5322 "dot-atom" addr-spec: no quoted local parts, no comments, no IP literals.
const ADDR_SPEC = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const EMAIL_IN_TEXT = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,63}/gi;

/** Lower-cased addr-spec on one of `domains` (or a subdomain), else null. */
export function companyEmail(raw: string, domains: readonly string[]): string | null {
  let addr = raw.trim();
  if (/^mailto:/i.test(addr)) addr = addr.slice(7);
  addr = addr.split('?')[0] ?? '';
  try {
    addr = decodeURIComponent(addr);
  } catch {
    return null;
  }
  addr = addr.trim().toLowerCase();
  if (addr.length > 254 || addr.includes(',') || !ADDR_SPEC.test(addr)) return null;
  const host = addr.slice(addr.lastIndexOf('@') + 1);
  const ok = domains.some(d => {
    const domain = d.toLowerCase().replace(/^\.+|\.+$/g, '');
    return domain !== '' && (host === domain || host.endsWith(`.${domain}`));
  });
  // Only what the worker's check (src/text.ts safeEmail) also accepts: e.g. "mailto://a@b" would give "//a@b".
  return ok && safeEmail(addr) === addr ? addr : null;
}

/** A company address the article offers: mailto links first (article, then page), then plain text. */
export function extractContactEmail(ctx: PageContext, domains: readonly string[]): string | null {
  if (domains.length === 0) return null;
  const container = ctx.scan.container;
  const region = container?.parentElement ?? container;
  // Links in the article text first, then anywhere in the page body.
  // Never the footer's or sidebar's address: that is the site's, not the article's.
  const links = ctx.scan.mailtos.slice(0, 50).filter(a => !inCommentOrAside(a, ctx.scan.container));
  const ordered = region ? [...links.filter(a => region.contains(a)), ...links.filter(a => !region.contains(a))] : links;
  for (const a of ordered) {
    const email = companyEmail(a.getAttribute('href') ?? '', domains);
    if (email) return email;
  }
  // Plain addresses written in the text ("skriv til mig på christian@seismonaut.com").
  for (const p of ctx.scan.paragraphs.slice(0, 200)) {
    const text = textContentOf(ctx, p);
    if (!text.includes('@')) continue;
    for (const m of text.slice(0, 5000).matchAll(EMAIL_IN_TEXT)) {
      const email = companyEmail(m[0].replace(/\.$/, ''), domains);
      if (email) return email;
    }
  }
  return null;
}
