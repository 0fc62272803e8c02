/** UI strings come from _locales (never hard-coded), in the browser's UI language. */
import browser from './browser';

export type Translate = (key: string, substitutions?: string | string[]) => string;

export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
