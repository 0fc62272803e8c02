/** The toolbar button tells, per tab, whether an article was detected there. */
import type {ArticleMetadata} from '../src/article/types';
import browser from '../src/browser';
import {company} from '../src/company';
import {cap} from '../src/text';

export async function showArticle(tabId: number, article: ArticleMetadata | null): Promise<void> {
  const detected = Boolean(article?.isArticle);
  const title = detected
    ? browser.i18n.getMessage('actionTitleArticle', [cap(article!.title, 80)])
    : browser.i18n.getMessage('actionTitleNone');
  await Promise.all([
    browser.action.setBadgeText({tabId, text: detected ? '✓' : ''}),
    browser.action.setTitle({tabId, title}),
    browser.action.setIcon({tabId, path: detected ? ICONS.active : ICONS.inactive}),
    detected ? browser.action.setBadgeBackgroundColor({tabId, color: company.badgeColor}) : undefined,
  ]).catch(() => {
    // The tab closed meanwhile: nothing to mark.
  });
}

const ICONS = {
  active: {16: '/icons/icon-16.png', 32: '/icons/icon-32.png'},
  inactive: {16: '/icons/icon-inactive-16.png', 32: '/icons/icon-inactive-32.png'},
};
