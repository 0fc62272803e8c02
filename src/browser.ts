/**
 * The one module that imports webextension-polyfill: every other module takes browser APIs from here.
 * In Chrome it wraps the callback-style `chrome.*` in promises where the browser does not already
 * return them; in Firefox it is a no-op that re-exports the native `browser` object.
 * https://github.com/mozilla/webextension-polyfill#basic-setup-with-module-bundlers
 */
import browser from 'webextension-polyfill';

export default browser;
export type {Runtime, Tabs, Menus, Storage} from 'webextension-polyfill';
