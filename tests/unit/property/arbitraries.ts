/**
 * fast-check arbitraries for hostile pages: text, URLs, e-mail addresses, JSON-LD and whole documents
 * built from them. Shared by the property tests in this folder (not a test file itself).
 */
import fc from 'fast-check';
import {expect} from 'vitest';

/** Fixed seed: a failure is reproducible; change it deliberately to explore further. */
export const SEED = 20_240_607;

/** Runs a property with the fixed seed and logs how many cases were generated (the closing note asks for it). */
export function check<T extends unknown[]>(name: string, arbitraries: {[K in keyof T]: fc.Arbitrary<T[K]>}, predicate: (...args: T) => void, numRuns: number): number {
  let cases = 0;
  const property = fc.property(...(arbitraries as unknown as [fc.Arbitrary<unknown>]), ((...args: T) => {
    cases++;
    predicate(...args);
  }) as never);
  fc.assert(property, {seed: SEED, numRuns, endOnFailure: true});
  console.log(`[property] ${name}: ${cases} generated cases (seed ${SEED}, numRuns ${numRuns})`);
  expect(cases).toBeGreaterThanOrEqual(numRuns);
  return cases;
}

// ---- text ---------------------------------------------------------------------------------------

const EVIL_PIECES = [
  '\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c', '\u200b', '\ufeff',
  '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u009b', '\r', '\n', '\r\n', '\t', '\u2028', '\u2029', '\u00a0',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '<b>bold</b>', '<p>Teaser', '&lt;i&gt;', '&amp;oacute;',
  '&#x202e;', '&#0;', '&#x110000;', '&#55357;', '&', '<', '>', '"', "'", '`', '\\', '%0D%0A', '%00',
  '__proto__', 'constructor', 'prototype', '{{7*7}}', '${7*7}', 'javascript:alert(1)',
  '\ud83d', '\ude00', '😀', '👩‍👩‍👧', 'e\u0301', 'ﷺ', '𝕏', 'Ångström', 'Kaffeaftale', 'مرحبا', 'שלום', '漢字', '이용민 기자',
  'By Jane Doe', 'Af Christian Mogensen', '14. maj 2013', '2013-05-14T10:00:00+02:00', 'christian@seismonaut.com',
];

/** Short hostile text: evil pieces, arbitrary code units and ordinary words mixed. */
export const hostileText: fc.Arbitrary<string> = fc.array(fc.oneof(
  {weight: 4, arbitrary: fc.constantFrom(...EVIL_PIECES)},
  {weight: 2, arbitrary: fc.string({unit: 'binary', maxLength: 12})},
  {weight: 2, arbitrary: fc.string({maxLength: 12})},
  {weight: 1, arbitrary: fc.constantFrom('Ledelse', 'i', 'den', 'digitale', 'tidsalder', ' ', '  ', '|', '-', '–', ':')},
), {maxLength: 12}).map(parts => parts.join(''));

/** Huge text: a repeated piece, 5k–60k characters (a title of 60 kB must still come out capped). */
export const hugeText: fc.Arbitrary<string> = fc.tuple(fc.constantFrom('A', 'word ', '\u202eX', '😀', '\u0000', 'é ', '<b>x</b>'), fc.integer({min: 5_000, max: 25_000}))
  .map(([piece, n]) => piece.repeat(Math.ceil(n / piece.length)));

export const anyText: fc.Arbitrary<string> = fc.oneof({weight: 12, arbitrary: hostileText}, {weight: 1, arbitrary: hugeText});

// ---- URLs ---------------------------------------------------------------------------------------

