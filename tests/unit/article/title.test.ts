import {describe, expect, it} from 'vitest';
import {stripSiteAffixes} from '../../../src/article/title';
import {extract, prose} from './helpers';

const page = (head: string, body = '') => `<html><head>${head}</head><body>${body}${prose(4)}</body></html>`;

describe('title', () => {
  it('strips a "| Site" suffix named by og:site_name', () => {
    expect(extract(page('<title>Ledelse i den digitale tidsalder | Seismonaut</title><meta property="og:site_name" content="Seismonaut">')).title)
      .toBe('Ledelse i den digitale tidsalder');
    // Old WordPress themes: "Headline ‹ Site", "Site › Headline".
    expect(extract(page('<title>Ledelse i den digitale tidsalder &lsaquo; Seismonaut</title><meta property="og:site_name" content="Seismonaut">')).title).toBe('Ledelse i den digitale tidsalder');
    expect(extract(page('<title>Seismonaut &rsaquo; Ledelse i den digitale tidsalder</title><meta property="og:site_name" content="Seismonaut">')).title).toBe('Ledelse i den digitale tidsalder');
  });

  it('strips a "Site - " prefix recognised from the host name', () => {
    expect(extract(page('<title>Seismonaut - Ledelse i den digitale tidsalder</title>')).title).toBe('Ledelse i den digitale tidsalder');
  });

  it('never cuts a headline that merely contains a dash', () => {
    expect(extract(page('<title>Kontroltab – og hvorfor det er godt | Seismonaut</title>')).title).toBe('Kontroltab – og hvorfor det er godt');
    expect(extract(page('<title>Ledelse - et nyt syn</title>')).title).toBe('Ledelse - et nyt syn');
  });

  it('strips the section between the headline and the site ("| Blog | Seismonaut"), and names the site without it', () => {
    const bare = extract(page('<title>Ledelse i den digitale tidsalder - Blog - Seismonaut</title>'));
    expect(bare.title).toBe('Ledelse i den digitale tidsalder');
    expect(bare.siteName).toBe('Seismonaut');
    const agreeing = extract(page('<title>Ledelse i den digitale tidsalder | Blog | Seismonaut</title>', '<h1>Ledelse i den digitale tidsalder</h1>'));
    expect(agreeing.title).toBe('Ledelse i den digitale tidsalder');
    expect(agreeing.siteName).toBe('Seismonaut');
    // Only beside the site's name: a headline's own last words stay.
    expect(extract(page('<title>Hvorfor vi skriver - Blog</title>')).title).toBe('Hvorfor vi skriver - Blog');
    expect(extract(page('<title>Seismonaut | Nyheder | Ny partner i København</title>')).title).toBe('Ny partner i København');
  });

  it('takes a post\'s <h3> that agrees with the metadata over a masthead <h1> that does not (Tumblr)', () => {
    const tumblr = extract(page('<title>Minecraft 1.8 - The Bountiful Update - Minecraft Update News</title><meta property="og:title" content="Minecraft 1.8 - The Bountiful Update"><meta property="og:site_name" content="Minecraft Update News">',
      '<table><tr><td><h1>Minecraft News</h1></td></tr></table><div class="post text"><h3><a href="/post/96439224994/minecraft-18">Minecraft 1.8 - The Bountiful Update</a></h3></div>'));
    expect(tumblr.title).toBe('Minecraft 1.8 - The Bountiful Update');
    // An <h3> section label that repeats the <title>'s section is no headline (the company's own blog pages).
    const bare = extract(page('<title>Seismonaut - Blog</title>', '<div id="content"><h3>Blog</h3><h1>Kontroltab og tillid i den digitale organisation</h1></div>'), 'http://www.seismonaut.com/blog/kontroltab-og-tillid/');
    expect(bare.title).toBe('Kontroltab og tillid i den digitale organisation');
  });

  it('takes no title from the <h1>s of a menu\'s flyouts (stuttgart.de)', () => {
    const flyouts = Array.from({length: 12}, (_, i) => `<div class="flyout"><h1>Bereich ${i + 1}</h1><p>Neuigkeiten aus dem Bereich.</p></div>`).join('');
    const city = extract(page('<title>Bohnenviertel - Stadt Stuttgart</title>', `<nav>${flyouts}</nav><div id="content"><h1>Bohnenviertel</h1></div>`), 'https://www.stuttgart.example/item/show/132240/1');
    expect(city.title).toBe('Bohnenviertel');
  });

  it('leaves a forum\'s "Thread:" label before the thread\'s title out (vBulletin), and a record\'s "Title:"', () => {
    const thread = extract(page('<title> How to Pollinate a Sarracenia Flower - Page 2</title>', '<h1>Thread: <span class="threadtitle"><a href="/t/93602">How to Pollinate a Sarracenia Flower</a></span></h1>'));
    expect(thread.title).toBe('How to Pollinate a Sarracenia Flower');
    // A record page's field label, written without a space (arXiv's abstract pages).
    expect(extract(page('<title>[1706.03762] Attention Is All You Need</title>', '<h1 class="title"><span class="descriptor">Title:</span>Attention Is All You Need</h1>')).title).toBe('Attention Is All You Need');
    // A colon after more than the one word is a headline's own, and so is a newspaper's "Tema:".
    expect(extract(page('<title>Tema: Digital ledelse | Seismonaut</title>', '<h1>Tema: Digital ledelse</h1>')).title).toBe('Tema: Digital ledelse');
    expect(extract(page('<title>Review thread: what we learned</title>', '<h1>Review thread: what we learned</h1>')).title).toBe('Review thread: what we learned');
  });

  it('leaves a heading\'s permalink sign out (Sphinx "¶", MkDocs and Hugo "#", "§"), not a word linked the same way', () => {
    const h1 = (inner: string) => extract(page('<title>Seismonaut docs</title>', `<h1>${inner}</h1>`)).title;
    expect(h1('<a class="toc-backref" href="#id4">Evolve: Shared Mutable History</a><a class="headerlink" href="#evolve" title="Permalink to this headline">¶</a>')).toBe('Evolve: Shared Mutable History');
    expect(h1('Ledelse i den digitale tidsalder <a class="anchor" href="#ledelse">#</a>')).toBe('Ledelse i den digitale tidsalder');
    expect(h1('<a href="#top" aria-hidden="true">§</a> Ledelse i den digitale tidsalder')).toBe('Ledelse i den digitale tidsalder');
    // Text is kept: a link to the page's own section by name, and a sign that is not a link to the page.
    expect(h1('Ledelse i den <a href="#digital">digitale</a> tidsalder')).toBe('Ledelse i den digitale tidsalder');
    expect(h1('Ledelse og tillid #')).toBe('Ledelse og tillid #');
  });

  it('knows a product\'s name in a domain with a word added (getpebble.com, slackhq.com)', () => {
    const at = (url: string) => extract(page('<title>Pebble - Reset password</title>'), url);
    expect(at('https://auth.getpebble.com/reset').title).toBe('Reset password');
    expect(at('https://auth.getpebble.com/reset').siteName).toBe('Pebble');
    expect(extract(page('<title>Release notes | Slack</title>'), 'https://slackhq.com/release-notes').siteName).toBe('Slack');
    // Any other word is the headline's: "Pebble" is not the name of getapebble.com or pebblestone.com.
    expect(at('https://www.pebblestone.com/reset').title).toBe('Pebble - Reset password');
    expect(at('https://www.getapebble.com/reset').title).toBe('Pebble - Reset password');
  });

  it('leaves the page number of a listing out ("Page 1 of 2", "Side 2 af 5")', () => {
    expect(extract(page('<title>Nyheder - Side 2 af 5 - Seismonaut</title>')).title).toBe('Nyheder');
    expect(extract(page('<title>Mykonos News - Page 1 of 2 | Seismonaut</title>')).title).toBe('Mykonos News');
    // A headline's own words stay.
    expect(extract(page('<title>Page 2 of the Manual Nobody Reads | Seismonaut</title>')).title).toBe('Page 2 of the Manual Nobody Reads');
  });

  it('strips a blog\'s name before a colon (Blogger) when it is the site\'s, never a headline\'s own colon', () => {
    const blogger = extract(page('<title>Seismonauts blog: Ledelse i den digitale tidsalder</title>', '<h3 class="post-title">Ledelse i den digitale tidsalder</h3>'), 'https://seismonaut.blogspot.com/2023/05/ledelse.html');
    expect(blogger.title).toBe('Ledelse i den digitale tidsalder');
    // A blog named unlike its address: the masthead <h1> that links home names it.
    const masthead = extract(page('<title>Fastersite: A better timer for JavaScript</title>', '<h1 class="title"><a href="http://gent.ilcore.com/">Fastersite</a></h1><h3 class="post-title">A better timer for JavaScript</h3>'), 'http://gent.ilcore.com/2012/06/better-timer-for-javascript.html');
    expect(masthead.title).toBe('A better timer for JavaScript');
    expect(masthead.siteName).toBe('Fastersite');
    expect(blogger.siteName).toBe('Seismonauts blog');
    expect(extract(page('<title>Strategi: ikke bare en plan</title>')).title).toBe('Strategi: ikke bare en plan');
    // The host's name further in is someone's account there, not the site.
    expect(extract(page('<title>Tesla on Instagram: “The first Model 3”</title>'), 'https://www.instagram.com/p/BWUDBntl3_Z').title).toBe('Tesla on Instagram: “The first Model 3”');
    // A front page keeps its title whole.
    expect(extract(page('<title>Seismonaut: Strategi og ledelse</title>'), 'https://www.seismonaut.com/').title).toBe('Seismonaut: Strategi og ledelse');
  });

  it('takes "by <writer>" in the <title> for the writer, never for the site (Substack, Medium)', () => {
    const substack = extract(page('<title>Ledelse i den digitale tidsalder - by Christian Lund</title>', '<h1>Ledelse i den digitale tidsalder</h1>'), 'https://seismonaut.substack.com/p/ledelse');
    expect(substack.title).toBe('Ledelse i den digitale tidsalder');
    expect(substack.authors).toEqual(['Christian Lund']);
    expect(substack.siteName).not.toMatch(/Christian/);
    const medium = extract(page('<title>Ledelse i den digitale tidsalder | by Christian Lund | Medium</title>', '<h1>Ledelse i den digitale tidsalder</h1>'), 'https://medium.com/@christian/ledelse-1a2b3c');
    expect(medium.authors).toEqual(['Christian Lund']);
    expect(medium.siteName).toBe('Medium');
    // A headline that starts with "By" is a headline.
    expect(extract(page('<title>By Grit Alone | Seismonaut</title>', '<h1>By Grit Alone</h1>')).authors).toEqual([]);
  });

  it('uses <h1> agreement to find the site part even when the site name is unknown', () => {
    const m = extract(page('<title>Why We Moved - Acme Weekly Musings</title>', '<h1>Why We Moved</h1>'), 'https://blog.example.org/2020/01/why-we-moved');
    expect(m.title).toBe('Why We Moved');
    expect(m.siteName).toBe('Acme Weekly Musings');
  });

  it('prefers the visible <h1> when it agrees with og:title', () => {
    const m = extract(page('<meta property="og:title" content="Digital leadership starts with trust - Seismonaut">', '<h1>Digital leadership starts with trust</h1>'));
    expect(m.title).toBe('Digital leadership starts with trust');
  });

  it('does not take a logo <h1> (the site name) as the title', () => {
    const m = extract(page('<title>A real post title | Seismonaut</title>', '<h1>Seismonaut</h1>'));
    expect(m.title).toBe('A real post title');
  });

  it('reads a heading as shown: screen-reader-only words left out, a hidden separator kept', () => {
    expect(extract(page('<title>Tweet</title>', '<h1>Reuters<span class="u-hiddenVisually">Verified account</span></h1>')).title).toBe('Reuters');
    expect(extract(page('<title>Post</title>', '<h1>Ledelse <span class="screen-reader-text">(opens in new tab)</span><span hidden>Draft</span></h1>')).title).toBe('Ledelse');
    expect(extract(page('<title>Zeit</title>', '<h1><span>Zugverkehr</span><span class="visually-hidden">: </span><span>Im ICE von Frankfurt nach Barcelona</span></h1>')).title)
      .toBe('Zugverkehr: Im ICE von Frankfurt nach Barcelona');
  });

  it('reports what it removed', () => {
    expect(stripSiteAffixes('Post – Section | Example News', ['Example News'], [], []).removed).toEqual(['Example News']);
  });

  it('caps and cleans titles', () => {
    const m = extract(page(`<title>\u202eevil\u202c ${'x'.repeat(500)}</title>`));
    expect(m.title.length).toBeLessThanOrEqual(300);
    expect(m.title).not.toMatch(/[\u202a-\u202e]/);
  });

  it('strips a bracketed site name at the end of the <title>, but not parentheses', () => {
    const m = extract(page('<title>欲張りなイヌ　＜福娘童話集　きょうのイソップ童話＞</title>'), 'https://www.example.jp/douwa/isoppu/inu.htm');
    expect(m.title).toBe('欲張りなイヌ');
    expect(m.siteName).toBe('福娘童話集');
    expect(extract(page('<title>Chapter One [Fan Fiction Archive]</title>'), 'https://archive.example.org/works/1').siteName).toBe('Fan Fiction Archive');
    expect(extract(page('<title>About This Site (Colophon)</title>'), 'https://www.example.net/colophon').title).toBe('About This Site (Colophon)');
    // A bracket that does not name a known site stays.
    expect(extract(page('<title>Release notes [PDF] | Seismonaut</title><meta property="og:site_name" content="Seismonaut">')).title).toBe('Release notes [PDF]');
  });

  it('keeps only the headline of an og:title that runs into the teaser', () => {
    const teaser = 'Leandra Lou schreibt über all die Themen, die echte Fashion Junkies bewegen von A wie Abnehmen bis Z wie Zicke';
    const m = extract(page(`<meta property="og:title" content="Leandra Lou – Der etwas andere Modeblog jetzt auch zwischen Buchdeckeln. ${teaser}">`));
    expect(m.title).toBe('Leandra Lou – Der etwas andere Modeblog jetzt auch zwischen Buchdeckeln');
    // Short titles and abbreviations are never cut.
    expect(extract(page('<title>Why the U.S. Senate Moved. And What Comes Next</title>')).title).toBe('Why the U.S. Senate Moved. And What Comes Next');
  });

  it('keeps the site with a title that is only a month or a year (an archive page)', () => {
    const head = '<meta property="og:site_name" content="Blog Disfraces Jarana">';
    expect(extract(page(`<title>enero 2016 - Blog Disfraces Jarana</title>${head}`), 'https://disfraces.example/blog/2016/01/').title).toBe('enero 2016 - Blog Disfraces Jarana');
    expect(extract(page(`<title>2016 | Seismonaut</title><meta property="og:site_name" content="Seismonaut">`), 'https://www.seismonaut.com/blog/2016/').title).toBe('2016 | Seismonaut');
    expect(extract(page(`<title>Enero, el mes de los disfraces - Blog Disfraces Jarana</title>${head}`)).title).toBe('Enero, el mes de los disfraces');
  });

  it('takes the shorter of two <h1>s when one only adds to the other', () => {
    expect(extract(page('<title>Winterjassen | Ontdek de nieuwe collectie | de Bijenkorf</title>', '<h1>Herenjassen</h1><h1>Herenjassen bij de Bijenkorf</h1>'), 'https://www.debijenkorf.nl/herenmode/jassen').title).toBe('Herenjassen');
  });

  it('with many <h1>s, keeps the <title> that the first one only elaborates on, else takes the first', () => {
    const sections = '<h1>Unsere 3 wichtigsten Maßnahmen zur Nachhaltigkeit im Onlineshop</h1><h1>So funktioniert der Rückversand</h1><h1>So funktioniert der Umtausch</h1>';
    expect(extract(page('<title>Nachhaltigkeit im Onlineshop</title>', sections), 'https://www.shop.example/c/nachhaltigkeit').title).toBe('Nachhaltigkeit im Onlineshop');
    const book = '<h1>Monitoring Distributed Systems</h1><h1>Definitions</h1><h1>Why Monitor?</h1>';
    expect(extract(page('<title>Google - Site Reliability Engineering</title>', book), 'https://sre.example/sre-book/monitoring/').title).toBe('Monitoring Distributed Systems');
  });

  it('drops a phone-number segment from a <title>', () => {
    const m = extract(page('<title>Call Now: 9029469931 | Complete Waterproofing Solution in Mumbai | Chowhan and Sons</title><meta property="og:site_name" content="Chowhan and Sons">'), 'https://www.chowhan.example/');
    expect(m.title).toBe('Complete Waterproofing Solution in Mumbai');
  });

  it('titles a front page that leads with the site by the site\'s name', () => {
    expect(extract(page('<title>Lokalavisen.dk: Regionale nyheder & lokale nyheder</title>', '<h1>Stor brand i nat</h1>'), 'https://lokalavisen.dk/').title).toBe('Lokalavisen.dk');
    expect(extract(page('<title>Newsportal24.com- Largest Local News Portal</title>', '<h1>Newsportal24.com – Largest Local News Portal</h1>'), 'https://www.newsportal24.com/').title).toBe('Newsportal24.com');
    expect(extract(page('<title>Seismonaut Blog - Tanker om ledelse</title><meta property="og:site_name" content="Seismonaut Blog">'), 'https://www.seismonaut.com/blog/').title).toBe('Seismonaut Blog');
    // A brand that is not the host, followed by a colon, is the whole title (Folha de S.Paulo: Notícias…).
    expect(extract(page('<title>Dagbladet Nord: Nyheder og debat</title>'), 'https://www.nordnyt.example/').title).toBe('Dagbladet Nord: Nyheder og debat');
    // A front page whose <title> is only the site: its one <h1> is the headline.
    expect(extract(page('<title>Anwalt Niemeyer</title>', '<h1>Willkommen!</h1>'), 'https://anwaltniemeyer.de/index.html').title).toBe('Willkommen!');
    // The same <title> on an article keeps leading with the headline.
    expect(extract(page('<title>Lokalavisen.dk: Stor brand i nat</title>'), 'https://lokalavisen.dk/nyheder/2024/stor-brand').title).toBe('Stor brand i nat');
  });
});

