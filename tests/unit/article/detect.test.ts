import {describe, expect, it} from 'vitest';
import {extract, prose} from './helpers';

const BASE = 'https://www.seismonaut.com';

describe('article detection', () => {
  it('takes og:type=article plus prose as an article', () => {
    const m = extract(`<head><meta property="og:type" content="article"></head><body><h1>T</h1><article>${prose(6)}</article></body>`, `${BASE}/blog/a-post-about-things`);
    expect(m.isArticle).toBe(true);
    expect(m.signals).toContain('og:type=article');
  });

  it('takes microdata BlogPosting as a signal', () => {
    const m = extract(`<body><div itemscope itemtype="http://schema.org/BlogPosting"><h1 itemprop="headline">T</h1>${prose(4)}</div></body>`, `${BASE}/x`);
    expect(m.signals).toContain('microdata:article');
    expect(m.isArticle).toBe(true);
  });

  it('takes prose split by <br> (old CMS markup) as an article', () => {
    const line = 'En lang linje tekst om ledelse og digitale værktøjer, som fylder mere end tres tegn i alt her.';
    const m = extract(`<body><h1>Gammel side</h1><div>${Array.from({length: 30}, () => line).join('<br><br>')}</div></body>`, `${BASE}/blog/gammel-side-om-ledelse`);
    expect(m.isArticle).toBe(true);
  });

  it.each([
    ['/', 'url:home'],
    ['/blog', 'url:section'],
    ['/blog/category/ledelse', 'url:listing'],
    ['/tag/ledelse', 'url:listing'],
    ['/blog/page/2', 'url:listing'],
    ['/search?q=ledelse', 'url:listing'],
    ['/contact', 'url:utility'],
    ['/kontakt', 'url:utility'],
    ['/login', 'url:utility'],
  ])('counts the URL shape %s against an article', (path, signal) => {
    const m = extract(`<body><h1>Page</h1><p>Short text about this page.</p></body>`, `${BASE}${path}`);
    expect(m.signals).toContain(signal);
    expect(m.isArticle).toBe(false);
  });

  it('adds up paragraphs that a page builder wraps one by one (Elementor, Divi), but not a lone lead set apart', () => {
    const p = 'This paragraph is part of the body of a long article, and it talks about the way teams work together when the tools change every month and the customers expect answers at once.';
    const widgets = Array.from({length: 10}, () => `<div class="elementor-widget-text-editor"><div class="elementor-widget-container"><p>${p}</p></div></div>`).join('');
    const elementor = extract(`<title>Leading in a digital age</title><div class="elementor-widget-wrap"><div class="elementor-widget-heading"><div class="elementor-widget-container"><h1>Leading in a digital age</h1></div></div>${widgets}</div>`, `${BASE}/blog/leading-in-a-digital-age`);
    expect(elementor.isArticle).toBe(true);
    expect(elementor.signals.some(s => /^text:(?:medium|long)\(/.test(s))).toBe(true);
    // "widget" is Elementor's word for every block; its sidebar widget is still a sidebar.
    const sidebar = widgets.replaceAll('elementor-widget-text-editor', 'elementor-widget elementor-widget-sidebar');
    expect(extract(`<title>Leading</title><h1>Leading</h1><div class="elementor-widget-wrap">${sidebar}</div>`, `${BASE}/blog/leading-in-a-digital-age`).signals.some(s => s.startsWith('text-soft:'))).toBe(true);
    // One wrapper is a lead or a teaser on its own: five teaser cards stay five short texts.
    const cards = Array.from({length: 5}, (_, i) => `<div class="card"><div class="teaser"><p>${p}</p></div><a href="/blog/post-${i}">Read more</a></div>`).join('');
    expect(extract(`<title>Blog</title><h1>Blog</h1><div class="grid">${cards}</div>`, `${BASE}/blog/`).isArticle).toBe(false);
  });

  it('measures the article\'s paragraphs, not one teaser\'s 3,000-character description below it (twoa.ac.nz)', () => {
    const long = 'The programme returns for a third season with young women joining the young men this year. '.repeat(34);
    const m = extract(`<body><h1>School of Hard Knocks returns</h1><article>${prose(10)}</article>
      <ul class="events-listing"><li><h1><a href="/news/other">Other article</a></h1><p>${long}</p></li></ul></body>`, `${BASE}/news-events/2018/04/19/school-of-hard-knocks-returns`);
    expect(m.signals).toContain('text:medium(1760)');
    expect(m.isArticle).toBe(true);
  });

  it('rewards dated and post-like URLs', () => {
    expect(extract('<body></body>', `${BASE}/2013/05/ledelse-i-den-digitale-tidsalder`).signals).toContain('url:dated');
    expect(extract('<body></body>', `${BASE}/blog/ledelse`).signals).toContain('url:post');
    // Jekyll's and ikiwiki's file names carry the day.
    expect(extract('<body></body>', `${BASE}/blog/2020-10-18-cdpath-replacement/`).signals).toContain('url:dated');
    expect(extract('<body></body>', `${BASE}/blog/2020-10-cdpath-replacement/`).signals).not.toContain('url:dated');
    // WordPress's "/%year%/%postname%/", and not a year's archive.
    expect(extract('<body></body>', `${BASE}/2018/midp-emulator-und-brick-challenge/`).signals).toContain('url:dated');
    expect(extract('<body></body>', `${BASE}/2018/`).signals).not.toContain('url:dated');
    expect(extract('<body></body>', `${BASE}/2018/page-2/`).signals).not.toContain('url:dated');
  });

  it('takes a three-line news brief in the item\'s articleBody for an article, among boxes of links', () => {
    const box = (name: string) => `<article class="box"><h2>${name}</h2><ul>${Array.from({length: 6}, (_, i) => `<li><h3><a href="/sport/2020/07/2${i}/news-${name}-${i}.html">Headline number ${i} of the ${name} box with some words</a></h3></li>`).join('')}</ul></article>`;
    const page = (items: string) => `<head><meta property="og:type" content="article"><meta property="article:section" content="Calcio"></head><body>${items}${box('calcio')}${box('tennis')}${box('basket')}</body>`;
    const brief = `<article itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Serie A, gli arbitri della 33ma giornata</h1><time datetime="2020-07-28">28 luglio 2020</time><div itemprop="articleBody" class="news-txt"><p>(ANSA) - ROMA, 28 LUG - Sarà Ghersini l'arbitro di Cagliari-Juventus, in campo domani sera alle 21.45, 18ma partita del girone di ritorno in Serie A. Lazio-Brescia è stata affidata a Massimi. (ANSA).</p></div></article>`;
    const url = 'https://www.ansa.it/sito/notizie/sport/calcio/2020/07/28/ghersini-dirige-cagliari-juve_c708a8fb.html';
    const m = extract(page(brief), url);
    expect(m.isArticle).toBe(true);
    expect(m.signals).toContain('microdata:article-body');
    // Three briefs marked alike are a listing.
    expect(extract(page(brief + brief + brief), url).signals).not.toContain('microdata:article-body');
  });

  it('takes <h1>s among the text\'s paragraphs for its sections (Markdown), not for many headlines', () => {
    const text = (h: string) => `<div id="content"><header><h1>CDPATH replacements</h1></header><p>${'After reading this post I figured I might as well improve my setup. '.repeat(3)}</p>` +
      ['What I use now', 'Shell jumpers', 'References'].map(t => `<${h}>${t}</${h}><p>${'It works well from the shell, but it is very static and does not work in Emacs. '.repeat(3)}</p>`).join('') + '</div>';
    expect(extract(text('h1')).signals).toContain('html:h1');
    expect(extract(text('h1')).signals).not.toContain('html:many-h1');
    // Teasers each with its own <h1>, each in its own box, are many headlines.
    const teasers = Array.from({length: 3}, (_, i) => `<div class="teaser"><h1>Post ${i}</h1><p>${'A teaser of a post on this blog. '.repeat(3)}</p></div>`).join('');
    expect(extract(`<div id="content">${teasers}</div>`).signals).toContain('html:many-h1');
  });

  it('is not fooled by five <article> teasers with long-ish summaries', () => {
    const teaser = (i: number) => `<article><h2><a href="/blog/p${i}">Post number ${i} about leadership</a></h2><p>${'A teaser sentence that runs on for a while to look like a real paragraph. '.repeat(3)}</p><a href="/blog/p${i}">Read more</a></article>`;
    const m = extract(`<body><h1>Insights</h1>${[1, 2, 3, 4, 5].map(teaser).join('')}</body>`, `${BASE}/insights/leadership-and-digital-tools`);
    expect(m.isArticle).toBe(false);
  });

  it('does not take a login page for an article', () => {
    const m = extract(`<body><h1>Log ind</h1><form><input name="user"><input type="password" name="pw"></form></body>`, `${BASE}/bruger/konto`);
    expect(m.isArticle).toBe(false);
    expect(m.signals).toContain('form:password');
  });

  it('does not take a product page with a long description for an article', () => {
    const m = extract(`<head><meta property="og:type" content="product"><meta property="product:price:amount" content="99"></head><body><div itemscope itemtype="https://schema.org/Product"><h1>Sejlersko</h1>${prose(6)}</div></body>`, `${BASE}/shop/sejlersko-blaa-herre-model`);
    expect(m.isArticle).toBe(false);
  });

  // A forum thread: a short opening post and the talk in reply wrappers, each signed and dated; one
  // member pasted a long text, so the longest prose on the page sits in a reply.
  const reply = (i: number) => `<li class="Item ItemComment"><div class="Comment"><div class="Item-Header CommentHeader"><span class="Author"><a href="/profile/u${i}">member${i}</a></span> <span class="MItem DateCreated"><time datetime="2015-05-${String(10 + i).padStart(2, '0')}T07:54:10+00:00">May ${10 + i}</time></span></div><div class="Message">${i === 3 ? prose(16) : `<p>${'I would rather sit somewhere with a view of the sea, and a long cold drink that someone else has made for me. '.repeat(3)}</p>`}</div></div></li>`;

  it('does not take a forum thread for an article, even one that says og:type=article', () => {
    const m = extract(`<head><meta property="og:type" content="article"></head><body><h1>Open chat 11 - the lounge is open</h1><div class="Discussion"><p>Where shall we drink today?</p></div><ul class="Comments">${Array.from({length: 14}, (_, i) => reply(i)).join('')}</ul></body>`, `${BASE}/discussion/868/open-chat-11-the-lounge-is-open`);
    expect(m.signals).toEqual(expect.arrayContaining(['og:type=article', expect.stringMatching(/^text-soft:long/), expect.stringMatching(/^listing:many-items/)]));
    expect(m.isArticle).toBe(false);
  });

  it('still takes a long post followed by many signed, dated comments for an article', () => {
    const m = extract(`<head><meta property="og:type" content="article"></head><body><h1>Leadership in the digital age</h1><article>${prose(8)}</article><section id="comments"><ul class="Comments">${Array.from({length: 14}, (_, i) => reply(i)).join('')}</ul></section></body>`, `${BASE}/blog/leadership-in-the-digital-age`);
    expect(m.isArticle).toBe(true);
  });

  it('takes a short post at its own dated permalink (the slug spells the title) for an article', () => {
    const page = '<head><title>Das Ministerium für Club-Kultur informiert… | Die PARTEI Lübeck</title></head><body><header><h1>Die PARTEI Lübeck</h1></header><div class="post"><h2>Das Ministerium für Club-Kultur informiert…</h2><img src="/plakat.jpg" alt=""><p>Am Samstag lädt das Ministerium zur großen Sause ins Rathaus. Eintritt frei.</p></div></body>';
    const post = extract(page, 'https://die-partei.example/luebeck/2012/05/31/das-ministerium-fur-club-kultur-informiert/');
    expect(post.signals).toEqual(expect.arrayContaining(['url:dated', 'url:permalink']));
    expect(post.isArticle).toBe(true);
    // The same page at a dated address that names something else is not vouched for by its address.
    const other = extract(page, 'https://die-partei.example/luebeck/2012/05/31/wahlplakate-und-termine-im-mai/');
    expect(other.signals).not.toContain('url:permalink');
    expect(other.isArticle).toBe(false);
  });

  it('counts one byline once, however many author-classed parts it has (Ghost\'s byline has 11)', () => {
    const byline = '<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/jane/" class="author-avatar"><img class="author-profile-image" src="/content/images/jane.jpg" alt="Jane Doe"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/jane/">Jane Doe</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2019-05-01">May 1, 2019</time><span class="byline-reading-time">3 min read</span></div></div></section></div>';
    const m = extract(`<head><title>Why we moved to Ghost</title></head><body><main><article class="article post"><header class="article-header"><h1 class="article-title">Why we moved to Ghost</h1>${byline}</header><section class="gh-content">${prose(7)}</section></article></main></body>`, 'https://blog.acme.test/why-we-moved-to-ghost/');
    expect(m.signals.some(s => s.startsWith('listing:many-items'))).toBe(false);
    expect(m.isArticle).toBe(true);
    expect(m.authors).toEqual(['Jane Doe']);
    // The writer's portrait in the byline is not the article's picture.
    expect(m.image).toBeNull();
  });

  it('does not take an archive page showing one post in full for an article; the post\'s own page is one', () => {
    const post = (heading: string) => `<article class="post hentry"><header>${heading}<time class="entry-date published" datetime="2019-03-12">12. marts 2019</time></header><div class="entry-content">${prose(8)}</div></article>`;
    const archive = extract(`<body><main><h1 class="page-title">Kategori: Ledelse</h1>${post('<h2 class="entry-title"><a href="/2019/03/12/tillid-er-den-nye-kontrol/">Tillid er den nye kontrol</a></h2>')}</main></body>`, `${BASE}/ledelse/`);
    expect(archive.signals).toContain('listing:post-elsewhere');
    expect(archive.isArticle).toBe(false);
    // On its own page the title links to itself.
    const own = extract(`<body><main>${post('<h1 class="entry-title"><a href="/2019/03/12/tillid-er-den-nye-kontrol/">Tillid er den nye kontrol</a></h1>')}</main></body>`, `${BASE}/2019/03/12/tillid-er-den-nye-kontrol/`);
    expect(own.signals).not.toContain('listing:post-elsewhere');
    expect(own.isArticle).toBe(true);
    // A link-blog post's title links to its subject on another site; a byline links to the writer.
    const linked = extract(`<body><main>${post('<h1><a href="https://other.example/the-story">The story elsewhere</a></h1>')}</main></body>`, `${BASE}/ledelse/the-story-elsewhere`);
    expect(linked.signals).not.toContain('listing:post-elsewhere');
    const writer = extract(`<body><main>${post('<h2><a rel="author" href="/in/ramya">Ramya Joseph</a></h2>')}</main></body>`, `${BASE}/pulse/how-can-ai-change-financial-services`);
    expect(writer.signals).not.toContain('listing:post-elsewhere');
  });

  it('counts a shop\'s product address against an article', () => {
    for (const path of ['/products/blue-sailing-shoe', '/dp/B0011UCPM4', '/buecher/produkt_produktdetails/37219-12_wege', '/produkt/sejlersko-blaa']) {
      expect(extract(`<body><h1>Sejlersko</h1>${prose(4)}</body>`, `${BASE}${path}`).signals).toContain('url:product');
    }
    expect(extract(`<body><h1>T</h1>${prose(4)}</body>`, `${BASE}/blog/how-we-build-products-people-love`).signals).not.toContain('url:product');
  });

  it('keeps confidence in 0..1 and consistent with the decision', () => {
    for (const html of ['<body></body>', `<body><h1>T</h1>${prose(10)}</body>`]) {
      const m = extract(html, `${BASE}/blog/some-long-post-slug-here`);
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
      expect(m.isArticle).toBe(m.confidence >= 0.5);
    }
  });
});
