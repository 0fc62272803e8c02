/**
 * The article's own headline. Pages decorate `<title>`/og:title with the site name
 * ("Headline | Seismonaut", "Seismonaut - Headline"); we strip a segment only when it is
 * recognisably the site (matches og:site_name, the host, or the text outside an agreeing <h1>),
 * so a headline that merely contains a dash keeps it.
 */
import {cleanText, LIMITS, normalizeForCompare, tokens} from './text';
import {DIGIT, LATIN, LETTER, LOWER, UPPER} from './chars';
import {isPeriod} from './dates';

const TRAILING_BRACKET = /^(.{2,}?)\s*(?:\[([^[\]]{2,80})\]|[<＜]([^<>＜＞]{2,80})[>＞]|【([^【】]{2,80})】|《([^《》]{2,80})》)$/u;
/** A short segment built around a phone number ("Call Now: 9029469931", "Tlf. +45 12 34 56 78"). */
const PHONE_SEGMENT = /^(?:[^\d]{0,20}[\s:.])?\+?\d[\d ()./-]{6,16}\d$/u;
/** "Lokalavisen.dk: Regionale nyheder", "NewsChittagong24.com- Largest…": the host written out, then a tagline. */
const HOST_PREFIX = new RegExp(`^([${LETTER}${DIGIT}.-]{2,60}\\.[a-zA-Z]{2,6})\\s*[:|\\-–—]\\s+\\S`);
const IN_LATIN = new RegExp(`[${LATIN}]`);
const SENTENCE_END = new RegExp(`[${LOWER}]{2}[.!?](?=\\s+[${UPPER}])`);
/** CJK punctuation, kana and Han, and full-width forms: what Chinese and Japanese titles are written in. */
const CJK = '\\u3000-\\u9fff\\uff00-\\uffef';
// "标题 _频道 _光明网", "标题_新浪网": Chinese sites separate with an underscore (between CJK characters, or after a space);
// "2016年3月10日の新着:新着情報:激裏情報": Japanese ones with an ASCII colon between CJK characters.
const SEPARATOR = new RegExp(`(\\s+[|\\-–—:·•»«›‹~/]\\s+|\\s*\\|\\s*|\\s+::\\s+|\\s+[-–—]{2}\\s+|\\s+_\\s*|(?<=[${CJK}])[_:](?=[\\u3000-\\u9fff]))`);
const HAN_TEXT = new RegExp(`^[${CJK}]+$`);

/** A title's segments between separators ("Headline | Blog | Site"), trimmed. */
export function titleSegments(title: string): string[] {
  return title.split(SEPARATOR).filter((_, i) => i % 2 === 0).map(t => t.trim());
}

/**
 * A section of the site between the headline and the site's name ("Headline - Blog - Seismonaut"): part
 * of neither. Only these generic words: a segment saying more may be a headline's own.
 */
const SECTION = new Set(['blog', 'theblog', 'ourblog', 'voresblog', 'news', 'nyheder', 'artikler', 'articles', 'insights', 'indsigt',
  'magazine', 'magasin', 'stories', 'journal', 'aktuelt', 'aktuelles', 'nachrichten', 'actualites', 'actualités', 'noticias', 'notizie',
  'nieuws', 'press', 'presse', 'pressemeddelelser', 'cases']);
const isSection = (segment: string): boolean => SECTION.has(compact(segment));

/** "Part 2", "Page 3", "Side 2", "Страница 2": a segment saying which page of a paged listing. */
const PAGE_PART = /^(?:part|page|side|seite|teil|partie|parte|del|sida|sivu|pagina|página|strona|część|часть|страница)\s+\d{1,4}$/iu;
/** "vorespuls.dk", "BinaryMarket.ru": a segment written as a web address. */
const ADDRESS = /^(?:www\.)?[\p{L}\d-]{2,40}(?:\.[\p{L}\d-]{2,40})?\.[a-z]{2,6}$/iu;

/** A title segment naming the writer: "by Jane Doe" (Substack, Medium), "af Christian Lund". */
export const TITLE_BYLINE = /^(?:by|af|von|par|door|av)\s+\S/i;

/**
 * The site's name in an affix removed from a title: "Blog | Seismonaut" -> "Seismonaut", "by Jane Doe |
 * Medium" -> "Medium". Section words go unless they are all there is; a writer's byline ("Headline - by
 * Jane Doe") names no site at all (null).
 */