const EVIL_URLS = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(document.domain)', '  java\tscript:alert(1)', '\u0000javascript:alert(1)',
  'java&#x09;script:alert(1)', 'javascript://www.seismonaut.com/%0Aalert(1)', 'data:text/html,<script>alert(1)</script>',
  'data:image/png;base64,iVBORw0KGgo=', 'vbscript:msgbox(1)', 'VBScript:x', 'blob:https://www.seismonaut.com/1b2c',
  'blob:null/abc', 'file:///etc/passwd', 'about:blank', 'chrome://settings', 'chrome-extension://abc/popup.html',
  'moz-extension://abc/x', 'view-source:https://www.seismonaut.com/', 'ftp://www.seismonaut.com/x', 'ws://www.seismonaut.com/',
  'mailto:christian@seismonaut.com', 'tel:+4512345678', 'intent://x#Intent;end', 'jar:file:///x!/y',
  '//evil.example/x', '//www.seismonaut.com/blog/other/', '///evil.example', '\\\\evil.example\\x', '/\\evil.example',
  '/blog/relative-post/', 'relative/path.jpg', '../../up.jpg', '?utm_source=x', '#fragment', '', ' ', '.',
  'https://user:pass@www.seismonaut.com/blog/x', 'https://@www.seismonaut.com/', 'http://[::1]/x', 'http://127.0.0.1:8080/x',
  'http://0x7f.1/', 'https://xn--80ak6aa92e.com/', 'https://аррӏе.com/', 'https://bücher.example/ä', 'https://xn--bcher-kva.example/',
  'https://www.seismonaut.com/blog/x?utm_source=a&fbclid=b&id=3#top', 'https://www.seismonaut.com/', 'https://seismonaut.com/blog/',
  'https://www.seismonaut.com.evil.example/blog/x', 'https://evilseismonaut.com/blog/x', 'https://www.seismonaut.com/%00%0d%0a',
  'https://www.seismonaut.com/blog/\u202etxt.exe', 'http://www.seismonaut.com/blog/ledelse-i-den-digitale-tidsalder/',
  `https://www.seismonaut.com/${'a'.repeat(5000)}`, 'https:', 'http://', 'https://%', 'https://a b/',
];

export const hostileUrl: fc.Arbitrary<string> = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...EVIL_URLS)},
  {weight: 2, arbitrary: fc.webUrl({withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https', 'javascript', 'data', 'vbscript', 'blob', 'file']})},
  {weight: 1, arbitrary: fc.tuple(fc.constantFrom(...EVIL_URLS), hostileText).map(([u, t]) => u + t)},
  {weight: 1, arbitrary: hostileText},
);

/** The page's own address: always http(s) (the content script only runs there), with IDN, punycode, tracking and fragments. */
export const pageUrl: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'https://www.seismonaut.com/blog/ledelse-i-den-digitale-tidsalder/',
    'http://www.seismonaut.com/blog/kontroltab-og-tillid/?utm_source=x&fbclid=y#kommentarer',
    'https://seismonaut.com/',
    'https://blog.seismonaut.com/en/blog/leadership/',
    'https://xn--bcher-kva.example/blog/post',
    'https://bücher.example/blog/ä-ö',
    'https://www.seismonaut.com/blog/%E2%80%AEexe',
    'http://127.0.0.1:8080/blog/x',
  ),
  fc.webUrl({validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true}),
);

// ---- e-mail -------------------------------------------------------------------------------------

const EVIL_EMAILS = [
  'christian@seismonaut.com', 'CHRISTIAN@Seismonaut.COM', 'anna.b+blog@www.seismonaut.com',
  'christian@seismonaut.com?cc=evil@evil.example', 'christian@seismonaut.com?bcc=evil@evil.example&subject=x',
  'christian@seismonaut.com%0D%0ABcc:evil@evil.example', 'christian@seismonaut.com\r\nBcc: evil@evil.example',
  'christian@seismonaut.com%0ABcc%3Aevil%40evil.example', 'evil@evil.example,christian@seismonaut.com',
  'christian@seismonaut.com,evil@evil.example', 'christian@seismonaut.com;evil@evil.example', '"evil@evil.example"@seismonaut.com',
  'christian@seismonaut.com.evil.example', 'christian@evilseismonaut.com', 'chri%73tian@seismonaut.com', 'christian%40seismonaut.com',
  'christian@[127.0.0.1]', 'christian@xn--seismonut-q2a.com', 'christian@seismönaut.com', 'chr\u202eistian@seismonaut.com',
  '<christian@seismonaut.com>', 'Christian <christian@seismonaut.com>', 'christian@seismonaut.com&body=evil',
  'christian@seismonaut.com#x', 'christian@seismonaut.com&to=evil@evil.example', '%', '%ZZ@seismonaut.com', '', '@', 'a@b',
  `${'a'.repeat(300)}@seismonaut.com`, 'javascript:alert(1)//@seismonaut.com', 'a..b@seismonaut.com', '.a@seismonaut.com',
];

