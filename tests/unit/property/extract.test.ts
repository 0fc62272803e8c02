/**
 * Property: any page (arbitrary HTML, hostile metadata in every field) gives valid metadata from
 * extractArticle: no exception, every URL http(s), text clean and capped, no prototype polluted,
 * and the worker's sanitizer has nothing left to change.
 */
import fc from 'fast-check';
import {JSDOM} from 'jsdom';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {extractArticle} from '../../../src/article/index';
import type {ArticleMetadata} from '../../../src/article/types';
import {LIMITS, parseMessage, sanitizeArticle} from '../../../src/messages';
import {safeEmail} from '../../../src/text';
import {check, hostilePage, jsonLdText, pageUrl, type HostilePage} from './arbitraries';

const COMPANY = ['seismonaut.com'];
const KEYS = ['authors', 'confidence', 'contactEmail', 'description', 'image', 'isArticle', 'lang', 'modified', 'published', 'signals', 'siteName', 'title', 'url'];
// Both sanitizers' sets: controls, bidi embeddings/overrides/isolates/marks, zero-width, BOM.
// eslint-disable-next-line no-control-regex -- asserting their absence
const UNCLEAN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ISO = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Own properties of the built-in prototypes before the run: any addition is pollution. */
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
let snapshot: string[][];
beforeAll(() => {
  snapshot = PROTOTYPES.map(p => Reflect.ownKeys(p).map(String).sort());
});
afterAll(() => {
  expect(PROTOTYPES.map(p => Reflect.ownKeys(p).map(String).sort())).toEqual(snapshot);
});

function assertNotPolluted(): void {
  for (const key of ['polluted', 'isArticle', 'url', 'toString_', 'headline']) {
    expect((({}) as Record<string, unknown>)[key], `Object.prototype.${key}`).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>)[key]).toBeUndefined();
  }
  expect(typeof ({}).toString).toBe('function');
}

function isHttpUrl(value: string): boolean {
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === '' && value === url.href;
}

function assertText(value: string, max: number, what: string): void {
  expect(value.length, `${what} length`).toBeLessThanOrEqual(max);
  expect(value, `${what} is clean`).not.toMatch(UNCLEAN);
  expect(value, `${what} has no lone surrogate`).not.toMatch(LONE_SURROGATE);
  expect(value, `${what} is trimmed`).toBe(value.trim());
}

/** Every invariant the rest of the extension relies on. */
export function assertValidMetadata(m: ArticleMetadata): void {
  expect(Object.keys(m).sort()).toEqual(KEYS);
  expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
  expect(typeof m.isArticle).toBe('boolean');
  expect(Number.isFinite(m.confidence) && m.confidence >= 0 && m.confidence <= 1).toBe(true);
  expect(isHttpUrl(m.url), `url ${m.url}`).toBe(true);
  if (m.image !== null) expect(isHttpUrl(m.image), `image ${m.image}`).toBe(true);
  expect(m.title.length).toBeGreaterThan(0);
  assertText(m.title, LIMITS.title, 'title');
  if (m.description !== null) assertText(m.description, LIMITS.description, 'description');
  if (m.siteName !== null) assertText(m.siteName, LIMITS.name, 'siteName');
  expect(m.authors.length).toBeLessThanOrEqual(LIMITS.authors);
  for (const a of m.authors) assertText(a, LIMITS.name, 'author');
  expect(m.signals.length).toBeLessThanOrEqual(LIMITS.signals);
  for (const s of m.signals) assertText(s, 60, 'signal');
  for (const d of [m.published, m.modified]) if (d !== null) expect(ISO.test(d) && !Number.isNaN(Date.parse(d)), `date ${d}`).toBe(true);
  if (m.lang !== null) expect(m.lang).toMatch(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/);
  if (m.contactEmail !== null) {
    expect(safeEmail(m.contactEmail)).toBe(m.contactEmail);
    expect(m.contactEmail).toMatch(/@(?:[a-z0-9-]+\.)*seismonaut\.com$/);
  }
  // Plain data: survives the message channel unchanged.
  expect(JSON.parse(JSON.stringify(m))).toEqual(m);
}

function extractFrom(page: HostilePage): ArticleMetadata {
  const doc = new JSDOM(page.html, {url: page.url}).window.document;
  return extractArticle(doc, {url: page.url, companyDomains: COMPANY});
}

describe('property: extractArticle on hostile pages', () => {
  it('never throws and always returns valid, clean metadata that the worker accepts unchanged', {timeout: 60_000}, () => {
    check('extractArticle(hostile page) is valid and sanitizer-stable', [hostilePage], page => {
      const m = extractFrom(page);
      assertValidMetadata(m);
      assertNotPolluted();
      // What the worker stores is exactly what the content script read...
      const sanitized = sanitizeArticle(m);
      expect(sanitized).toEqual(m);
      // ...and sanitizing is idempotent.
      expect(sanitizeArticle(sanitized)).toEqual(sanitized);
      const message = parseMessage({type: 'report', pageUrl: page.url, article: m});
      expect(message === null ? null : message.type).toBe(JSON.stringify(m).length + 40 > LIMITS.message ? null : 'report');
    }, 300);
  });

  it('is not polluted by JSON-LD alone (many blocks, deep nesting, __proto__/constructor keys)', {timeout: 60_000}, () => {
    check('JSON-LD blocks cannot pollute prototypes or throw', [fc.array(jsonLdText, {minLength: 1, maxLength: 6}), pageUrl], (blocks, url) => {
      const html = `<head>${blocks.map(b => `<script type="application/ld+json">${b}</script>`).join('')}</head><body><article><p>x</p></article></body>`;
      const m = extractFrom({html, url});
      assertValidMetadata(m);
      assertNotPolluted();
    }, 200);
  });

  it('gives valid metadata even when the document is not one jsdom built from HTML (getters that throw)', {timeout: 60_000}, () => {
    check('extractArticle on a document with throwing getters', [hostilePage, fc.constantFrom('documentElement', 'body', 'head', 'title', 'querySelector', 'querySelectorAll', 'getElementsByTagName', 'firstChild')], (page, prop) => {
      const doc = new JSDOM(page.html, {url: page.url}).window.document;
      Object.defineProperty(doc, prop, {get() { throw new Error('hostile getter'); }});
      const m = extractArticle(doc, {url: page.url, companyDomains: COMPANY});
      assertValidMetadata(m);
    }, 60);
  });
});
