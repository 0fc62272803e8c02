/**
 * Share texts: templates per channel and per language with {placeholders}. Pure: tested without a browser.
 * A line whose placeholders all came out empty is dropped, so one default template reads well with and
 * without a selected quote, a description or hashtags.
 */
import type {TextChannel} from './channels';
import {contactLanguage, type ContactLanguage} from './contact';

export const PLACEHOLDERS = ['title', 'url', 'description', 'author', 'site', 'quote', 'hashtags'] as const;
export type Placeholder = typeof PLACEHOLDERS[number];
export type TemplateValues = Record<Placeholder, string>;
export type TemplateLanguage = ContactLanguage;
export const TEMPLATE_LANGUAGES: readonly TemplateLanguage[] = ['da', 'en'];
/** Long enough for an e-mail body, short enough that all templates fit one storage.sync item (8 KB). */
export const TEMPLATE_MAX = 500;

const SOCIAL = '"{quote}"\n\n{title} {hashtags}\n\n{url}';
export const DEFAULT_TEMPLATES: Record<TemplateLanguage, Record<TextChannel, string>> = {
  da: {
    email: 'Jeg tænkte, at du måske ville finde denne artikel interessant:\n\n"{quote}"\n\n{description}\n\n{url}',
    // X and the system share sheet take the link separately.
    twitter: '"{quote}"\n\n{title} {hashtags}',
    native: '"{quote}"\n\n{title}',
    bluesky: SOCIAL,
    mastodon: SOCIAL,
    whatsapp: '{title}\n\n"{quote}"\n\n{url}',
  },
  en: {
    email: 'I thought you might find this article interesting:\n\n"{quote}"\n\n{description}\n\n{url}',
    twitter: '"{quote}"\n\n{title} {hashtags}',
    native: '"{quote}"\n\n{title}',
    bluesky: SOCIAL,
    mastodon: SOCIAL,
    whatsapp: '{title}\n\n"{quote}"\n\n{url}',
  },
};

export const templateKey = (channel: TextChannel, lang: TemplateLanguage) => `${channel}.${lang}`;

/** The user's (or policy's) template when set, else the default, in the article's language. */
export function templateFor(channel: TextChannel, articleLang: string | null, custom: Readonly<Record<string, string>>): string {
  const lang = contactLanguage(articleLang);
  const own = custom[templateKey(channel, lang)];
  return own && own.trim() ? own : DEFAULT_TEMPLATES[lang][channel];
}

const TOKEN = /\{([a-z]+)\}/g;

/** Placeholder names in `template` that are not known (typos, shown on the options page). */
export function unknownPlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(TOKEN)].map(match => match[1]!).filter(name => !(PLACEHOLDERS as readonly string[]).includes(name)))];
}

/** Fills the placeholders; unknown ones stay as written so a typo is visible in the preview. */
export function fillTemplate(template: string, values: Partial<TemplateValues>): string {
  const lines = template.replace(/\r\n?/g, '\n').split('\n').flatMap(line => {
    let placeholders = 0;
    let filled = 0;
    const text = line.replace(TOKEN, (token, name: string) => {
      if (!(PLACEHOLDERS as readonly string[]).includes(name)) return token;
      placeholders++;
      const value = (values[name as Placeholder] ?? '').trim();
      if (value) filled++;
      return value;
    });
    return placeholders > 0 && filled === 0 ? [] : [text.replace(/[^\S\n]+/g, ' ').trim()];
  });
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** "ledelse, #digital x" -> "#ledelse #digital #x"; anything that is not a hashtag is dropped. */
export function normalizeHashtags(text: string): string {
  return text.split(/[\s,]+/).map(tag => tag.replace(/^#+/, '')).filter(tag => /^[\p{L}\p{N}_]{1,50}$/u.test(tag)).map(tag => `#${tag}`).join(' ');
}
