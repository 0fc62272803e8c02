/** Popup entry: the one popup file that talks to the browser. The view is in view.tsx. */
import {render} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import browser from '../src/browser';
import {t, uiLanguage} from '../src/i18n';
import type {GetTabMessage, TabView} from '../src/messages';
import {sanitizeArticle} from '../src/messages';
import {loadSettings, type Settings} from '../src/settings';
import {shareLinks, type ShareLink} from '../src/share/links';
import {Popup, type PopupProps, type PopupState} from './view';

const params = new URLSearchParams(location.search);

async function targetTab(): Promise<number | null> {
  const fromQuery = Number(params.get('tab'));
  if (params.has('tab') && Number.isSafeInteger(fromQuery)) return fromQuery;
  const [tab] = await browser.tabs.query({active: true, currentWindow: true});
  return tab?.id ?? null;
}

async function loadView(): Promise<TabView> {
  // "Share link" from the context menu: the link itself, not the page it is on.
  const link = params.get('link');
  if (link) {
    const article = sanitizeArticle({isArticle: false, url: link, title: params.get('text') || link});
    return article ? {kind: 'page', article} : {kind: 'restricted'};
  }
  const tabId = await targetTab();
  if (tabId === null) return {kind: 'restricted'};
  const message: GetTabMessage = {type: 'get-tab', tabId};
  const view = await browser.runtime.sendMessage(message) as TabView | undefined;
  return view ?? {kind: 'restricted'};
}

const dateFormat = new Intl.DateTimeFormat(uiLanguage(), {dateStyle: 'long'});
function formatDate(iso: string): string {
  // A bare day is a calendar date, not midnight UTC: format it as such in every time zone.
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00` : iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

function App() {
  const [state, setState] = useState<PopupState>({kind: 'loading'});
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<PopupProps['status']>(null);

  useEffect(() => {
    Promise.all([loadView(), loadSettings()]).then(([view, loaded]) => {
      setSettings(loaded);
      setState(view);
    }, () => setState({kind: 'error'}));
  }, []);

  const links = settings && (state.kind === 'article' || state.kind === 'page') ? shareLinks(state.article, settings) : [];

  async function onAction(link: ShareLink, event: MouseEvent) {
    if (link.channel === 'copy') {
      event.preventDefault();
      try {
        await navigator.clipboard.writeText(link.href);
        setStatus({kind: 'copied'});
      } catch {
        setStatus({kind: 'copy-failed'});
      }
      return;
    }
    if (link.href.startsWith('mailto:')) {
      // The mail client opens from the popup's own navigation; then the popup has done its job.
      setTimeout(() => window.close(), 0);
      return;
    }
    event.preventDefault();
    try {
      await browser.tabs.create({url: link.href});
      window.close();
    } catch {
      setStatus({kind: 'open-failed'});
    }
  }

  return <Popup state={state} links={links} t={t} formatDate={formatDate} status={status} onAction={onAction} />;
}

document.documentElement.lang = uiLanguage();
document.title = t('extName');
render(<App />, document.body);

// Escape closes the popup also when it is shown as a window (context menu fallback, tests).
addEventListener('keydown', event => {
  if (event.key === 'Escape') window.close();
});