export function siteInAffix(affix: string, prefix = false, hostNames: string[] = []): string | null {
  const segments = titleSegments(affix).filter(t => t !== '');
  // "Стратегии - Part 2" (All in One SEO's paged archives): which page, no site.
  const named = segments.filter(t => !TITLE_BYLINE.test(t) && !PAGE_PART.test(t));
  if (named.length === 0) return null;
  const kept = named.filter(t => !isSection(t));
  if (kept.length === 0) return named.join(' - ');
  // "Svømning - alt om svømning og træning i vand - vorespuls.dk": the segment named like the host is the
  // site; read without its address, the one segment written as an address.
  const host = kept.length > 1 ? kept.filter(t => isSiteSegment(t, [], hostNames)) : [];
  if (host.length === 1) return host[0] ?? null;
  const addresses = kept.length > 1 && host.length === 0 ? kept.filter(t => ADDRESS.test(t)) : [];
  if (addresses.length === 1) return addresses[0] ?? null;
  // "标题 _探索者 _光明网": Chinese sites name the channel, then the site, outermost. (Elsewhere the site may come
  // first and a tagline or section after it: "… - sn.dk - Forsiden - Danmark", "… :: EordaiaLive.COM - Νέα από …".)
  if (kept.length > 1 && kept.every(t => HAN_TEXT.test(t))) return (prefix ? kept[0] : kept.at(-1)) ?? null;
  return kept.length < segments.length ? kept.join(' - ') : affix;
}

/** Token-overlap F1 of two strings (0–1). */
export function similarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

function compact(s: string): string {
  return normalizeForCompare(s).replace(/ /g, '');
}

/** What a domain adds to a product's name (the name itself stands for "|"): getpebble, joinmastodon, slackhq. */
const HOST_AFFIXES = /^(?:(?:get|try|use|join|go|my|the)\||\|(?:app|hq|inc|labs?|online))$/;

/** Does `segment` name the site? (equal/contained site name, or the host's name). */
export function isSiteSegment(segment: string, siteNames: string[], hostNames: string[]): boolean {
  const seg = compact(segment);
  if (seg === '') return true;
  for (const name of siteNames) {
    const n = compact(name);
    if (n === '' ) continue;
    if (seg === n || (n.length >= 4 && seg.includes(n) && seg.length <= n.length * 2.5) || (seg.length >= 4 && n.includes(seg))) return true;
  }
  for (const host of hostNames) {
    if (host.length >= 3 && (seg === host || (seg.includes(host) && seg.length <= host.length + 12))) return true;
    // "Pebble" on getpebble.com, "Slack" on slackhq.com: a product's name in a domain with a word added.
    if (seg.length >= 4 && HOST_AFFIXES.test(host.replace(seg, '|'))) return true;
  }
  return false;
}

/** "UOL Entretenimento" on uol.com.br: only safe for a title's last segment (a headline may start with the brand). */
function startsWithHost(segment: string, hostNames: string[]): boolean {
  const seg = compact(segment);
  return segment.trim().split(/\s+/).length <= 3 && hostNames.some(h => h.length >= 3 && seg.startsWith(h) && seg.length <= h.length + 20);
}

export interface StrippedTitle {
  title: string;
  /** The segments removed as the site's name (for the site-name fallback). */
  removed: string[];
  /** The site's name was kept on purpose: the rest alone says nothing ("enero 2016"). */
  kept?: boolean;
}

/**
 * Remove site-name prefixes/suffixes. `agree` are headings that the remainder may equal: when
 * the page's <h1> equals the text on one side of a separator, the other side is the site.
 */