export const hostileEmail: fc.Arbitrary<string> = fc.oneof(
  {weight: 5, arbitrary: fc.constantFrom(...EVIL_EMAILS)},
  {weight: 2, arbitrary: fc.emailAddress()},
  {weight: 1, arbitrary: fc.tuple(fc.constantFrom(...EVIL_EMAILS), hostileText).map(([e, t]) => e + t)},
);

export const hostileMailtoHref: fc.Arbitrary<string> = fc.tuple(fc.constantFrom('mailto:', 'MAILTO:', ' mailto:', 'mailto://', ''), hostileEmail).map(([p, e]) => p + e);

// ---- JSON-LD ------------------------------------------------------------------------------------

const jsonString = (value: string) => JSON.stringify(value);

const JSONLD_TEMPLATES: fc.Arbitrary<string>[] = [
  // A plausible article whose every field is hostile.
  fc.record({
    type: fc.constantFrom('BlogPosting', 'Article', 'NewsArticle', 'https://schema.org/BlogPosting', 'WebPage', 'CollectionPage', '__proto__', 'constructor'),
    headline: anyText, description: anyText, author: anyText, url: hostileUrl, image: hostileUrl, date: hostileText, lang: hostileText,
  }).map(r => `{"@context":"https://schema.org","@type":${jsonString(r.type)},"headline":${jsonString(r.headline)},"description":${jsonString(r.description)},` +
    `"author":[{"@type":"Person","name":${jsonString(r.author)}},${jsonString(r.author)}],"url":${jsonString(r.url)},"mainEntityOfPage":{"@id":${jsonString(r.url)}},` +
    `"image":[{"@type":"ImageObject","url":${jsonString(r.image)}},${jsonString(r.image)}],"thumbnailUrl":${jsonString(r.image)},` +
    `"datePublished":${jsonString(r.date)},"dateModified":${jsonString(r.date)},"inLanguage":${jsonString(r.lang)},"publisher":{"name":${jsonString(r.author)}}}`),
  // Prototype pollution attempts, as raw JSON text (an object literal would not create an own "__proto__" key).
  fc.constantFrom(
    '{"__proto__":{"polluted":"yes","isArticle":true},"@type":"BlogPosting","headline":"x"}',
    '{"@type":"BlogPosting","constructor":{"prototype":{"polluted":"yes"}},"headline":"y"}',
    '{"@graph":[{"__proto__":{"polluted":"yes"}},{"@type":"Article","author":{"__proto__":{"polluted":"yes"},"name":"A"}}]}',
    '[{"@type":"BlogPosting","image":{"__proto__":{"url":"javascript:alert(1)"}},"headline":{"__proto__":{"toString":1}}}]',
    '{"@type":"BlogPosting","headline":{"toString":"x","valueOf":"y"},"author":{"name":{"name":{"name":{"name":"deep"}}}}}',
    '{"@type":["BlogPosting",null,1,{"x":1}],"headline":["",null,{"@value":"value"}],"hasPart":{"hasPart":{"hasPart":{}}}}',
  ),
  // Deep nesting, invalid JSON, CMS breakage.
  fc.integer({min: 1, max: 1500}).map(n => `${'['.repeat(n)}{"@type":"BlogPosting","headline":"deep"}${']'.repeat(n)}`),
  fc.integer({min: 1, max: 1000}).map(n => `${'{"@graph":['.repeat(n)}{"@type":"BlogPosting"}${']}'.repeat(n)}`),
  fc.integer({min: 1, max: 500}).map(n => `{"@type":"BlogPosting","mainEntity":${'{"@type":"Article","mainEntity":'.repeat(n)}null${'}'.repeat(n)}}`),
  fc.constantFrom('{', '{"@type":', 'null', '1', '"x"', 'true', '[]', '{}', '<!-- {"@type":"Article"} -->', '//<![CDATA[\n{"@type":"Article","headline":"a\nb"};\n//]]>',
    '{"@type":"Article","headline":"\u0000\u202e"}', '</script><script>alert(1)</script>', 'NaN', '1e999999', '{"a":1e309}'),
  fc.jsonValue({maxDepth: 6}).map(v => JSON.stringify(v)),
  hostileText,
];

