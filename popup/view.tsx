/** The popup's view: pure components, no browser APIs (popup/index.tsx talks to the browser). */
import type {ArticleMetadata} from '../src/article/types';
import type {Translate} from '../src/i18n';
import type {TabView} from '../src/messages';
import type {ShareLink} from '../src/share/links';
import {ChannelIcon} from './icons';

export type PopupState = {kind: 'loading'} | {kind: 'error'} | TabView;

export interface PopupProps {
  state: PopupState;
  links: ShareLink[];
  t: Translate;
  /** Formats an ISO date in the user's locale. */
  formatDate: (iso: string) => string;
  status: {kind: 'copied' | 'copy-failed' | 'open-failed'} | null;
  onAction: (link: ShareLink, event: MouseEvent) => void;
}

export function Popup({state, links, t, formatDate, status, onAction}: PopupProps) {
  if (state.kind === 'loading') {
    return <main class="popup" aria-busy="true"><p class="state" role="status">{t('popupLoading')}</p></main>;
  }
  if (state.kind === 'error' || state.kind === 'restricted') {
    const key = state.kind === 'error' ? 'popupError' : 'popupRestricted';
    return <main class="popup"><p class="state state--muted" role="status">{t(key)}</p></main>;
  }
  const {article} = state;
  return (
    <main class="popup">
      <p class={`state ${state.kind === 'article' ? 'state--ok' : 'state--muted'}`} role="status">
        {t(state.kind === 'article' ? 'popupArticleDetected' : 'popupNoArticle')}
      </p>
      <Card article={article} t={t} formatDate={formatDate} detailed={state.kind === 'article'} />
      <nav class="actions" aria-label={t('popupShareActions')}>
        {links.map(link => <Action key={link.channel} link={link} t={t} onAction={onAction} />)}
      </nav>
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

const LABELS = {email: 'shareEmail', facebook: 'shareFacebook', twitter: 'shareX', copy: 'shareCopy', contact: 'shareContact'} as const;

function Action({link, t, onAction}: {link: ShareLink; t: Translate; onAction: PopupProps['onAction']}) {
  const label = link.channel === 'contact'
    ? t('shareContact', link.contact?.name ?? link.contact?.email ?? '')
    : t(LABELS[link.channel]);
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