export function stripSiteAffixes(raw: string, siteNames: string[], hostNames: string[], agree: string[], front = false): StrippedTitle {
  const title = cleanText(raw, 600);
  // "欲張りなイヌ ＜福娘童話集 きょうのイソップ童話＞", "Chapter 1 [Archive of Our Own]": a bracketed
  // tail names the site. Parentheses are left alone: "About This Site (Colophon)" is a title.
  const bracket = TRAILING_BRACKET.exec(title);
  const inner = bracket ? (bracket[2] ?? bracket[3] ?? bracket[4] ?? bracket[5] ?? '').trim() : '';
  if (bracket?.[1] && inner.length >= 4 && (siteNames.length === 0 || isSiteSegment(inner, siteNames, hostNames))) {
    const rest = stripSiteAffixes(bracket[1], siteNames, hostNames, agree);
    // In CJK text a space separates the name from a section title ("福娘童話集 きょうのイソップ童話").
    const site = IN_LATIN.test(inner) ? inner : inner.split(' ')[0] ?? inner;
    return {title: rest.title, removed: [site, ...rest.removed]};
  }
  // "Lokalavisen.dk: Stor brand i nat": the host written out as a prefix.
  const host = HOST_PREFIX.exec(title)?.[1];
  if (host && hostNames.includes(compact(host))) {
    const rest = stripSiteAffixes(title.slice(host.length).replace(/^\s*[:|\-–—]\s+/u, ''), siteNames, hostNames, agree);
    return {title: rest.title, removed: [host, ...rest.removed]};
  }
  // "Seismonauts blog: Ledelse i den digitale tidsalder" (Blogger's titles): the site's name before a colon,
  // when it is the site's name or starts with the host's: "Strategi: ikke bare en plan" is a headline, and
  // so is "Tesla on Instagram: …". A front page keeps its title whole ("Folha de S.Paulo: Notícias…").
  const colon = front ? null : /^([^:|]{2,60}?):\s+(\S.*)$/u.exec(title);
  const lead = compact(colon?.[1] ?? '');
  if (colon?.[1] && colon[2] && lead !== '' &&
      (siteNames.some(n => compact(n) === lead) || hostNames.some(h => h.length >= 3 && lead.startsWith(h) && lead.length <= h.length + 12))) {
    const rest = stripSiteAffixes(colon[2], siteNames, hostNames, agree, front);
    return {title: rest.title, removed: [colon[1].trim(), ...rest.removed]};
  }
  const parts = title.split(SEPARATOR);
  // parts alternates text, separator, text ...
  const texts = parts.filter((_, i) => i % 2 === 0);
  const seps = parts.filter((_, i) => i % 2 === 1);
  if (texts.length < 2) return {title, removed: []};
  const join = (from: number, to: number): string => {
    let s = texts[from] ?? '';
    for (let i = from + 1; i <= to; i++) s += `${seps[i - 1] ?? ''}${texts[i] ?? ''}`;
    return s.trim();
  };
  const agreeing = agree.map(compact).filter(a => a.length > 0);
  // Exact agreement with a heading decides everything.
  for (let from = 0; from < texts.length; from++) {
    for (let to = texts.length - 1; to >= from; to--) {
      if (from === 0 && to === texts.length - 1) continue;
      const candidate = join(from, to);
      if (agreeing.includes(compact(candidate))) {
        const removed = [from > 0 ? join(0, from - 1) : '', to < texts.length - 1 ? join(to + 1, texts.length - 1) : ''].filter(s => s !== '');
        return {title: candidate, removed};
      }
    }
  }
  let from = 0;
  let to = texts.length - 1;
  const removed: string[] = [];
  // "Headline | Site - tagline": everything from the first site segment on is the site's.
  for (let k = 1; k < texts.length; k++) {
    if (isSiteSegment(texts[k] ?? '', siteNames, hostNames)) {
      removed.push(join(k, texts.length - 1));
      to = k - 1;
      break;
    }
  }
  // Peel site segments off either end, but never the last remaining one. A "Call now: 902946…"
  // segment is an advert for the phone line, not part of any headline.
  const peel = (seg: string): boolean => isSiteSegment(seg, siteNames, hostNames) || PHONE_SEGMENT.test(seg);
  // "… - 27/05/2019 - UOL Entretenimento": a last segment that starts with the host's name.
  if (to > from && startsWithHost(texts[to] ?? '', hostNames)) removed.push(texts[to--] ?? '');
  while (to > from && peel(texts[to] ?? '')) {
    const seg = texts[to--] ?? '';
    if (!PHONE_SEGMENT.test(seg)) removed.push(seg);
  }
  while (to > from && peel(texts[from] ?? '')) {
    const seg = texts[from++] ?? '';
    if (!PHONE_SEGMENT.test(seg)) removed.push(seg);
  }
  // "Headline - Blog - Seismonaut": with the site's name gone, the section beside it goes too.
  if (removed.length > 0) {
    while (to > from && isSection(texts[to] ?? '')) removed.push(texts[to--] ?? '');
    while (to > from && isSection(texts[from] ?? '')) removed.push(texts[from++] ?? '');
  }
  // "enero 2016 - Blog Disfraces Jarana": a bare month or year needs the site's name to mean anything.
  if (removed.length > 0 && isPeriod(join(from, to))) return {title, removed: [], kept: true};
  return {title: join(from, to), removed};
}

