/**
 * The contact shortcut: who to write to about the article, and the e-mail's text in the article's
 * language (not the UI's: the reader writes to a Danish company about a Danish post in Danish).
 */
import type {ArticleMetadata} from '../article/types';
import {isCompanyHost} from '../company';
import {safeEmail} from '../text';

export interface ContactSettings {
  contactName: string;
  contactEmail: string;
  preferArticleContact: boolean;
  companyDomains: string[];
}

export interface Contact {
  email: string;
  /** A first name or full name to greet, or null when only the address is known. */
  name: string | null;
}

const TEXTS = {
  da: {
    subject: (title: string) => `Kaffeaftale: ${title}`,
    greeting: (name: string | null) => name ? `Hej ${name}` : 'Hej',
    body: (title: string, url: string) => `Jeg har læst dit indlæg "${title}" og vil gerne høre mere. Har du tid til en uforpligtende kaffeaftale?\n\n${url}`,
    closing: 'Venlig hilsen',
  },
  en: {
    subject: (title: string) => `Coffee meeting: ${title}`,
    greeting: (name: string | null) => name ? `Hi ${name}` : 'Hello',
    body: (title: string, url: string) => `I read your article "${title}" and would like to hear more. Do you have time for a no-obligation coffee meeting?\n\n${url}`,
    closing: 'Kind regards',
  },
} as const;

export type ContactLanguage = keyof typeof TEXTS;

export function contactLanguage(lang: string | null): ContactLanguage {
  // Norwegian and Swedish readers read Danish well; the company writes in Danish.
  return lang && /^(?:da|nb|nn|no|sv)\b/i.test(lang) ? 'da' : 'en';
}

/** The article's own company address when allowed and valid, else the configured default. */
export function resolveContact(article: Pick<ArticleMetadata, 'contactEmail' | 'authors'>, settings: ContactSettings): Contact | null {
  const fromArticle = safeEmail(article.contactEmail);
  const domainOk = (email: string) => isCompanyHost(email.split('@')[1] ?? '', settings.companyDomains);
  const defaultEmail = safeEmail(settings.contactEmail);
  const email = settings.preferArticleContact && fromArticle && domainOk(fromArticle) ? fromArticle : defaultEmail;
  if (!email) return null;
  if (email === defaultEmail && settings.contactName.trim()) return {email, name: settings.contactName.trim()};
  return {email, name: nameFromAddress(email, article.authors)};
}

/** "christian@…" -> "Christian"; an author whose first name matches the local part wins. */
function nameFromAddress(email: string, authors: readonly string[]): string | null {
  const local = email.split('@')[0] ?? '';
  const author = authors.find(name => name.split(/\s+/)[0]?.toLowerCase() === local.split(/[._-]/)[0]);
  if (author) return author.split(/\s+/)[0] ?? null;
  const first = local.split(/[._-]/)[0] ?? '';
  return /^\p{L}{2,}$/u.test(first) ? first[0]!.toUpperCase() + first.slice(1) : null;
}

export function contactTexts(lang: string | null, contact: Contact, title: string, url: string): {subject: string; body: string} {
  const texts = TEXTS[contactLanguage(lang)];
  return {
    subject: texts.subject(title),
    body: `${texts.greeting(contact.name)}\n\n${texts.body(title, url)}\n\n${texts.closing}\n`,
  };
}
