/**
 * URL rules. Every URL we output is absolute http(s): the popup turns them into links and
 * share intents, so `javascript:`, `data:`, `blob:` etc. must never get through.
 */

const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid',
  '_ga', '_gl', '_hsenc', '_hsmi', '__hssc', '__hstc', '__hsfp', 'hsctatracking', 'ref_src', 'ref_url',
  'yclid', 'twclid', 'ttclid', 'li_fat_id', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id',
  'rb_clickid', 's_cid', 'spm', 'wt_mc', 'wt.mc_id', 'icid', 'ncid', 'cmpid', 'sr_share',
  'pk_campaign', 'pk_kwd', 'pk_keyword', 'pk_source', 'pk_medium', 'pk_content', 'pk_cid',
  'rss', 'xtor', 'at_medium', 'at_campaign', 'ito', 'fb_action_ids', 'fb_action_types', 'fb_source',
]);
// Prefixes only where every parameter under them is tracking (Matomo's "pk_" is not: pk_no=42 is an id).
const TRACKING_PREFIX = ['utm_', 'mtm_', 'hmb_', 'stm_', 'trk_'];

/** Parse `raw` against `base`; null unless the result is http(s). Never throws. */
export function toHttpUrl(raw: unknown, base?: string | null): URL | null {
  if (typeof raw !== 'string') return null;
  // The WHATWG parser itself drops leading/trailing C0 + space and inner tab/newline, so
  // "  java\tscript:" still parses as javascript: and is rejected by the protocol check below.
  const s = raw.trim();
  if (s === '' || s.length > 4096) return null;
  let url: URL;
  try {
    url = base ? new URL(s, base) : new URL(s);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url;
}

/** `toHttpUrl(...).href` or null. */
export function absoluteHttp(raw: unknown, base?: string | null): string | null {
  const url = toHttpUrl(raw, base);
  return url && url.href.length <= 2048 ? url.href : null;
}

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_EXACT.has(n) || TRACKING_PREFIX.some(p => n.startsWith(p));
}

/**
 * Drop tracking parameters and the fragment: what remains identifies the page.
 * Works on the raw query string rather than URLSearchParams iterators: in a Firefox content script the
 * page's URL objects come through Xray wrappers and `[...url.searchParams.keys()]` throws "not iterable"
 * (seen in firefox-esr 153; https://bugzilla.mozilla.org/show_bug.cgi?id=1749386 tracks wrapper iterators).
 * Kept parameters also keep their original encoding.
 */
export function stripTracking(url: URL): URL {
  const out = new URL(url.href);
  out.hash = '';
  const pairs = out.search.slice(1).split('&').filter(Boolean);
  const kept = pairs.filter(pair => !isTrackingParam(decodeParam(pair.split('=')[0] ?? '')));
  if (kept.length !== pairs.length) out.search = kept.length ? `?${kept.join('&')}` : '';
  return out;
}

function decodeParam(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

// Second-level labels under which registrations happen (co.uk, com.br, ...). A full public
// suffix list would weigh ~200 kB in the content script; this covers the common cases.
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'or', 'ne', 'go', 'gv', 'mil', 'nic', 'ltd', 'plc', 'gob', 'nom', 'sch']);

/**
 * Hosts whose subdomains are sites of their own (the Public Suffix List's private section, the blog and
 * site platforms): "acme-notes.blogspot.com" is Acme Notes, not Blogspot.
 */
const PLATFORMS = /\.(?:blogspot\.[a-z]{2,3}(?:\.[a-z]{2})?|wordpress\.com|substack\.com|medium\.com|tumblr\.com|github\.io|gitlab\.io|ghost\.io|wixsite\.com|squarespace\.com|webflow\.io|weebly\.com|typepad\.com|livejournal\.com|myshopify\.com|hs-sites\.com|netlify\.app|vercel\.app|pages\.dev)$/;

/** Approximate registrable domain ("www.bbc.co.uk" -> "bbc.co.uk"). */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.includes(':')) return host; // IP addresses
  const platform = PLATFORMS.exec(host);
  if (platform) {
    const own = host.slice(0, platform.index).split('.').pop();
    return own ? `${own}${platform[0]}` : host;
  }
  const parts = host.split('.');
  if (parts.length <= 2) return host;
  const sld = parts[parts.length - 2] ?? '';
  const tld = parts[parts.length - 1] ?? '';
  const take = SECOND_LEVEL.has(sld) && tld.length === 2 ? 3 : 2;
  return parts.slice(-take).join('.');
}

export function sameSite(a: URL, b: URL): boolean {
  return registrableDomain(a.hostname) === registrableDomain(b.hostname) || bloggerBlog(a.hostname) === (bloggerBlog(b.hostname) ?? '');
}

/**
 * "name" of name.blogspot.de: Blogger serves a blog at its reader's country domain and declares the .com
 * address canonical (https://support.google.com/blogger/answer/2402711), one blog under both.
 */
function bloggerBlog(host: string): string | null {
  return /^(?:www\.)?([a-z0-9-]+)\.blogspot\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/i.exec(host)?.[1]?.toLowerCase() ?? null;
}

/** True for "/", "/index.html", "/en/" and the like: a site's front page. */
export function isHomePath(url: URL): boolean {
  const p = url.pathname.replace(/\/(index|default|home)\.(html?|php|aspx?)$/i, '/');
  return p === '/' || p === '' || /^\/[a-z]{2}(?:-[a-z]{2})?\/?$/i.test(p);
}

/** Base for resolving relative URLs: `<base href>` when valid http(s), else the page URL. */
export function documentBase(baseEl: Element | null, pageUrl: string): string {
  const page = toHttpUrl(pageUrl);
  if (baseEl?.hasAttribute('href')) {
    const resolved = toHttpUrl(baseEl.getAttribute('href'), page?.href ?? undefined);
    if (resolved) return resolved.href;
  }
  return page?.href ?? pageUrl;
}

/** Domain-ish label for a site without any declared name: "www.seismonaut.com" -> "seismonaut.com". */
export function hostLabel(url: URL): string {
  return url.hostname.replace(/^www\d*\./i, '');
}