/**
 * "Headline. Leandra Lou schreibt über …": a long og:title that runs into the teaser keeps only
 * its first sentence. A sentence ends after a lower-case word (not "U.S." or "Nr."), and only
 * titles far longer than a headline are cut.
 */
function headlineOnly(t: StrippedTitle): StrippedTitle {
  if (t.title.length <= 110) return t;
  const end = SENTENCE_END.exec(t.title.slice(20, 160));
  return end ? {...t, title: t.title.slice(0, 20 + end.index + end[0].length - 1)} : t;
}

/** The site's name when a <title> starts with it: "Site - tagline" or "host.tld: tagline". */
function siteLead(docTitle: string, siteNames: string[], hostNames: string[]): string | null {
  const title = cleanText(docTitle, 600);
  const parts = title.split(SEPARATOR);
  const first = parts[0]?.trim() ?? '';
  if (parts.length > 1 && first !== '' && isSiteSegment(first, siteNames, hostNames)) return first;
  const host = HOST_PREFIX.exec(title)?.[1];
  return host && hostNames.includes(compact(host)) ? host : null;
}

export interface TitleInputs {
  metaTitles: string[];
  docTitle: string;
  h1: string[];
  /** The first few h2s: they may confirm a metadata title (post titles on old blogs). */
  h2?: string[];
  /** The first few h3s: Tumblr's and some WordPress themes' post titles, under a masthead <h1>. */
  h3?: string[];
  /** A front page: its lone <h1> is usually a teaser, not the page's title. */
  home?: boolean;
  /** A home page or a section's front ("/blog/"): titled by the site's name when its <title> leads with it. */
  front?: boolean;
  siteNames: string[];
  hostNames: string[];
}

export interface TitleResult {
  title: string | null;
  siteFromTitle: string | null;
}

/** "Page 2 of 5", "Side 2 af 5", "Seite 2": which page of a listing, no part of its title. */
const PAGING = /(?:\s+[-–—|:·•]\s+|\s*\|\s*|,\s+)(?:page|side|seite|sida|sivu|pagina|página|strona)\s+\d+(?:\s*(?:of|af|av|von|sur|de|di|van|z|\/)\s*\d+)?(?=$|\s+[-–—|:·•]\s+|\s*\|)/giu;

