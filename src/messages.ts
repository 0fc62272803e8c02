/**
 * The typed message protocol shared by every context. Each message is validated on arrival:
 * a content script runs inside a hostile page and may be compromised, so nothing is trusted by shape alone.
 */
import type {ArticleMetadata} from './article/types';
import {cleanLine, safeEmail, safeHttpUrl} from './text';

/**
 * content script -> worker: what the page is. The tab is the sender's, never a field of the message.
 * `pageUrl` is the document's current address: the browser's `sender.url` stays the address the document
 * was loaded with, even after history.pushState.
 */
export interface ReportMessage {type: 'report'; pageUrl: string; article: ArticleMetadata}

/** Two addresses of the same page: a fragment (#kommentarer) moves within it. */
export function samePage(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}
/** popup -> worker: what should the popup show for this tab? */
export interface GetTabMessage {type: 'get-tab'; tabId: number}
/** worker -> content script: the page changed in place (history API); report again. */
export interface RescanMessage {type: 'rescan'}

export type Message = ReportMessage | GetTabMessage | RescanMessage;

/** What the popup shows: an article, another page it may share, or a page no extension may read. */
export type TabView =
  | {kind: 'article'; article: ArticleMetadata}
  | {kind: 'page'; article: ArticleMetadata}
  | {kind: 'restricted'};

export const LIMITS = {title: 300, description: 1000, name: 120, authors: 10, signals: 30, message: 64 * 1024} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Rebuilds an ArticleMetadata from untrusted data: every field re-checked, capped and typed, or null when the core is unusable. */
export function sanitizeArticle(value: unknown): ArticleMetadata | null {
  if (!isRecord(value)) return null;
  const url = safeHttpUrl(value.url);
  const title = cleanLine(value.title, LIMITS.title);
  if (!url || typeof value.isArticle !== 'boolean') return null;
  const optionalLine = (field: unknown, max: number) => cleanLine(field, max) || null;
  const date = (field: unknown) => typeof field === 'string' && ISO_DATE.test(field) && !Number.isNaN(Date.parse(field)) ? field : null;
  const confidence = typeof value.confidence === 'number' && Number.isFinite(value.confidence) ? Math.min(1, Math.max(0, value.confidence)) : 0;
  const strings = (field: unknown, max: number, length: number) => Array.isArray(field)
    ? field.slice(0, max).map(item => cleanLine(item, length)).filter(Boolean)
    : [];
  return {
    isArticle: value.isArticle,
    confidence,
    signals: strings(value.signals, LIMITS.signals, 60),
    title: title || url,
    description: optionalLine(value.description, LIMITS.description),
    authors: strings(value.authors, LIMITS.authors, LIMITS.name),
    published: date(value.published),
    modified: date(value.modified),
    url,
    image: safeHttpUrl(value.image),
    lang: typeof value.lang === 'string' && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value.lang) ? value.lang : null,
    siteName: optionalLine(value.siteName, LIMITS.name),
    contactEmail: safeEmail(value.contactEmail),
  };
}

/** Parses an incoming message; anything unknown, malformed or oversized is null. */
export function parseMessage(value: unknown): Message | null {
  if (!isRecord(value) || typeof value.type !== 'string') return null;
  try {
    if (JSON.stringify(value).length > LIMITS.message) return null;
  } catch {
    return null; // Cycles, BigInt: not a message we sent.
  }
  switch (value.type) {
    case 'report': {
      const article = sanitizeArticle(value.article);
      const pageUrl = safeHttpUrl(value.pageUrl);
      return article && pageUrl ? {type: 'report', pageUrl, article} : null;
    }
    case 'get-tab':
      return Number.isSafeInteger(value.tabId) && (value.tabId as number) >= 0 ? {type: 'get-tab', tabId: value.tabId as number} : null;
    case 'rescan':
      return {type: 'rescan'};
    default:
      return null;
  }
}
