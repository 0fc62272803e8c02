/**
 * Who wrote it and when. Structured sources first (JSON-LD, meta, microdata), then what a reader
 * sees: byline elements and "Af Christian" / "By Jane Doe" lines near the headline, and dates
 * written near the headline. A date is only ever taken from the page; none shown -> null.
 */
import type {PageContext} from './context';
import {headingLink, metaValue, textContentOf} from './context';
import {firstString, personNames} from './jsonld';
import {findTextDate, parseMachineDate, parseTextDate} from './dates';
import {cleanMeta, cleanText, LIMITS, normalizeForCompare} from './text';
import {HAN, HANGUL, LETTER, LOWER, UPPER} from './chars';
import {isHomePath, registrableDomain} from './urls';
import {TITLE_BYLINE, titleSegments} from './title';
import {ARTICLE_ITEMTYPE, hasAnyToken} from './queries';

const BYLINE_PREFIX = /^(?:(?:(?:skrevet|written|posted|published|geschrieben|écrit|escrito|scritto|geschreven|skrivet|skrevet|napisane)\s+)?(?:af|by|von|par|por|door|av|di|da|de|autor(?:in)?|author|forfatter|skribent)\s*:?|(?:tekst|text|texte)(?:\s+(?:og|und|och|&|and|et)\s+(?:fotos?|photos?|bilder))?\s*:)\s+/i;
/** "Foto: Jens Hansen" on its own credits a picture. */
const PICTURE_ONLY = /^(?:fotos?|photos?|photographs?|billeder?|bild|bilder|illustrations?|grafik)\s*:/i;
/**
 * "Jane Doe in Leadership" (WordPress's "Posted by … in <category>"), "Christian Lund / Ritzau". Not "for"
 * ("Organization for Transformative Works") nor "i" ("Joan Puig i Ferrer"): names hold them.
 */
const NAME_TAIL = new RegExp(`\\s+(?:(?:in|im|dans)\\s+[${UPPER}]|/\\s).*$`);
/** "Jane Doe for The Guardian": whom a full name writes for (one word before "for" is a name's own: "Organization for …"). */
const FOR_TAIL = new RegExp(`^([${UPPER}][${LETTER}'’.-]*(?:\\s+[${UPPER}][${LETTER}'’.-]*){1,3})\\s+(?:for|für|pour|para|per|voor)\\s+[${UPPER}].*$`);
// Byline words in either case, while the name itself must be capitalised (so no /i flag).
const anyCase = (words: string): string => words.split('|').map(w => [...w].map(c => (c.toUpperCase() === c ? c : `[${c}${c.toUpperCase()}]`)).join('')).join('|');
// Particles only inside a name ("Ludwig van Beethoven"): "Christian Lund den 14. maj" ends at Lund.
const NAME = `[${UPPER}][${LETTER}'’.-]*(?:\\s+(?:(?:van|von|de|der|den|da|di|del|la|le|af)\\s+)*[${UPPER}][${LETTER}'’.-]*){0,4}`;
const BYLINE_LINE = new RegExp(
  `(?:^|[|•·»]\\s*)(?:(?:${anyCase('skrevet|written|posted|geschrieben|escrito|scritto')})\\s+)?(?:(?:${anyCase('af|by|von|par|por|door|av|di|autor|autorin|author|forfatter|skribent')}):?|(?:${anyCase('tekst|text')}):)\\s+` +
  `(${NAME}(?:\\s*(?:,|&|and|og|und|y|e|et|och)\\s+${NAME}){0,3})`);
