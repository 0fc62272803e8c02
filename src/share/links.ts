/** ArticleMetadata + settings -> share links. Pure: tested without a browser. */
import type {ArticleMetadata} from '../article/types';
import {safeEmail, safeHttpUrl} from '../text';
import {isTextChannel, type Channel, type TextChannel} from './channels';
import {contactTexts, resolveContact, type Contact, type ContactSettings} from './contact';
import {encodeMailtoValue, encodeValue, graphemes, trimTo, xWeight} from './encode';
import {fillTemplate, normalizeHashtags, templateFor} from './templates';
import {withUtm, type UtmSettings} from './utm';

export type ShareArticle = Pick<ArticleMetadata, 'title' | 'url' | 'description' | 'lang' | 'contactEmail' | 'authors'> & Partial<Pick<ArticleMetadata, 'siteName'>>;

export interface ShareSettings extends ContactSettings, UtmSettings {
  xHandle: string;
  mastodonInstance: string;
  hashtags: string;
  templates: Readonly<Record<string, string>>;
}

/** What the popup adds at share time: the selected quote, the user's own edited text, what the browser can do. */
export interface ShareContext {
  quote?: string;
  /** Replaces every channel's template when the user edited the text in the popup. The link is added per channel. */
  text?: string | null;
  /** navigator.share exists here. */
  nativeShare?: boolean;
}

export interface ShareLink {
  channel: Channel;
  /** The share URL; for qr, native and copy the (tagged) article address itself. */
  href: string;
  /** For the contact shortcut: who it goes to. */
  contact?: Contact;
  /** For the system share sheet: the text beside the link. */
  text?: string;
}

/** Mail clients and browsers cut long mailto URIs; 2,000 is the safe ceiling. https://stackoverflow.com/a/13317785 */
export const MAILTO_MAX = 2000;
/** X counts every link as 23 characters (t.co). */
const X_URL_WEIGHT = 23;
export const X_MAX = 280;
/** Bluesky counts graphemes, the link included. Mastodon counts 500 characters, every link as 23. */
export const BLUESKY_MAX = 300;
const MASTODON_MAX = 500;

export function facebookLink(url: string): string {
  // Facebook reads only `u` and takes title, image and description from the page's Open Graph tags.
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeValue(url)}`;
}

const validHandle = (handle: string) => /^\w{1,15}$/.test(handle) ? handle : '';
/** X composes "<text> <url> via @handle": what is left for the text. */
const xBudget = (via: string) => X_MAX - X_URL_WEIGHT - 1 - (via ? ` via @${via}`.length : 0);

export function xLink(title: string, url: string, handle: string): string {
  const via = validHandle(handle);
  const text = trimTo(title, xBudget(via), xWeight);
  return `https://twitter.com/intent/tweet?text=${encodeValue(text)}&url=${encodeValue(url)}${via ? `&via=${via}` : ''}`;
}

/** The post's length as X counts it (link 23, via added), before trimming: the popup's live count. */
export function xCount(text: string, handle: string): number {
  return X_MAX - xBudget(validHandle(handle)) + xWeight(text);
}

/** The post's length as Bluesky counts it: graphemes of the text and the link. */
export function blueskyCount(text: string, url: string): number {
  return graphemes(withLink(text, url)).length;
}

const withLink = (text: string, url: string) => text ? `${text}\n\n${url}` : url;

/** The text (link removed, it goes last) trimmed so that text + link fit `max` as `weigh` counts. */
function fitWithLink(text: string, url: string, max: number, weigh: (text: string) => number, urlWeight: number): string {
  const budget = Math.max(0, max - urlWeight - 2);
  return withLink(trimTo(text, budget, weigh), url);
}

export function linkedinLink(url: string): string {
  // LinkedIn takes only the address; title, image and description come from the page's Open Graph tags.
  return `https://www.linkedin.com/sharing/share-offsite/?url=${encodeValue(url)}`;
}

export function blueskyLink(text: string, url: string): string {
  return `https://bsky.app/intent/compose?text=${encodeValue(fitWithLink(text, url, BLUESKY_MAX, t => graphemes(t).length, graphemes(url).length))}`;
}

/** A host name only (no scheme, path or port tricks), or null. */
export function mastodonHost(instance: string): string | null {
  const host = instance.trim().toLowerCase().replace(/^https:\/\//, '').replace(/\/+$/, '');
  return /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host) ? host : null;
}

