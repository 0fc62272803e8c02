/** Popup entry: the one popup file that talks to the browser. The view is in view.tsx. */
import {render} from 'preact';
import type {ArticleMetadata} from '../src/article/types';
import browser from '../src/browser';
import {lastChannel, loadHistory, recordShare, sharedBefore, withLastFirst, type HistoryEntry} from '../src/history';
import {t, uiLanguage} from '../src/i18n';
import type {GetTabMessage, TabView} from '../src/messages';
import {sanitizeArticle} from '../src/messages';
import {loadSettings, type Settings} from '../src/settings';
import {type Channel, type TextChannel} from '../src/share/channels';
import {BLUESKY_MAX, blueskyCount, shareLinks, shareText, X_MAX, xCount, type ShareContext, type ShareLink} from '../src/share/links';
import {withUtm} from '../src/share/utm';
import {cleanText} from '../src/text';
import {getTab, viewOf} from '../src/tab-store';
import {Popup, type Composer, type PopupProps, type PopupState, type QrDrawing} from './view';

const params = new URLSearchParams(location.search);

// Asked once: the view and the selected text both need it.
const targetTab = (() => {
  let tab: Promise<number | null> | undefined;
  return () => (tab ??= findTargetTab());
})();

async function findTargetTab(): Promise<number | null> {
  const fromQuery = Number(params.get('tab'));
  if (params.has('tab') && Number.isSafeInteger(fromQuery)) return fromQuery;
  const [tab] = await browser.tabs.query({active: true, currentWindow: true});
  return tab?.id ?? null;
}

/** The text selected on the page, for {quote}: read through activeTab (or host access) when the popup opens. */
async function readSelection(): Promise<string> {
  if (params.get('link')) return '';
  try {
    const tabId = await targetTab();
    if (tabId === null) return '';
    const [result] = await browser.scripting.executeScript({target: {tabId}, func: () => String(getSelection() ?? '')});
    return cleanText(result?.result, 500);
  } catch {
    return ''; // A page no extension may read: no quote.
  }
}

/** What the popup needs besides the page: settings, history and the last channel used. */
async function loadExtras() {
  const [settings, history, last] = await Promise.all([loadSettings(), loadHistory(), lastChannel()]);
  return {settings, history, last};
}

/** Social channels first: their short text is the better start for the user's own words than an e-mail's. */
const COMPOSER_ORDER: readonly TextChannel[] = ['twitter', 'bluesky', 'mastodon', 'whatsapp', 'native', 'email'];

async function loadView(): Promise<TabView> {
  // "Share link" from the context menu: the link itself, not the page it is on.
  const link = params.get('link');
  if (link) {
    const article = sanitizeArticle({isArticle: false, url: link, title: params.get('text') || link});
    return article ? {kind: 'page', article} : {kind: 'restricted'};
  }
  const tabId = await targetTab();
  if (tabId === null) return {kind: 'restricted'};
  // Usually the worker already stored the reading: read it directly, without waking the worker.
  const entry = await getTab(tabId);
  if (entry) return viewOf(entry);
  const message: GetTabMessage = {type: 'get-tab', tabId};
  const view = await browser.runtime.sendMessage(message) as TabView | undefined;
  return view ?? {kind: 'restricted'};
}

// Started here, before anything is rendered: the card waits for these reads and nothing else. (Started in
// an effect, they would wait for the first paint, a frame later; Preact runs effects after painting.)
const loaded = Promise.all([loadView(), loadExtras()]);
// The selected text is read from the page itself, a round trip the card need not wait for.
const quoted = readSelection();