describe('a masthead <h1> (the site\'s name, linked home)', () => {
  // Blogger and older WordPress themes: <h1> is the blog's name on every page, the post title an <h3>,
  // and the comments sit beside the post in the page's layout.
  const page = `<head><title>Leading remote teams: What we learned</title><meta property="og:title" content="Leading remote teams: What we learned"></head><body>
    <div class="header"><h1 class="title"><a href="https://acme-notes.blogspot.com/">Acme Notes</a></h1><p class="description">Notes from a small consultancy</p></div>
    <div class="main"><div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting"><h3 class="post-title entry-title" itemprop="name">Leading remote teams: What we learned</h3>
    <div class="post-body entry-content">${prose(4)}</div><div class="post-footer"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope><span itemprop="name">Jane Roe</span></span></span>
    <span class="post-timestamp">at <abbr class="published" itemprop="datePublished" title="2013-05-14T10:12:00+02:00">10:12 AM</abbr></span></div></div>
    <div class="comments" id="comments"><h4>2 comments:</h4><dl><dt class="comment-author">Bob said...</dt><dd><p>Great post!</p></dd><dd class="comment-footer"><span class="comment-timestamp">May 15, 2013 at 9:00 AM</span></dd></dl></div></div></body>`;
  const m = extract(page, 'https://acme-notes.blogspot.com/2013/05/leading-remote-teams-what-we-learned.html');

  it('is the site\'s name, not the headline', () => {
    expect(m.title).toBe('Leading remote teams: What we learned');
    expect(m.siteName).toBe('Acme Notes');
    expect(m.signals).not.toContain('html:h1');
  });

  it('does not lead the byline and date readers to the whole page (a comment\'s date)', () => {
    expect(m.published).toBe('2013-05-14T10:12:00+02:00');
    expect(m.authors).toEqual(['Jane Roe']);
  });
});