export function mastodonLink(instance: string, text: string, url: string): string | null {
  const host = mastodonHost(instance);
  if (!host) return null;
  return `https://${host}/share?text=${encodeValue(fitWithLink(text, url, MASTODON_MAX, t => graphemes(t).length, X_URL_WEIGHT))}`;
}

export function whatsappLink(text: string, url: string): string {
  return `https://wa.me/?text=${encodeValue(withLink(text, url))}`;
}

/**
 * A text channel's message without the link: the template (or the user's edited text) filled, and the
 * link taken out wherever the template put it, because each channel adds it in its own way.
 */
export function shareText(channel: TextChannel, article: ShareArticle, settings: ShareSettings, context: ShareContext = {}, url = article.url): string {
  const text = context.text ?? fillTemplate(templateFor(channel, article.lang, settings.templates), {
    title: article.title,
    url,
    description: article.description ?? '',
    author: article.authors.join(', '),
    site: article.siteName ?? '',
    quote: context.quote ?? '',
    hashtags: normalizeHashtags(settings.hashtags),
  });
  const lines = text.split(url).join('').split('\n').map(line => line.replace(/[^\S\n]+/g, ' ').trim());
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** mailto with only subject and body (RFC 6068); `to` must already be a validated address or empty. */
export function mailtoLink(to: string, subject: string, body: string): string {
  const build = (s: string, b: string) => `mailto:${to}?subject=${encodeMailtoValue(s)}&body=${encodeMailtoValue(b)}`;
  let href = build(subject, body);
  if (href.length <= MAILTO_MAX) return href;
  // Too long: shorten the body first (keeping its last line, the link), then the subject.
  const lines = body.split('\n');
  const tail = lines.pop() ?? '';
  const weigh = (text: string) => encodeMailtoValue(text).length;
  const fixed = build(subject, `\n${tail}`).length;
  const head = trimTo(lines.join('\n').trimEnd(), Math.max(0, MAILTO_MAX - fixed), weigh);
  href = build(subject, head ? `${head}\n${tail}` : tail);
  if (href.length <= MAILTO_MAX) return href;
  const shortSubject = trimTo(subject, Math.max(0, MAILTO_MAX - build('', tail).length), weigh);
  href = build(shortSubject, tail);
  // A pathological URL alone is over the limit: send the subject only rather than a broken link.
  return href.length <= MAILTO_MAX ? href : build(trimTo(subject, MAILTO_MAX - build('', '').length, weigh), '');
}

export function emailLink(article: ShareArticle): string {
  const body = article.description ? `${article.description}\n\n${article.url}` : article.url;
  return mailtoLink('', article.title, body);
}

export function contactLink(article: ShareArticle, settings: ContactSettings): ShareLink | null {
  const contact = resolveContact(article, settings);
  if (!contact || !safeEmail(contact.email)) return null;
  const {subject, body} = contactTexts(article.lang, contact, article.title, article.url);
  return {channel: 'contact', href: mailtoLink(contact.email, subject, body), contact};
}

/** Every enabled channel's link, in the configured order, campaign-tagged per channel; nothing for an unsafe URL. */
export function shareLinks(article: ShareArticle, settings: ShareSettings & {channels: readonly Channel[]}, context: ShareContext = {}): ShareLink[] {
  const pageUrl = safeHttpUrl(article.url);
  if (!pageUrl) return [];
  const links: ShareLink[] = [];
  for (const channel of settings.channels) {
    const url = withUtm(pageUrl, channel, settings);
    const safe = {...article, url};
    const text = isTextChannel(channel) ? shareText(channel, safe, settings, context, url) : '';
    switch (channel) {
      case 'email': links.push({channel, href: mailtoLink('', safe.title, withLink(text, url))}); break;
      case 'linkedin': links.push({channel, href: linkedinLink(url)}); break;
      case 'facebook': links.push({channel, href: facebookLink(url)}); break;
      case 'twitter': links.push({channel, href: xLink(text, url, settings.xHandle)}); break;
      case 'bluesky': links.push({channel, href: blueskyLink(text, url)}); break;
      case 'mastodon': {
        const href = mastodonLink(settings.mastodonInstance, text, url);
        if (href) links.push({channel, href});
        break;
      }
      case 'whatsapp': links.push({channel, href: whatsappLink(text, url)}); break;
      case 'native': if (context.nativeShare) links.push({channel, href: url, text}); break;
      case 'qr':
      case 'copy': links.push({channel, href: url}); break;
      case 'contact': {
        const link = contactLink(safe, settings);
        if (link) links.push(link);
        break;
      }
    }
  }
  return links;
}