const dateFormat = new Intl.DateTimeFormat(uiLanguage(), {dateStyle: 'long'});
function formatDate(iso: string): string {
  // A bare day is a calendar date, not midnight UTC: format it as such in every time zone.
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00` : iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

interface Extras {
  settings: Settings;
  history: HistoryEntry[];
  last: Channel | null;
}

/** Everything the popup shows. */
interface Model {
  state: PopupState;
  extras: Extras | null;
  status: PopupProps['status'];
  /** The user's own text; null until they edit it (until then each channel uses its template). */
  edited: string | null;
  qr: QrDrawing | null;
  /** The text selected on the page, for {quote}. */
  quote: string;
}

let model: Model = {state: {kind: 'loading'}, extras: null, status: null, edited: null, qr: null, quote: ''};

/**
 * The popup is one screen with one state: each change re-renders it from the model (Preact diffs the DOM).
 * No hooks: preact/hooks would add 2.4 KB to the script the popup parses before it can show the card.
 */
function update(changes: Partial<Model>) {
  model = {...model, ...changes};
  render(<App {...model} />, document.body);
}

function App({state, extras, status, edited, qr, quote}: Model) {
  const article = state.kind === 'article' || state.kind === 'page' ? state.article : null;
  const context: ShareContext = {quote, text: edited, nativeShare: typeof navigator.share === 'function'};
  const links = extras && article
    ? shareLinks(article, {...extras.settings, channels: withLastFirst(extras.settings.channels, extras.last)}, context)
    : [];
  const composer = extras && article ? composerFor(article, extras, links, context, text => update({edited: text})) : null;
  const before = extras && article ? sharedBefore(extras.history, article.url)[0] ?? null : null;
  return (
    <Popup state={state} links={links} t={t} formatDate={formatDate} status={status} onAction={onAction}
      composer={composer} sharedBefore={before} qr={qr} />
  );
}

async function onAction(link: ShareLink, event: MouseEvent) {
  const {state, extras, qr} = model;
  const article = state.kind === 'article' || state.kind === 'page' ? state.article : null;
  // Remembered locally (the last channel goes first next time); awaited before the popup closes itself.
  const saved = extras && article
    ? recordShare({url: article.url, title: article.title, channel: link.channel, at: new Date().toISOString()}, extras.settings.keepHistory).catch(() => undefined)
    : Promise.resolve();
  if (link.channel === 'qr') {
    if (qr) {
      update({qr: null});
      return;
    }
    // The encoder is loaded only now: most opens of the popup never draw a QR code.
    const {drawQr} = await import('./qr.js');
    update({qr: drawQr(link.href)});
    return;
  }
  if (link.channel === 'native') {
    // The user may cancel the share sheet (AbortError): that is not an error to report.
    await navigator.share({title: article?.title, text: link.text, url: link.href}).catch(() => undefined);
    return;
  }
  if (link.channel === 'copy') {
    event.preventDefault();
    try {
      await navigator.clipboard.writeText(link.href);
      update({status: {kind: 'copied'}});
    } catch {
      update({status: {kind: 'copy-failed'}});
    }
    return;
  }
  if (link.href.startsWith('mailto:')) {
    // The mail client opens from the popup's own navigation; then the popup has done its job.
    void saved.then(() => setTimeout(() => window.close(), 0));
    return;
  }
  event.preventDefault();
  try {
    await browser.tabs.create({url: link.href});
    await saved;
    window.close();
  } catch {
    update({status: {kind: 'open-failed'}});
  }
}

/** The editable text: filled from the first shown social channel's template; live X and Bluesky counts. */
function composerFor(article: ArticleMetadata, extras: Extras, links: ShareLink[], context: ShareContext, onText: (text: string) => void): Composer | null {
  const shown = new Set(links.map(link => link.channel));
  const first = COMPOSER_ORDER.find(channel => shown.has(channel));
  if (!first) return null;
  const {settings} = extras;
  const text = context.text ?? shareText(first, article, settings, {quote: context.quote});
  const counts: Composer['counts'] = [];
  if (shown.has('twitter')) counts.push({channel: 'twitter', count: xCount(shareText('twitter', article, settings, context), settings.xHandle), max: X_MAX});
  if (shown.has('bluesky')) {
    const url = withUtm(article.url, 'bluesky', settings);
    counts.push({channel: 'bluesky', count: blueskyCount(shareText('bluesky', {...article, url}, settings, context, url), url), max: BLUESKY_MAX});
  }
  return {text, onText, counts};
}

document.documentElement.lang = uiLanguage();
document.title = t('extName');
loaded.then(([state, extras]) => update({state, extras}), () => update({state: {kind: 'error'}}));
void quoted.then(quote => update({quote}));
// "Loading" only when the answer is not there by the first frame. Usually it is, and the card is the first
// thing painted: no flash of the loading text, and no render of it before the reads are even sent.
requestAnimationFrame(() => {
  if (model.state.kind === 'loading') update({});
});

// Escape closes the popup also when it is shown as a window (context menu fallback, tests).
addEventListener('keydown', event => {
  if (event.key === 'Escape') window.close();
});