export const jsonLdText: fc.Arbitrary<string> = fc.oneof(...JSONLD_TEMPLATES);

// ---- documents ----------------------------------------------------------------------------------

/** Escapes for a double-quoted attribute value: the DOM then holds the hostile text exactly. */
export const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** Escapes for text content. */
export const textNode = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const META_TEXT = ['og:title', 'twitter:title', 'og:description', 'twitter:description', 'description', 'author', 'article:author',
  'og:site_name', 'application-name', 'og:locale', 'content-language', 'dc.title', 'headline', 'article:published_time', 'article:modified_time',
  'date', 'og:type'];
const META_URL = ['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src', 'image', 'thumbnailurl'];

const metaTag = fc.oneof(
  fc.tuple(fc.constantFrom(...META_TEXT), anyText, fc.constantFrom('property', 'name', 'itemprop')).map(([k, v, a]) => `<meta ${a}="${k}" content="${attr(v)}">`),
  fc.tuple(fc.constantFrom(...META_URL), hostileUrl, fc.constantFrom('property', 'name')).map(([k, v, a]) => `<meta ${a}="${k}" content="${attr(v)}">`),
  // HTML inside a meta tag, unescaped: the markup breaks in whatever way the parser decides.
  fc.tuple(fc.constantFrom(...META_TEXT, ...META_URL), hostileText).map(([k, v]) => `<meta property="${k}" content="${v}">`),
  hostileUrl.map(u => `<link rel="canonical" href="${attr(u)}">`),
  hostileUrl.map(u => `<link rel="image_src" href="${attr(u)}">`),
  hostileUrl.map(u => `<base href="${attr(u)}">`),
  jsonLdText.map(j => `<script type="application/ld+json">${j}</script>`),
  anyText.map(t => `<title>${textNode(t)}</title>`),
);

const bodyPiece = fc.oneof(
  anyText.map(t => `<h1>${textNode(t)}</h1>`),
  anyText.map(t => `<h2>${textNode(t)}</h2>`),
  anyText.map(t => `<p>${textNode(t)}</p>`),
  fc.constant('<p>This paragraph is part of the body of a long article, and it talks about the way teams work together when the tools change every month.</p>'),
  fc.tuple(hostileMailtoHref, hostileText).map(([h, t]) => `<p>Skriv til mig: <a href="${attr(h)}">${textNode(t)}</a></p>`),
  hostileEmail.map(e => `<p>Skriv til mig på ${textNode(e)} hvis du vil vide mere om det her emne, så tager vi en kop kaffe.</p>`),
  fc.tuple(hostileUrl, fc.integer({min: 0, max: 2000})).map(([u, w]) => `<img src="${attr(u)}" width="${w}" height="${w}" alt="x">`),
  fc.tuple(hostileText, hostileText).map(([d, t]) => `<time datetime="${attr(d)}">${textNode(t)}</time>`),
  anyText.map(t => `<span class="byline author">${textNode(t)}</span>`),
  hostileUrl.map(u => `<a rel="author" href="${attr(u)}">Jane Doe</a>`),
  fc.integer({min: 1, max: 300}).map(n => `${'<div>'.repeat(n)}<p>nested</p>${'</div>'.repeat(n)}`),
  hostileText, // raw, unescaped: arbitrary markup
  jsonLdText.map(j => `<script type="application/ld+json">${j}</script>`),
);

export interface HostilePage {
  html: string;
  url: string;
}

export const hostilePage: fc.Arbitrary<HostilePage> = fc.record({
  url: pageUrl,
  lang: fc.oneof(fc.constantFrom('da', 'en', 'da-DK', '', 'x'.repeat(300), 'javascript:', '__proto__'), hostileText),
  head: fc.array(metaTag, {maxLength: 14}),
  body: fc.array(bodyPiece, {maxLength: 14}),
  wrap: fc.constantFrom('article', 'main', 'div', 'section'),
}).map(({url, lang, head, body, wrap}) => ({
  url,
  html: `<!doctype html><html lang="${attr(lang)}"><head>${head.join('\n')}</head><body><${wrap}>${body.join('\n')}</${wrap}><footer><a href="mailto:info@seismonaut.com">info</a></footer></body></html>`,
}));