// A date line that names its writer after the date: "2/26/2015 7:11 AM PST BY TMZ STAFF", "14. maj 2013 af Christian".
// In date-classed elements, or in a short line whose date is a full one; the name must end the line (prose says
// "in 2019 by the council…").
const DATED_BY = `^[^]{0,60}?\\d[^]{0,30}?\\s(?:${anyCase('af|by|von|par|por|door|av')})\\s+`;
const DATED_BYLINE = new RegExp(`${DATED_BY}(${NAME})\\s*$`);
/** "11.05.2012, 10:22 von jovelstefan": a blogger's handle, in lower case (see isOwnHandle). */
const DATED_HANDLE = new RegExp(`${DATED_BY}([a-z][a-z0-9_.-]{2,30})\\s*$`);
const AUTHOR_PAGE = /author|profile|people|person|forfatter|autor|journalist|staff|medarbejder|contributor|writer|skribent|\/bios?\//i;
const PICTURE_CLASS = /(?:img|image|photo|foto|picture|caption)[-_]?(?:author|credit|byline)/i;
const PICTURE_CREDIT = /\b(?:photos?|fotos?|images?|bild|billede|illustration|grafik|graphics?|video)\b/i;
// A person's name: two or three capitalised words.
const PERSON = new RegExp(`[${UPPER}](?:['’][${UPPER}])?[${LOWER}-]+(?:\\s+[${UPPER}](?:['’][${UPPER}])?[${LOWER}-]+){1,2}`, 'g');
// East Asian bylines put the title after the name: "이용민 기자", "山田太郎記者".
const REPORTER_SUFFIX = new RegExp(`^([${HANGUL}]{2,4}|[${HAN}]{2,4})\\s*(?:기자|記者|特派員|특파원)`);
const SENTENCE_DOT = new RegExp(`([${LOWER}]{2})\\.$`);
/** A lower-case letter straight before a capital ("DoeMay"): text of two elements with no space between. */
const GLUED = new RegExp(`[${LOWER}][${UPPER}]`);
/** "ByJason Wirth": the text of <span>By</span><a>Jason Wirth</a> has no space where the page shows one. */
const GLUED_PREFIX = new RegExp(`^(?:By|BY|Af|AF)(?=[${UPPER}][${LOWER}])`);
/** An author page's link text: "View all posts by Daniel Lemire", "Alle Beiträge von …", "Se alle indlæg af …". */
const ALL_POSTS = /^(?:(?:view|see|read|show|browse)\s+)?(?:all|more)\s+(?:(?:the\s+)?(?:posts|articles|stories|entries)\s+)(?:by|from|of|written by)\s+|^(?:se\s+)?alle\s+(?:indlæg|artikler|innlegg|inlägg|beiträge|artikel|berichten|posts)\s+(?:af|av|von|van|fra|från)\s+|^(?:voir\s+)?tous\s+les\s+(?:articles|billets)\s+(?:de|d['’])\s*|^(?:ver\s+)?tod[oa]s\s+(?:las|los|os|as)\s+(?:entradas|artículos|posts|publicaciones|artigos)\s+(?:de|por)\s+|^tutti\s+gli\s+articoli\s+di\s+/i;
const CREDIT_TAIL = /[\s,;]*\b(?:edited|reviewed|fact[- ]checked|photos?|photographs|pictures|illustrations?|illustrated|translated|redigeret|fotos?|foto|bilder|bearbeitet|redigert|redigerad)\s+(?:by|af|von|av)\b.*$/i;
const NAME_SPLIT = /\s*(?:;|\band\b|&|\bog\b|\bund\b|\by\b|\be\b|\bet\b|\ben\b|\boch\b)\s*/i;
/** "Lund, Christian", "Doe, Jane A.": a family name, then one or two given names, each capitalised. */
const REVERSED = new RegExp(`^[${UPPER}][${LETTER}'’-]+, [${UPPER}][${LETTER}'’.-]*(?: [${UPPER}][${LETTER}'’.-]*)?$`);
const STARTS_LOWER = new RegExp(`^[${LOWER}]`);
const JOB_TITLE = /\b(?:writer|editor|correspondent|reporter|columnist|contributor|manager|journalist|redakt\w*|ceo|cto|cfo|coo|cmo|founder|co-?founder|partner|director|direktør|stifter|ejer|konsulent|chef|president|head of)\b/i;
/** What joins a byline's name to its date: "Jane Doe, on May 14", "Christian Lund den 14. maj", "Updated …". */
const DATE_JOIN = new RegExp(`(?:[\\s,;:|·•»–—-]|(?<![${LETTER}])(?:on|at|the|den|d\\.|le|el|il|am|vom|op|em|no|på|i|posted|published|updated|opdateret|udgivet|publiceret|veröffentlicht|aktualisiert|publié|publicado|pubblicato)(?![${LETTER}]))+$`, 'i');

/**
 * A byline without the date it often carries: "Af Christian Lund, 14. maj 2013" is Christian Lund, not
 * him and "14. maj"; "14. maj 2013 af Christian Lund" is him too. Then, a number is not part of a name
 * ("Jane Doe 10:30", "Jane Doe, 5 min read").
 */
function withoutDate(s: string): string {
  const date = findTextDate(s);
  if (date) {
    const before = s.slice(0, date.start).replace(DATE_JOIN, '');
    s = before !== '' ? before : s.slice(date.end).replace(/^[\s,;:|·•–—-]+/, '').replace(BYLINE_PREFIX, '');
  }
  // "Jane Doe Updated 10:30 AM ET": what joined the time goes with it (only then: "Thanh Le" keeps "Le").
  const number = /[\s,;:|·•–—-]+\d.*$/.exec(s);
  return number ? s.slice(0, number.index).replace(DATE_JOIN, '') : s;
}

/** Clean one raw byline into zero or more plausible names. */
export function splitNames(raw: string): string[] {
  if (PICTURE_ONLY.test(raw.trim())) return [];
  let s = cleanMeta(raw, 300);
  // "Alle Beiträge von Hans Müller anzeigen": the link's verb comes last in German.
  if (ALL_POSTS.test(s)) s = s.replace(ALL_POSTS, '').replace(/\s+anzeigen$/i, '');
  s = s.replace(GLUED_PREFIX, '').replace(BYLINE_PREFIX, '').replace(/\s*\((?:https?:|www\.)[^)]*\)/gi, '');
  // "Rob Ewaschuk Edited by Betsy Beyer", "Jane Doe, photos by John Roe": the editor and the photographer
  // are credited, not the writers.
  s = s.replace(CREDIT_TAIL, '');
  s = withoutDate(s).replace(NAME_TAIL, '').replace(FOR_TAIL, '$1');
  // "Christian Lund (partner)": a role in brackets.
  s = s.replace(/\s*\([^()]{1,60}\)\s*$/, '');
  // "Paz Segura - Marketing Manager", "Redacción La Razón 2": keep the name.
  s = s.replace(/\s+[-–—|]\s+.*$/, '').replace(/\s+\d+$/, '');
  // Drop trailing "| 14. maj 2013", ", Staff Writer" stays; e-mail addresses and handles go.
  s = s.replace(/\s*[|•·»]\s.*$/, '').replace(/\S+@\S+/g, '').replace(/^@/, '').trim();
  if (s === '' || /https?:|www\./i.test(s)) return [];
  let parts = s.split(NAME_SPLIT);
  // "Smith, John" is one name; "Jane Doe, John Roe" are two; after a full name one word is where or for whom
  // they write ("Christian Lund, Seismonaut", "Jane Doe, Paris", "Jane Doe, Tuesday, May 14").
  parts = parts.flatMap(p => {
    if (!p.includes(',')) return [p];
    const pieces = p.split(',');
    if (pieces.every(x => x.trim().includes(' '))) return pieces;
    if ((pieces[0] ?? '').trim().includes(' ')) return pieces.filter(x => x.trim().includes(' '));
    // "Lund, Christian" (Dublin Core's and libraries' order) is Christian Lund.
    const [family, given] = pieces.map(x => x.trim());
    return pieces.length === 2 && family && given && REVERSED.test(`${family}, ${given}`) ? [`${given} ${family}`] : [p];
  });
  const out: string[] = [];
  for (const [i, p] of parts.entries()) {
    // "Posted by Alon Zakai.": the sentence's full stop is not part of the name ("Jr." and "J." stay).
    const name = cleanText(p.replace(/^[,\s]+|[,\s]+$/g, ''), LIMITS.author).replace(SENTENCE_DOT, '$1');
    const words = name.split(' ').length;
    if (name.length < 2 || name.length > 80 || words > 7 || /^\d+$/.test(name) || /\d{4}/.test(name)) continue;
    // CMSs' default accounts: WordPress's "admin", Joomla's "Super User".
    if (/^(admin|administrator|super ?user|unknown|anonymous|null|undefined|staff|redaktionen|editor)$/i.test(name)) continue;
    // "Replying to @Reuters": a handle or a reply line, not a name; nor is "*****Notes*****" (an author's note).
    if (/[@*#=<>{}[\]~^+\\]/.test(name)) continue;
    // A job title is not a name ("AP National Security Writer"); after a name, a title of any length is one
    // ("Jane Doe, Staff Writer", "Jane Doe, CEO at Acme"), and so is what follows in lower case ("Christian
    // Lund, partner i Seismonaut", "…, direktør og stifter"): names are written capitalised.
    if (i > 0 && STARTS_LOWER.test(name)) continue;
    if (JOB_TITLE.test(name) && (words >= 3 || i > 0)) continue;
    out.push(name);
  }
  return out;
}

/** Unique names; a name that merely wraps another ("SHOW ALL ARTICLES OF Jane Doe") goes too. */
function dedupe(names: string[]): string[] {
  const keys = names.map(normalizeForCompare);
  const out: string[] = [];
  const seen = new Set<string>();
  names.forEach((n, i) => {
    const k = keys[i] ?? '';
    if (!k || seen.has(k)) return;
    if (keys.some((other, j) => j !== i && other && other !== k && k.includes(other))) return;
    seen.add(k);
    out.push(n);
  });
  return out.slice(0, 10);
}

function textOf(el: Element, max = 300): string {
  const v = el.getAttribute('content') ?? el.textContent ?? '';
  return v.length > max ? v.slice(0, max) : v;
}

/**
 * A byline element's text with its parts apart, as they are shown: `<span>By Jane Doe</span><time>May 14,
 * 2013</time>` reads "By Jane Doe May 14, 2013", not "…DoeMay 14…" (textContent). Bounded.
 */
function partsText(el: Element, max = 200): string {
  const content = el.getAttribute('content');
  if (content !== null) return content.slice(0, max);
  let out = '';
  const stack: (Node | null)[] = [el];
  for (let n = 0; stack.length > 0 && n < 300 && out.length < max; n++) {
    const node = stack.pop();
    if (!node) {
      out += ' '; // leaving an element
    } else if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
    } else if (node.nodeType === 1 && !SKIPPED.has((node as Element).localName)) {
      out += ' ';
      stack.push(null);
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, max);
}
const SKIPPED = new Set(['script', 'style', 'template', 'svg']);

/** True when `attr` of `el` holds the whitespace-separated `token` (like `[attr~=token]`, case-insensitive). */
export function hasToken(el: Element, attr: string, token: string): boolean {
  return hasAnyToken(el, attr, [token]);
}

/** Inside a comment thread or a related-posts box? (a bounded ancestor walk, no selector engine). */
export function inCommentOrAside(el: Element, content: Element | null = null): boolean {
  let cur: Element | null = el;
  for (let i = 0; cur && i < 40; i++, cur = cur.parentElement) {
    // Wrappers of the main text are layout, whatever their class says (id="sidebar" happens).
    if (content && cur !== content && cur.contains(content)) return false;
    const tag = cur.tagName.toUpperCase();
    // <body class="… comments-open"> says nothing about where an element sits.
    if (tag === 'BODY' || tag === 'HTML') return false;
    // An <aside> inside the text's own container is the text's (ebene11.com's date box inside its <article>).
    if ((tag === 'ASIDE' && !content?.contains(cur)) || tag === 'FOOTER' || tag === 'NAV') return true;
    // Class tokens say what a box is; ids are often layout names (id="sidebar" on the text column).
    const cls = cur.getAttribute('class') ?? '';
    if ((cls.length > 1 && COMMENT_TOKEN.test(cls)) || /^(?:comments?|respond|replies|disqus_thread)$/i.test(cur.id) || hasToken(cur, 'itemprop', 'comment')) return true;
  }
  return false;
}
const COMMENT_TOKEN = /(?:^|\s)(?:comments?|commentlist|comment-list|comments-area|comment-body|comment-content|comment-\d+|comment-author[\w-]*|comment-meta[\w-]*|recentcomments|replies|respond|related[\w-]*|sidebar[\w-]*|widget[\w-]*)(?:\s|$)/i;

/**
 * A person icon before a name, in a post's meta line: `<i class="fa fa-user"></i> Jane Doe`,
 * `<span class="glyphicon glyphicon-user"></span> <a>Jane Doe</a>`, `<img src="/icons/user.svg">EFE`. The selector
 * finds candidates; the glyph's class token or the picture's file name decides.
 */
const ICON_CANDIDATES = ['i', 'span', 'em', 'svg'].map(tag => `${tag}[class*="user" i], ${tag}[class*="person" i]`).join(', ') +
  ', img[src*="user" i], img[src*="person" i], img[src*="author" i]';
const ICON_CLASS = /^(?:[a-z]+[-_])?(?:user|person)(?:[-_](?:o|alt|circle|icon|outline|solid|fill|line))?$/i;
const ICON_FILE = /(?:^|\/)(?:icons?[-_]?)?(?:user|person|author)(?:[-_]?(?:icon|o|alt|circle|outline|solid|fill))?\.(?:svg|png|gif|webp)$/i;
/** What a person icon also marks: the reader's own account. */
const ACCOUNT = /^(?:log ?in|log ?ind|sign ?in|sign ?up|register|(?:my )?account|(?:my )?profile|min konto|konto|profil|mein konto|anmelden|mon compte|connexion|mi cuenta|iniciar sesi[oó]n|entrar|accedi)$/i;

function isPersonIcon(el: Element): boolean {
  if ((el.textContent ?? '').trim() !== '') return false;
  if (el.localName === 'img') return ICON_FILE.test((el.getAttribute('src') ?? '').split(/[?#]/)[0] ?? '');
  return (el.getAttribute('class') ?? '').split(/\s+/).some(token => ICON_CLASS.test(token));
}

/** The text after an icon, up to the next icon (the date's calendar) or line break. */
function textAfterIcon(icon: Element): string {
  let start: Element = icon;
  // <span class="icon"><i class="fa fa-user"></i></span> Jane Doe: the wrapper holds only the icon.
  if (!icon.nextSibling && icon.parentElement && (icon.parentElement.textContent ?? '').trim() === '') start = icon.parentElement;
  let out = '';
  for (let n = start.nextSibling, i = 0; n && i < 6; n = n.nextSibling, i++) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (/^(?:i|img|svg|br)$/.test(el.localName) || el.querySelector('i, img, svg')) break;
    }
    out += n.textContent ?? '';
    if (out.length > 100) return '';
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** A name after a person icon in the meta line under the headline or in a date/byline element. */
function iconByline(ctx: PageContext): string[] {
  const scopes = [headerRegion(ctx)[0], ...ctx.scan.dateish.slice(0, 10), ...ctx.scan.authorish.slice(0, 10)];
  for (const scope of scopes) {
    if (!scope || inCommentOrAside(scope, ctx.scan.container)) continue;
    for (const icon of Array.from(scope.querySelectorAll(ICON_CANDIDATES)).slice(0, 5)) {
      if (!isPersonIcon(icon)) continue;
      const name = textAfterIcon(icon);
      if (name.length >= 2 && !ACCOUNT.test(name) && !inCommentOrAside(icon, ctx.scan.container)) return [name];
    }
  }
  return [];
}

/** A label before the writer's name, in a details box: `<li><strong>Author</strong> Julian Tompkin</li>`, `<dt>Forfatter</dt><dd>…`. */
const AUTHOR_LABEL = /^(?:authors?|autor(?:in|en)?|auteurs?|autore|forfattere?|skribent|written by|text|tekst|texte)\s*:?$/i;
const LABEL_TAGS = ['strong', 'b', 'dt', 'th'];

/** A label before the date: `<dt>Datum</dt><dd>12.01.2017</dd>`, `<strong>Date</strong> 10.06.2013`. */
const DATE_LABEL = /^(?:date|datum|dato|published|publiceret|udgivet|veröffentlicht|publié le|fecha|data|päivämäärä)\s*:?$/i;

/** The value a label gives (the next cell, or the text after the label up to a line break or the next label). */
function labelled(ctx: PageContext, labelRe: RegExp): string[] {
  for (const tag of LABEL_TAGS) {
    const els = ctx.doc.getElementsByTagName(tag);
    for (let i = 0; i < els.length && i < 200; i++) {
      const el = els[i] as Element;
      const label = (el.textContent ?? '').trim();
      if (label.length > 20 || !labelRe.test(label) || inCommentOrAside(el, ctx.scan.container)) continue;
      let value = '';
      if (tag === 'dt' || tag === 'th') value = el.nextElementSibling?.textContent ?? '';
      else {
        for (let n = el.nextSibling, k = 0; n && k < 4; n = n.nextSibling, k++) {
          if (n.nodeType === 1 && /^(?:br|strong|b|p|div)$/.test((n as Element).localName)) break;
          value += n.textContent ?? '';
        }
      }
      value = value.replace(/^[\s:]+/, '').replace(/\s+/g, ' ').trim();
      if (value.length >= 2 && value.length <= 80) return [value];
    }
  }
  return [];
}

const regionsOf = new WeakMap<PageContext, Element[]>();
/** The region around the headline where bylines and dates live (h1's ancestors, bounded). */
function headerRegion(ctx: PageContext): Element[] {
  const known = regionsOf.get(ctx);
  if (known) return known;
  const regions: Element[] = [];
  regionsOf.set(ctx, regions);
  const h1 = ctx.headlines.find(h => h.closest('article, main')) ?? ctx.headlines[0] ??
    ctx.scan.headings.find(h => h.tagName.toUpperCase() === 'H2' && (h.textContent ?? '').trim().length > 10) ??
    // No <h1> or <h2>: a heading linking to this very page is the post's (WordPress themes title posts with an <h3> permalink).
    ctx.scan.headings.find(h => linksHere(ctx, h));
  let el: Element | null = h1?.parentElement ?? null;
  for (let i = 0; el && i < 3; i++, el = el.parentElement) {
    // Not <body> or <html>: their children are the page's layout, and <head> holds the <title>
    // (no byline; a date in the headline would count).
    if (el === ctx.doc.documentElement || el === ctx.doc.body || textContentOf(ctx, el).length > 3000) break;
    regions.push(el);
  }
  return regions;
}

function linksHere(ctx: PageContext, heading: Element): boolean {
  const target = ctx.page ? headingLink(heading, ctx.base)?.target : undefined;
  const path = (url: URL): string => url.pathname.replace(/\/+$/, '');
  return target !== undefined && target.host === ctx.page?.host && path(target) === path(ctx.page) && !isHomePath(target);
}

const openings = new WeakMap<PageContext, string>();
/**
 * The first words of the top-level <article> without its headings (the headline may mention a date).
 * One native textContent (a script walk would wrap every node it passes in the content script's world).
 */
function articleOpening(ctx: PageContext): string {
  const known = openings.get(ctx);
  if (known !== undefined) return known;
  const article = ctx.scan.articles[0];
  let text = article ? cleanText(textContentOf(ctx, article).slice(0, 1500), 1500) : '';
  for (const el of [...ctx.scan.h1, ...ctx.scan.headings.slice(0, 5)]) {
    if (!article?.contains(el)) continue;
    const heading = cleanText(el.textContent ?? '', 400);
    if (heading) text = text.replace(heading, ' ');
  }
  const opening = cleanText(text, 200);
  openings.set(ctx, opening);
  return opening;
}

/**
 * Short texts where bylines and dates are written: the headline's siblings (and its parents'
 * siblings), byline/date-classed elements, and the first and last paragraphs. Each element's
 * text separately: textContent joins "Headline" and "Af Christian" without a space.
 */
export function shortTexts(ctx: PageContext, includeParagraphs = true): string[] {
  const out: string[] = [];
  const add = (el: Element | null | undefined, max = 300, opening = false): void => {
    if (!el || out.length >= 60) return;
    let t = textContentOf(ctx, el).slice(0, 2000).replace(/\s+/g, ' ').trim();
    // A date line that goes on ("Dieser Beitrag wurde am Samstag, 3. Dezember 2011 veröffentlicht und unter … abgelegt.
    // Kommentare sind …", WordPress's old default theme): its opening words.
    if (opening && t.length > max) t = t.slice(0, 160);
    if (!t || t.length > max) return;
    // "<span>By Jane Doe</span><time>May 14, 2013</time>" reads "By Jane DoeMay 14, 2013": its parts apart then.
    if (GLUED.test(t) && el.firstElementChild) t = partsText(el, max);
    out.push(t);
  };
  /** The first `count` children of `parent` (the headline excepted), each, and one level down too: <div class="meta"><span>Af X</span> · <time>…</time></div>. */
  const addChildren = (parent: Element | null | undefined, count: number): void => {
    for (let c = parent?.firstElementChild, n = 0; c && n < count; c = c.nextElementSibling, n++) {
      if (c.tagName.toUpperCase() === 'H1') continue;
      add(c);
      for (let cc = c.firstElementChild, m = 0; cc && m < 8; cc = cc.nextElementSibling, m++) if (cc.tagName.toUpperCase() !== 'H1') add(cc, 200);
    }
  };
  for (const region of headerRegion(ctx)) addChildren(region, 15);
  for (const el of [...ctx.scan.authorish, ...ctx.scan.dateish].slice(0, 20)) if (!inCommentOrAside(el, ctx.scan.container)) add(el, 300, true);
  // The opening words of the <article>, headings left out: "이용민 기자 | 2020-03-04 16:52:59".
  const opening = articleOpening(ctx);
  if (opening && out.length < 60) out.push(opening);
  if (includeParagraphs) {
    const paras = ctx.scan.paragraphs;
    for (const p of [...paras.slice(0, 2), ...paras.slice(-2)]) add(p, 400);
    // The article's own <footer> ("Posted by Alon Zakai."): author information of its section, per HTML.
    addChildren(ctx.scan.articles[0]?.getElementsByTagName('footer')[0], 8);
    // A sign-off after the last <br> of a text written as <br>-separated runs ("이용민 기자").
    const last = paras.at(-1);
    let runs = 0;
    for (let node = last?.lastChild; node && runs < 4; node = node.previousSibling) {
      if (node.nodeType !== 3) continue;
      const raw = node.nodeValue ?? '';
      // A run this long is text, not a sign-off: no need to tidy all of it.
      const t = (raw.length > 1000 ? raw.slice(0, 1000) : raw).replace(/\s+/g, ' ').trim();
      if (t === '') continue;
      runs++;
      if (t.length <= 60) out.push(t);
    }
  }
  return out;
}

/**
 * A personal site with no byline: the person whose name is the site's domain, and whose site the <title>
 * says it is ("Gregory Szorc's Digital Home" on gregoryszorc.com). A brand named like its domain ("Tesla
 * Hunt", "Bitter Kittens" in their copyright lines) is no writer: only the possessive tells a person's own site.
 */
function personalSite(ctx: PageContext): string[] {
  const label = ctx.page ? registrableDomain(ctx.page.hostname).split('.')[0] ?? '' : '';
  if (label.length < 6 || !/^[a-z-]+$/.test(label)) return [];
  const host = label.replace(/-/g, '');
  for (const m of ctx.docTitle.matchAll(PERSON)) {
    const name = m[0];
    if (/^the\s/i.test(name) || normalizeForCompare(name).replace(/[^a-z]/g, '') !== host) continue;
    if (/^['’]s?\s/.test(ctx.docTitle.slice((m.index ?? 0) + name.length))) return [name];
  }
  return [];
}

/**
 * "Headline - by Jane Doe" (Substack), "Headline | by Jane Doe | Medium": the tab's title names the writer.
 * Not its first segment, which is the headline's ("By Grit Alone").
 */
function titleByline(ctx: PageContext): string[] {
  const segments = titleSegments(ctx.docTitle).slice(1);
  const byline = segments.find(t => TITLE_BYLINE.test(t) && t.length <= 80);
  return byline ? [byline] : [];
}

/**
 * In a column beside the text: an id says "sidebar" ("l_sidebar", where 2012's blogs put the Google+ badge,
 * <a rel="author">), and it holds neither the text nor the headline (verfassungsblog.de's id="sidebar" holds both
 * headline and byline).
 */
function inSideColumn(ctx: PageContext, el: Element): boolean {
  for (let cur: Element | null = el.parentElement, i = 0; cur && i < 40 && cur !== ctx.doc.body; cur = cur.parentElement, i++) {
    if (!/sidebar/i.test(cur.id)) continue;
    const content = ctx.scan.container;
    return !(content && cur.contains(content)) && !ctx.scan.h1.some(h => cur?.contains(h));
  }
  return false;
}

/**
 * A lower-case word after "by" is a handle only where the page says whose it is: the blog's own address
 * (jovelstefan.de) or a link to the handle's author page. ("May 14, 2013 by email" names no one.)
 */
function isOwnHandle(ctx: PageContext, handle: string): boolean {
  const h = handle.toLowerCase();
  const label = ctx.page ? registrableDomain(ctx.page.hostname).split('.')[0] ?? '' : '';
  if (label.replace(/-/g, '') === h.replace(/[-_.]/g, '')) return true;
  const page = new RegExp(`/(?:author|authors|user|users|profile|members?)/${h.replace(/[.]/g, '\\.')}/?$`, 'i');
  return ctx.scan.anchors.some(a => page.test(a.getAttribute('href') ?? ''));
}

/** The site's name, or a shortening of it, given as the author. */
function isPublisher(name: string, sites: Set<string>): boolean {
  const n = normalizeForCompare(name).replace(/ /g, '');
  if (n.length < 3) return false;
  for (const s of sites) {
    const site = s.replace(/ /g, '');
    if (site === n || (n.length >= 4 && site.includes(n)) || (site.length >= 5 && n.startsWith(site))) return true;
  }
  return false;
}

export function extractAuthors(ctx: PageContext, siteNames: string[] = []): string[] {
  // The publisher declared in meta tags is the organisation (Deutsche Welle's meta author repeats its meta publisher).
  const publisher = ['publisher', 'dc.publisher', 'dcterms.publisher'].flatMap(k => ctx.meta.get(k) ?? []).filter(v => !/^https?:/i.test(v.trim()));
  const sites = new Set([...siteNames, ...publisher.map(p => cleanMeta(p, 200))].map(normalizeForCompare));
  const sources: (() => string[])[] = [
    () => (ctx.article ? personNames(ctx.article['author'] ?? ctx.article['creator']) : []),
    () => {
      const vals = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl', 'cxenseparse:author', 'twitter:creator:name']
        .flatMap(k => ctx.meta.get(k) ?? [])
        .filter(v => !/^https?:|^\/\/|^@/.test(v.trim()));
      return vals.slice(0, 1);
    },
    () => {
      // Only the authors of the first item: teasers further down carry their own.
      const scope = (el: Element): Element | null => el.parentElement?.closest('[itemscope]') ?? null;
      // An author property of the article's own item counts wherever the page puts it (nicolas.perriault.net: in
      // the <aside> closing its <article>); a comment is an item of its own.
      const els = ctx.scan.itemprop(['author', 'creator']).filter(el => !inCommentOrAside(el, ctx.scan.container) || ARTICLE_ITEMTYPE.test(scope(el)?.getAttribute('itemtype') ?? ''));
      const out: string[] = [];
      const first = els[0] ? scope(els[0]) : null;
      for (const el of els.slice(0, 10)) {
        if (scope(el) !== first) continue;
        const nameEl = ctx.scan.itemprop(['name'], el)[0] ?? null;
        const v = nameEl?.getAttribute('content') ?? nameEl?.textContent ?? el.getAttribute('content') ?? el.textContent ?? '';
        if (v.trim()) out.push(v.slice(0, 200));
      }
      return out;
    },
    () => ctx.scan.anchors.filter(a => hasToken(a, 'rel', 'author') && !inCommentOrAside(a, ctx.scan.container) && !inSideColumn(ctx, a)).slice(0, 5).map(a => textOf(a)),
    () => {
      // Byline/author elements: their links (author pages) or their own short text.
      const out: string[] = [];
      const els = ctx.scan.authorish.slice(0, 10);
      for (const el of els) {
        // "img-author", "photo-credit": who took the picture ("Cortesía"), not who wrote the text.
        if (inCommentOrAside(el, ctx.scan.container) || PICTURE_CLASS.test(el.getAttribute('class') ?? '')) continue;
        // The link with the name, not the portrait before it (<a href="/author/x/"><img alt=…></a> <h5><a …>Name</a></h5>).
        const link = ctx.scan.anchors.find(a => el.contains(a) && AUTHOR_PAGE.test(a.getAttribute('href') ?? '') && (a.textContent ?? '').trim() !== '');
        // Without a link to the author's page, a wrapper ("created_and_author": dateline, byline and contact
        // line) gives way to the byline inside it.
        if (!link && els.some(inner => inner !== el && el.contains(inner) && (inner.textContent ?? '').trim() !== '')) continue;
        const text = link ? textOf(link) : partsText(el, 200);
        if (text.trim().length > 0 && text.trim().length <= 80) out.push(text);
        if (out.length >= 3) break;
      }
      return out.slice(0, 1);
    },
    () => {
      // A visible byline line ("Af Christian", "By Jane Doe") near the headline or at either end of the text.
      for (const t of shortTexts(ctx)) {
        const line = BYLINE_LINE.exec(t);
        if (line?.[1]) {
          // "By Jane Doe, May 14, 2013": the names end where the date starts ("May" is no one's name there).
          const upToDate = withoutDate(t.slice(line.index + line[0].length - line[1].length));
          return [upToDate.length < line[1].length ? upToDate : line[1]];
        }
        const m = REPORTER_SUFFIX.exec(t);
        if (m?.[1]) return [m[1]];
        // "May 14, 2013 by Jane Doe", "Posted on 14. maj 2013 af Christian Lund": a short line naming its writer
        // after a full date (not "Built in 1998 by Jørn Utzon", which gives no day).
        const dated = t.length <= 100 ? DATED_BYLINE.exec(t) ?? DATED_HANDLE.exec(t) : null;
        const date = dated?.[1] ? findTextDate(t) : null;
        if (dated?.[1] && date && date.end <= t.length - dated[1].length && !PICTURE_CREDIT.test(t) && (/^\p{Lu}/u.test(dated[1]) || isOwnHandle(ctx, dated[1]))) return [dated[1]];
      }
      for (const el of ctx.scan.dateish.slice(0, 10)) {
        if (inCommentOrAside(el, ctx.scan.container)) continue;
        const t = textContentOf(ctx, el).slice(0, 300).replace(/\s+/g, ' ').trim();
        // "3 min read · Photo by Jane Doe" credits a picture, not the text.
        const m = t.length <= 120 && !PICTURE_CREDIT.test(t) ? DATED_BYLINE.exec(t) : null;
        if (m?.[1]) return [m[1]];
      }
      return [];
    },
    () => iconByline(ctx),
    () => labelled(ctx, AUTHOR_LABEL),
    () => personalSite(ctx),
    () => titleByline(ctx),
  ];
  for (const [i, source] of sources.entries()) {
    // The publisher's own name as "author" in markup is no byline ("SPIEGEL ONLINE", "Helmholtz Klima");
    // written out above the text ("by Beachbody" on the Beachbody blog) or in the tab's title it is the
    // byline readers see, and on a person's own site (gregoryszorc.com) the publisher is the writer.
    const written = i >= sources.length - 5;
    const names = dedupe(source().flatMap(splitNames)).filter(n => written || !isPublisher(n, sites));
    if (names.length > 0) return names;
  }
  return [];
}

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'article.published', 'published_time',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.issued',
  'dcterms.created', 'dcterms.date', 'dc.date.created', 'sailthru.date', 'parsely-pub-date', 'article_date_original',
  'cxenseparse:recs:publishtime', 'originalpublicationdate', 'datecreated', 'releasedate', 'citation_publication_date',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'dc.date.modified', 'last-modified', 'article.updated', 'modified_time'];

export interface Dates {
  published: string | null;
  modified: string | null;
  /** Where `published` came from: "jsonld", "meta", "itemprop", "time", "text", "title", "url". */
  source: string | null;
}

function firstDate(values: (string | null | undefined)[], monthFirst = false): string | null {
  for (const v of values) {
    const d = parseMachineDate(v, monthFirst);
    if (d) return d;
  }
  return null;
}

/** One of `words` as a whole word (`\b` knows only ASCII letters: "ændret", "publié"). */
const wordsRe = (words: string): RegExp => new RegExp(`(?<![${LETTER}])(?:${words})(?![${LETTER}])`, 'i');
/**
 * "Last updated: 13 July 2020", "Opdateret 3. maj": a date line that names only a change. A line that
 * also says when it was published ("Published 3 May · Updated 5 May") still gives the first date.
 */
const UPDATED_LINE = wordsRe('updated|modified|revised|opdateret|ændret|oppdatert|uppdaterad|aktualisiert|geändert|bijgewerkt|mis à jour|actualizado|atualizado|aggiornato|päivitetty');
const PUBLISHED_WORD = wordsRe('published|posted|udgivet|publiceret|publisert|publicerad|veröffentlicht|gepubliceerd|publié|publicado|pubblicato|julkaistu');

/**
 * `<time class="updated">` (WordPress themes, hAtom), or a time labelled so ("Opdateret <time>"): the last
 * change, unless also marked or labelled published.
 */
function isUpdateTime(t: Element): boolean {
  const cls = t.getAttribute('class') ?? '';
  if (/\b(?:updated|modified)\b/i.test(cls)) return !/\bpublished\b/i.test(cls);
  let label = '';
  for (let n = t.previousSibling, i = 0; n && i < 3 && label.length < 60; n = n.previousSibling, i++) label = (n.textContent ?? '').slice(-60) + label;
  return UPDATED_LINE.test(label) && !PUBLISHED_WORD.test(label);
}

export function extractDates(ctx: PageContext, monthFirst: boolean): Dates {
  const a = ctx.article;
  const times = ctx.scan.times.slice(0, 10).filter(t => !inCommentOrAside(t, ctx.scan.container));
  let modified =
    firstDate([a ? firstString(a['dateModified']) : null], monthFirst) ??
    firstDate(MODIFIED_META.map(k => metaValue(ctx, k)), monthFirst) ??
    firstDate(ctx.scan.itemprop(['datemodified']).slice(0, 3).map(el => el.getAttribute('datetime') ?? el.getAttribute('content'))) ??
    firstDate(times.filter(isUpdateTime).map(t => t.getAttribute('datetime')));
  const result = (published: string | null, source: string): Dates => ({published, modified, source});
  const fromLd = firstDate([a ? firstString(a['datePublished']) : null, a ? firstString(a['dateCreated']) : null], monthFirst);
  if (fromLd) return result(fromLd, 'jsonld');
  // A "published" time equal to the page's expiry is when the page was rendered (silicontap.com sets both to
  // the crawl's minute, above a post of 2014): the dates shown decide then.
  const expires = metaValue(ctx, 'article:expiration_time');
  const fromMeta = firstDate(PUBLISHED_META.map(k => metaValue(ctx, k)).filter(v => !expires || v?.trim() !== expires.trim()), monthFirst);
  if (fromMeta) return result(fromMeta, 'meta');
  const itemprop = ctx.scan.itemprop(['datepublished', 'datecreated'])[0];
  if (itemprop) {
    // <abbr itemprop="datePublished" title="2013-05-14T10:12:00+02:00">10:12 AM</abbr> (Blogger, hAtom).
    const title = itemprop.localName === 'abbr' ? itemprop.getAttribute('title') : null;
    const d = firstDate([itemprop.getAttribute('datetime'), itemprop.getAttribute('content'), title, itemprop.textContent?.slice(0, 200)], monthFirst);
    if (d) return result(d, 'itemprop');
  }
  // <time datetime>: the first one in the article (or the page), skipping comment timestamps and
  // "last updated" times.
  for (const t of times) {
    if (isUpdateTime(t)) continue;
    const d = firstDate([t.getAttribute('datetime')]) ?? parseTextDate(t.textContent ?? '', monthFirst);
    if (d) return result(d, 'time');
  }
  // Dates written near the headline or in date/byline elements; in the text itself only as a
  // dateline at the very start (a date mentioned in a sentence is not the publication date).
  // Lines that name a change; their parts come next ("Opdateret 2. juni" and its "2. juni" on its own).
  const changes: string[] = [];
  for (const t of shortTexts(ctx, false)) {
    const d = parseTextDate(t, monthFirst);
    if (!d) continue;
    if (UPDATED_LINE.test(t) && !PUBLISHED_WORD.test(t)) changes.push(t);
    // The change is the page's last-modified date when nothing declares one.
    if (changes.some(c => c.includes(t))) modified ??= d;
    else return result(d, 'text');
  }
  for (const p of ctx.scan.paragraphs.slice(0, 2)) {
    const d = parseTextDate(textContentOf(ctx, p).trim().slice(0, 30), monthFirst);
    if (d) return result(d, 'text');
  }
  // "Una solución no violenta … - 07.12.2017 - LA NACION": a date that is a segment of the tab title.
  for (const segment of ctx.docTitle.split(/\s+[-–—|·]\s+/).slice(1, 4)) {
    const d = segment.length <= 24 ? parseTextDate(segment, monthFirst) : null;
    if (d) return result(d, 'title');
  }
  for (const value of labelled(ctx, DATE_LABEL)) {
    const d = parseTextDate(value, monthFirst);
    if (d) return result(d, 'text');
  }
  const path = ctx.page?.pathname ?? '';
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|$|-)/.exec(path);
  if (m) {
    const d = parseMachineDate(`${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`);
    if (d) return result(d, 'url');
  }
  return {published: null, modified, source: null};
}