/** Pick the headline a reader sees: an <h1> agreeing with the metadata, else the stripped metadata/title. */
export function chooseTitle(raw: TitleInputs): TitleResult {
  const input = {...raw, docTitle: raw.docTitle.replace(PAGING, ''), metaTitles: raw.metaTitles.map(t => t.replace(PAGING, ''))};
  const {siteNames, hostNames} = input;
  const usable = (h: string): boolean => (h.length >= 2 && !isSiteSegment(h, siteNames, hostNames)) || h.length > 25;
  const h1s = input.h1.filter(usable);
  const headings = h1s;
  const h2s = (input.h2 ?? []).filter(usable).slice(0, 3);
  // Headings that may confirm a metadata title: the h1s, then (post titles on old blogs) h2s.
  const agreeing = [...h1s, ...h2s];
  // And to pick the headline, h3s too, closely agreeing with a metadata title (og:title, JSON-LD): never with the
  // <title> ("Seismonaut - Blog" over an <h3>Blog</h3> section label), nor to cut the <title> (NPR's <h3> "Planet
  // Money" is a section, which its <title> names too).
  const witnesses = [...agreeing, ...(input.h3 ?? []).filter(usable).slice(0, 3)];
  const front = Boolean(input.home || input.front);
  const stripped = input.metaTitles.map(t => headlineOnly(stripSiteAffixes(t, siteNames, hostNames, agreeing, front))).filter(s => s.title !== '');
  const fromDoc = input.docTitle ? headlineOnly(stripSiteAffixes(input.docTitle, siteNames, hostNames, agreeing, front)) : null;
  // The site's name as the <title> gives it: a stripped affix, or a <title> that is only the site.
  const affixSite = fromDoc?.removed[0] ? siteInAffix(fromDoc.removed[0], input.docTitle.trimStart().startsWith(fromDoc.removed[0]), hostNames) : null;
  const siteFromTitle = affixSite ?? (input.docTitle && isSiteSegment(input.docTitle, [], hostNames) ? input.docTitle : null);
  const candidates = [...stripped, ...(fromDoc && fromDoc.title ? [fromDoc] : [])];
  // 0. A front page whose <title> leads with the site ("Icelandair - Fly til Island…") is
  // known by that name: its <h1> is a slogan or a teaser.
  const lead = (input.home || input.front) && input.docTitle ? siteLead(input.docTitle, siteNames, hostNames) : null;
  if (lead) return {title: cleanText(lead, LIMITS.title), siteFromTitle};
  // 1. A heading that agrees with a metadata/document title: what the reader sees.
  for (const h of witnesses) {
    // An h2 or h3 is a weaker witness than an h1: it must agree closely.
    const minSim = h1s.includes(h) ? 0.6 : 0.8;
    const weak = !agreeing.includes(h);
    for (const c of candidates) {
      if (weak && c === fromDoc) continue;
      const sim = similarity(h, c.title);
      const ch = compact(h);
      const cc = compact(c.title);
      const contained = ch.length >= 8 && (cc.includes(ch) || ch.includes(cc)) && Math.min(ch.length, cc.length) >= Math.max(ch.length, cc.length) * 0.5;
      // og:title = "Headline. First sentence of the text…": the heading is its start.
      const prefix = ch.length >= 15 && cc.startsWith(ch);
      if (sim >= minSim || contained || prefix) {
        // Many <h1>s are section headings: one that merely contains the title ("Unsere 3 wichtigsten
        // Maßnahmen zur Nachhaltigkeit im Onlineshop" for "Nachhaltigkeit im Onlineshop") is not it.
        if (input.h1.length >= 3 && sim < minSim && ch.length > cc.length) return {title: cleanText(c.title, LIMITS.title), siteFromTitle};
        return {title: cleanText(h, LIMITS.title), siteFromTitle};
      }
    }
  }
  // 2. Another front page is titled by its <title>, less any site or phone-number segments;
  // when the <title> is only the site's name, its one <h1> ("Willkommen!") is the headline.
  if (input.home && input.docTitle && isSiteSegment(input.docTitle, siteNames, hostNames) && input.h1.length === 1 && h1s[0]) {
    return {title: cleanText(h1s[0], LIMITS.title), siteFromTitle};
  }
  if (input.home && input.docTitle) return {title: cleanText(fromDoc?.title || input.docTitle, LIMITS.title), siteFromTitle};
  // 3. A page with exactly one real <h1>: that is what the reader sees as its title.
  // Two <h1>s where one only adds to the other ("Herenjassen", "Herenjassen bij de Bijenkorf"): the shorter.
  const [h1a, h1b] = h1s;
  const pair = h1s.length === 2 && h1a && h1b && h1b.startsWith(`${h1a} `) ? h1a : undefined;
  const single = (h1s.length === 1 || pair) && input.h1.length <= 2 && !input.home ? pair ?? h1s[0] : undefined;
  // "Categoría :" is a label, not a title.
  if (single && !/[:：]\s*$/.test(single) && single.length <= 200) return {title: cleanText(single, LIMITS.title), siteFromTitle};
  // 3. Metadata title (og/JSON-LD/twitter), stripped.
  const meta = stripped[0];
  if (meta && (meta.kept || !isSiteSegment(meta.title, siteNames, hostNames))) return {title: cleanText(meta.title, LIMITS.title), siteFromTitle};
  // 3. A bare page: its first real heading beats a generic document title.
  const docT = fromDoc?.title ?? '';
  const heading = headings[0];
  // (Not when there are many <h1>s and the first one only elaborates on the <title>: then they are
  // section headings, "Unsere 3 wichtigsten Maßnahmen zur Nachhaltigkeit im Onlineshop".)
  const sections = input.h1.length >= 3 && similarity(heading ?? '', docT) >= 0.3;
  if (heading && (docT === '' || isSiteSegment(docT, siteNames, hostNames) || (!sections && (heading.length >= 15 || tokens(docT).length <= 2)))) {
    return {title: cleanText(heading, LIMITS.title), siteFromTitle};
  }
  // A <title> that only names the site, and no <h1>: the first h2 is the page's heading.
  if ((docT === '' || isSiteSegment(docT, siteNames, hostNames)) && !heading && h2s[0]) return {title: cleanText(h2s[0], LIMITS.title), siteFromTitle};
  if (docT) return {title: cleanText(docT, LIMITS.title), siteFromTitle};
  if (meta) return {title: cleanText(meta.title, LIMITS.title), siteFromTitle};
  return {title: heading ? cleanText(heading, LIMITS.title) : null, siteFromTitle};
}
