/** The popup's view: pure components, no browser APIs (popup/index.tsx talks to the browser). */
import type {ArticleMetadata} from '../src/article/types';
import type {HistoryEntry} from '../src/history';
import type {Translate} from '../src/i18n';
import type {TabView} from '../src/messages';
import type {Channel} from '../src/share/channels';
import type {ShareLink} from '../src/share/links';
import {ChannelIcon} from './icons';

export type PopupState = {kind: 'loading'} | {kind: 'error'} | TabView;

/**
 * A QR code ready to draw: its size in modules and the SVG path of its dark modules. Encoded by the
 * caller (src/share/qr.ts, loaded only when asked for), so the view does not carry the encoder.
 */
export interface QrDrawing {
  size: number;
  path: string;
}

export interface PopupProps {
  state: PopupState;
  links: ShareLink[];
  t: Translate;
  /** Formats an ISO date in the user's locale. */
  formatDate: (iso: string) => string;
  status: {kind: 'copied' | 'copy-failed' | 'open-failed'} | null;
  onAction: (link: ShareLink, event: MouseEvent) => void;
  /** The editable share text, or null when no shown channel carries a text. */
  composer?: Composer | null;
  /** The newest earlier share of this article, from the local history. */
  sharedBefore?: HistoryEntry | null;
  /** The QR code of the link, once the user asked for it. */
  qr?: QrDrawing | null;
}

export interface Composer {
  text: string;
  onText: (text: string) => void;
  /** Live lengths for the shown length-limited channels, as each network counts them. */
  counts: Array<{channel: 'twitter' | 'bluesky'; count: number; max: number}>;
}

export function Popup({state, links, t, formatDate, status, onAction, composer, sharedBefore, qr}: PopupProps) {
  if (state.kind === 'loading') {
    return <main class="popup" aria-busy="true"><h1 class="visually-hidden">{t('extName')}</h1><p class="state" role="status">{t('popupLoading')}</p></main>;
  }
  if (state.kind === 'error' || state.kind === 'restricted') {
    const key = state.kind === 'error' ? 'popupError' : 'popupRestricted';
    return <main class="popup"><h1 class="visually-hidden">{t('extName')}</h1><p class="state state--muted" role="status">{t(key)}</p></main>;
  }
  const {article} = state;
  return (
    <main class="popup">
      <p class={`state ${state.kind === 'article' ? 'state--ok' : 'state--muted'}`} role="status">
        {t(state.kind === 'article' ? 'popupArticleDetected' : 'popupNoArticle')}
      </p>
      <Card article={article} t={t} formatDate={formatDate} detailed={state.kind === 'article'} />
      {sharedBefore
        ? <p class="shared-before" data-shared-before>{t('popupSharedBefore', [formatDate(sharedBefore.at), channelLabel(sharedBefore.channel, t)])}</p>
        : null}
      {composer ? <ComposerView composer={composer} t={t} /> : null}
      <nav class="actions" aria-label={t('popupShareActions')}>
        {links.map(link => <Action key={link.channel} link={link} t={t} onAction={onAction} />)}
      </nav>
      {qr
        ? (
          <figure class="qr" data-qr>
            <svg viewBox={`0 0 ${qr.size + 8} ${qr.size + 8}`} width="200" height="200" role="img" aria-label={t('popupQrLabel')} shape-rendering="crispEdges">
              <rect width="100%" height="100%" fill="#fff" />
              <path d={qr.path} fill="#000" />
            </svg>
            <figcaption>{t('popupQrCaption')}</figcaption>
          </figure>
        )
        : null}
      <p class="feedback" role="status" aria-live="polite">{status ? t(`status_${status.kind.replace('-', '_')}`) : ''}</p>
    </main>
  );
}

function Card({article, t, formatDate, detailed}: {article: ArticleMetadata; t: Translate; formatDate: PopupProps['formatDate']; detailed: boolean}) {
  const byline = [
    article.authors.length > 0 ? t('cardBy', article.authors.join(', ')) : '',
    detailed && article.published ? formatDate(article.published) : '',
  ].filter(Boolean).join(' · ');
  return (
    <article class="card" lang={article.lang ?? undefined}>
      <div class="card__media">
        {article.image
          ? <img class="card__image" src={article.image} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer"
            onError={event => (event.currentTarget as HTMLImageElement).remove()} />
          : null}
        <span class="card__fallback" aria-hidden="true">{(article.siteName ?? article.title).trim().charAt(0).toUpperCase()}</span>
      </div>
      <div class="card__body">
        {article.siteName ? <p class="card__site">{article.siteName}</p> : null}
        <h1 class="card__title" title={article.title}>{article.title}</h1>
        {byline ? <p class="card__meta">{byline}</p> : null}
        {article.description ? <p class="card__description">{article.description}</p> : null}
      </div>
    </article>
  );
}

function ComposerView({composer, t}: {composer: Composer; t: Translate}) {
  return (
    <div class="composer">
      <label class="composer__label" for="share-text">{t('popupShareText')}</label>
      <textarea id="share-text" class="composer__text" data-composer rows={4} maxLength={2000} value={composer.text}
        onInput={event => composer.onText(event.currentTarget.value)} />
      {composer.counts.length > 0
        ? (
          <p class="composer__counts">
            {composer.counts.map(({channel, count, max}) => (
              <span key={channel} class={`count${count > max ? ' count--over' : ''}`} data-count={channel}>
                {t(channel === 'twitter' ? 'popupCountX' : 'popupCountBluesky', [String(count), String(max)])}
                {count > max ? ` ${t('popupCountOver')}` : ''}
              </span>
            ))}
          </p>
        )
        : null}
    </div>
  );
}

/** The name of each channel (the contact shortcut names its person instead). */
export const LABELS: Record<Exclude<Channel, 'contact'>, string> = {
  email: 'shareEmail', linkedin: 'shareLinkedIn', facebook: 'shareFacebook', twitter: 'shareX', bluesky: 'shareBluesky',
  mastodon: 'shareMastodon', whatsapp: 'shareWhatsApp', qr: 'shareQr', native: 'shareNative', copy: 'shareCopy',
};

function channelLabel(channel: Channel, t: Translate): string {
  return channel === 'contact' ? t('shareContactShort') : t(LABELS[channel]);
}

function Action({link, t, onAction}: {link: ShareLink; t: Translate; onAction: PopupProps['onAction']}) {
  const label = link.channel === 'contact'
    ? t('shareContact', link.contact?.name ?? link.contact?.email ?? '')
    : t(LABELS[link.channel]);
  if (link.channel === 'qr' || link.channel === 'native') {
    // No address to follow: these act in the popup itself.
    return (
      <button type="button" class={`action action--${link.channel}`} data-share={link.channel} onClick={event => onAction(link, event)}>
        <ChannelIcon channel={link.channel} />
        <span>{label}</span>
      </button>
    );
  }
  const external = link.href.startsWith('http') && link.channel !== 'copy';
  return (
    <a
      class={`action action--${link.channel}`}
      data-share={link.channel}
      href={link.href}
      target={external ? '_blank' : undefined}
      rel={external ? 'noopener noreferrer' : undefined}
      title={link.channel === 'contact' ? link.contact?.email : undefined}
      onClick={event => onAction(link, event)}
    >
      <ChannelIcon channel={link.channel} />
      <span>{label}</span>
    </a>
  );
}