describe('site name', () => {
  it('prefers the spelling the <title> shows when it is the declared name', () => {
    expect(extract(page('<title>Angry media won’t buckle | Herald Sun</title><meta property="og:site_name" content="HeraldSun">')).siteName).toBe('Herald Sun');
    expect(extract(page('<title>How AI changes finance | Ramya Joseph | LinkedIn</title><meta property="og:site_name" content="LinkedIn Pulse">')).siteName).toBe('LinkedIn');
    expect(extract(page('<title>Attack stokes instability fears in North Africa - The Washington Post</title><meta property="og:site_name" content="Washington Post">')).siteName).toBe('The Washington Post');
  });

  it('says a name of several words without its domain ending, a one-word one with it', () => {
    expect(extract(page('<title>Le projet de loi sur le renseignement</title><meta property="og:site_name" content="Le Monde.fr">')).siteName).toBe('Le Monde');
    expect(extract(page('<title>Boston news</title><meta property="og:site_name" content="Boston.com">')).siteName).toBe('Boston.com');
  });

  it('takes the segment written as an address when the <title> adds a tagline and no segment is named like the host', () => {
    // Read from a copy elsewhere (or saved without its address): no host to match.
    expect(extract(page('<title>Svømning - alt om svømning og træning i vand - vorespuls.dk</title>', '<h1>Svømning</h1>'), 'https://example.org/sektion/svoemning').siteName).toBe('vorespuls.dk');
  });

  it('never takes a page number for the site ("Стратегии - Part 2")', () => {
    const paged = extract(page('<title>Стратегии - Part 2</title>', '<h1>Стратегии</h1>'), 'http://binarymarket.example/category/strategy/page/2');
    expect(paged.title).toBe('Стратегии');
    expect(paged.siteName).toBe('binarymarket.example');
  });

  it('takes the segment named like the host when the <title> adds a tagline to the site', () => {
    const m = extract(page('<title>Svømning - alt om svømning og træning i vand - vorespuls.dk</title>', '<h1>Svømning</h1>'), 'http://vorespuls.dk/sektion/svoemning');
    expect(m.title).toBe('Svømning');
    expect(m.siteName).toBe('vorespuls.dk');
  });

  it('reads Japanese titles separated by an ASCII colon: headline, section, site', () => {
    const m = extract(page('<title>2016年3月10日の新着:新着情報:激裏情報</title>', '<h1><span>2016年3月10日の新着</span></h1>'), 'http://gekiura.example/news/20160310.html');
    expect(m.title).toBe('2016年3月10日の新着');
    expect(m.siteName).toBe('激裏情報');
    // A colon between Latin words stays a headline's own.
    expect(extract(page('<title>Ratio 3:2 explained</title>', '<h1>Ratio 3:2 explained</h1>')).title).toBe('Ratio 3:2 explained');
  });

  it('reads Chinese titles, separated by underscores: channel, then site', () => {
    const m = extract(page('<title>宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网</title>', '<h1>宇航员在太空中喝酒会怎么样？后果很严重</h1>'), 'http://tech.gmw.cn/2017-03/10/content_23937776.htm');
    expect(m.title).toBe('宇航员在太空中喝酒会怎么样？后果很严重');
    expect(m.siteName).toBe('光明网');
    expect(extract(page('<title>宇航员在太空中喝酒_新浪网</title>', '<h1>宇航员在太空中喝酒</h1>'), 'https://tech.sina.com.cn/d/2017-03-10/doc-1.shtml').siteName).toBe('新浪网');
    // Not between Latin words: an identifier keeps its underscore.
    expect(extract(page('<title>Using snake_case in Python</title>')).title).toBe('Using snake_case in Python');
  });

  it('keeps the declared name when the <title> names a section or edition', () => {
    expect(extract(page('<title>Before and After Product-Market Fit - The Indie Hackers Podcast</title><meta property="og:site_name" content="Indie Hackers">')).siteName).toBe('Indie Hackers');
  });

  it('takes the <title>\'s name over a publisher\'s legal name, and drops the legal form when the <title> has none', () => {
    const publisher = (name: string) => `<script type="application/ld+json">{"@type": "Article", "headline": "Hermitian matrix", "publisher": {"@type": "Organization", "name": "${name}"}}</script>`;
    expect(extract(page(`<title>Hermitian matrix - Wikipedia</title>${publisher('Wikimedia Foundation, Inc.')}`), 'https://en.wikipedia.org/wiki/Hermitian_matrix').siteName).toBe('Wikipedia');
    expect(extract(page(`<title>Hermitian matrix</title>${publisher('Seismonaut ApS')}`)).siteName).toBe('Seismonaut');
    // Only a legal form at the end counts ("Corpus Christi Times" is kept whole).
    expect(extract(page(`<title>Hermitian matrix</title>${publisher('Corpus Christi Times')}`)).siteName).toBe('Corpus Christi Times');
  });

  it('takes the <title>\'s name over a web app\'s name, which names the site only when nothing else does', () => {
    const url = 'https://www.nationalrail.co.uk/service_disruptions/245738.aspx';
    expect(extract(page('<title>National Rail Enquiries -</title><meta name="application-name" content="NRE Live Boards">'), url).siteName).toBe('National Rail Enquiries');
    expect(extract(page('<title>Rail replacement services</title><meta name="application-name" content="NRE Live Boards">'), url).siteName).toBe('NRE Live Boards');
    // A name the site declares as its own still comes first.
    expect(extract(page('<title>National Rail Enquiries -</title><meta property="og:site_name" content="NRE"><meta name="application-name" content="NRE Live Boards">'), url).siteName).toBe('NRE');
    // A native app's card names the app, often someone else's (a forum's Tapatalk plugin), not the site.
    const forum = 'http://www.terraforums.com/forums/showthread.php?93602-How-to-Pollinate-a-Sarracenia-Flower/page2';
    expect(extract(page('<title>How to Pollinate a Sarracenia Flower - Page 2</title><meta name="twitter:app:name:iphone" content="Tapatalk"><meta property="al:ios:app_name" content="Tapatalk">'), forum).siteName).not.toBe('Tapatalk');
  });

  it('takes the <title>\'s name over a declared bare address', () => {
    expect(extract(page('<title>Gabriel Diniz morre em acidente | UOL Entretenimento</title><meta property="og:site_name" content="uol.com.br">'), 'https://entretenimento.uol.com.br/noticias/2019/05/27/x.html').siteName).toBe('UOL Entretenimento');
  });
});
