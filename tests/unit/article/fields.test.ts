import {describe, expect, it} from 'vitest';
import {companyEmail} from '../../../src/article/extract';
import {splitNames} from '../../../src/article/byline';
import {resolveLanguage, detectLanguage} from '../../../src/article/lang';
import {cleanText, textOutsideScripts} from '../../../src/article/text';
import {dom, extract, prose} from './helpers';

const DA = 'Det er en tekst på dansk, og den handler om ledelse. Vi har skrevet den for at vise, at man kan se sproget af de små ord, som der er mange af i en almindelig tekst. Hvis man læser den, så kan man også se, at den ikke er skrevet på engelsk, men på dansk.';
const EN = 'This is a text in English, and it is about leadership. We have written it to show that the language can be seen from the small words, of which there are many in an ordinary text.';

describe('contact e-mail', () => {
  it('accepts the company domain and its subdomains, lowercased, without headers', () => {
    expect(companyEmail('mailto:Christian@Seismonaut.com?cc=boss@evil.example&subject=Hej', ['seismonaut.com'])).toBe('christian@seismonaut.com');
    expect(companyEmail('mailto:a@dk.seismonaut.com', ['seismonaut.com'])).toBe('a@dk.seismonaut.com');
  });

  it('rejects other domains, look-alikes and malformed addresses', () => {
    for (const bad of ['mailto:a@evil.example', 'mailto:a@seismonaut.com.evil.example', 'mailto:a@notseismonaut.com', 'mailto:a,b@seismonaut.com', 'mailto:"a b"@seismonaut.com', 'mailto:a@seismonaut', 'mailto:<a@seismonaut.com>', 'mailto:a@@seismonaut.com', 'mailto:%ZZ@seismonaut.com']) {
      expect(companyEmail(bad, ['seismonaut.com'])).toBeNull();
    }
  });

  it('finds a plain address written in the article text', () => {
    const m = extract(`<body><h1>T</h1>${prose(3)}<p>Skriv til mig på christian@seismonaut.com og lav en uforpligtende kaffeaftale, hvis du vil vide mere om det.</p></body>`);
    expect(m.contactEmail).toBe('christian@seismonaut.com');
  });

  it('ignores addresses of other domains and the footer', () => {
    const m = extract(`<body><h1>T</h1>${prose(3)}<p>Write to someone@gmail.com for nothing at all, this is just a sentence to make the paragraph long.</p><footer><a href="mailto:info@seismonaut.com">x</a></footer></body>`);
    expect(m.contactEmail).toBeNull();
  });

  it('is null without company domains', () => {
    expect(extract(`<body>${prose(2)}<p><a href="mailto:a@seismonaut.com">a</a> and more text to make it count as a paragraph here.</p></body>`, undefined, []).contactEmail).toBeNull();
  });
});

describe('authors', () => {
  it('splits and cleans bylines', () => {
    expect(splitNames('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitNames('Af Christian Holm')).toEqual(['Christian Holm']);
    expect(splitNames('Skrevet af Christian')).toEqual(['Christian']);
    expect(splitNames('Von Anna Schmidt | 3. März 2020')).toEqual(['Anna Schmidt']);
    expect(splitNames('https://www.facebook.com/someone')).toEqual([]);
  });

  it('reads a byline whose "By" is glued to the name in the text (<span>By</span><a>Name</a>)', () => {
    expect(splitNames('ByJason Wirth')).toEqual(['Jason Wirth']);
    expect(splitNames('AfChristian Holm')).toEqual(['Christian Holm']);
    // A name that merely starts so is a name.
    expect(splitNames('Byron Smith')).toEqual(['Byron Smith']);
    expect(splitNames('Afton Reed')).toEqual(['Afton Reed']);
  });

  it('leaves the date, the time and what joins them out of a byline', () => {
    expect(splitNames('Af Christian Lund, 14. maj 2013')).toEqual(['Christian Lund']);
    expect(splitNames('Af Christian Lund 14. maj 2013')).toEqual(['Christian Lund']);
    expect(splitNames('Skrevet af Christian Lund den 14. maj 2013')).toEqual(['Christian Lund']);
    expect(splitNames('Af Christian Lund og Mette Holm, 2. juni 2021')).toEqual(['Christian Lund', 'Mette Holm']);
    expect(splitNames('By Jane Doe, May 14, 2013')).toEqual(['Jane Doe']);
    expect(splitNames('By Jane Doe on May 14, 2013')).toEqual(['Jane Doe']);
    expect(splitNames('By Jane Doe Updated 10:30 AM ET, Tue May 14, 2013')).toEqual(['Jane Doe']);
    expect(splitNames('Par Jean de La Fontaine, le 14 mai 2013')).toEqual(['Jean de La Fontaine']);
    expect(splitNames('Von Hans Müller, 14.05.2013, 10:30 Uhr')).toEqual(['Hans Müller']);
    expect(splitNames('Jane Doe, 14.05.2013')).toEqual(['Jane Doe']);
    // The date first, the writer after it.
    expect(splitNames('14. maj 2013 af Christian Lund')).toEqual(['Christian Lund']);
    expect(splitNames('Posted on May 14, 2013 by Jane Doe')).toEqual(['Jane Doe']);
    // Numbers are never part of a name.
    expect(splitNames('By Jane Doe, 5 min read')).toEqual(['Jane Doe']);
    expect(splitNames('By Jane Doe 2 Comments')).toEqual(['Jane Doe']);
    expect(splitNames('Replying to @ Reuters')).toEqual([]);
    // Only beside a date or a time: a name ending like a joining word keeps it.
    expect(splitNames('By Thanh Le')).toEqual(['Thanh Le']);
  });

  it('leaves job titles, employers and datelines after a name out of it, and turns "Surname, Given" around', () => {
    expect(splitNames('By Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
    expect(splitNames('Af Christian Lund, Seismonaut, 14. maj 2013')).toEqual(['Christian Lund']);
    expect(splitNames('By Jane Doe, Tuesday, May 14, 2013')).toEqual(['Jane Doe']);
    expect(splitNames('Af Christian Lund, partner i Seismonaut')).toEqual(['Christian Lund']);
    expect(splitNames('Af Christian Lund, direktør og stifter')).toEqual(['Christian Lund']);
    expect(splitNames('By Jane Doe, CEO at Acme')).toEqual(['Jane Doe']);
    expect(splitNames('Af Christian Lund (partner)')).toEqual(['Christian Lund']);
    expect(splitNames('Af Christian Lund og Mette Holm')).toEqual(['Christian Lund', 'Mette Holm']);
    expect(splitNames('Af Christian Lund / Ritzau')).toEqual(['Christian Lund']);
    expect(splitNames('Posted by Jane Doe in Leadership')).toEqual(['Jane Doe']);
    expect(splitNames('By Jane Doe for The Guardian')).toEqual(['Jane Doe']);
    // An author's note is no byline (Royal Road: <div class="author-note"><p>*****Notes*****</p>…).
    expect(splitNames('*****Notes*****')).toEqual([]);
    // phpBB: "de <strong>peanuts</strong> » Ven 11 Mar 2011 21:36".
    expect(splitNames('de peanuts » Ven 11 Mar 2011 21:36')).toEqual(['peanuts']);
    expect(splitNames('Von Hans Müller für Die Zeit')).toEqual(['Hans Müller']);
    // Names that hold such words keep them.
    expect(splitNames('Organization for Transformative Works')).toEqual(['Organization for Transformative Works']);
    expect(splitNames('Joan Puig i Ferrer')).toEqual(['Joan Puig i Ferrer']);
    expect(splitNames('By Doe, Jane')).toEqual(['Jane Doe']);
    expect(splitNames('Lund, Christian')).toEqual(['Christian Lund']);
    expect(splitNames('Doe, Jane A.')).toEqual(['Jane A. Doe']);
    expect(splitNames('By Jane Doe, John Roe')).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads a byline line and a byline element that carry the date', () => {
    const page = (byline: string) => extract(`<title>Post</title><article><h1>Post</h1>${byline}${prose()}</article>`).authors;
    expect(page('<p>By Jane Doe, May 14, 2013</p>')).toEqual(['Jane Doe']);
    expect(page('<p>Af Christian Lund den 14. maj 2013</p>')).toEqual(['Christian Lund']);
    expect(page('<p>Tekst: Christian Lund</p>')).toEqual(['Christian Lund']);
    // Only with its colon: a line that starts with the word is no byline.
    expect(page('<p>Text Messages Are Changing Everything</p>')).toEqual([]);
    expect(page('<p class="byline">Af Christian Lund, 14. maj 2013</p>')).toEqual(['Christian Lund']);
    // Its parts are apart as shown, not glued as in textContent ("…DoeMay 14").
    expect(page('<div class="byline"><span>By Jane Doe</span><time datetime="2013-05-14">May 14, 2013</time></div>')).toEqual(['Jane Doe']);
    expect(page('<p><span>By Jane Doe</span><time datetime="2013-05-14">May 14, 2013</time></p>')).toEqual(['Jane Doe']);
    // McDonald's capital inside a name is no glue.
    expect(page('<p>By <a href="/people/ronald">Ronald McDonald</a></p>')).toEqual(['Ronald McDonald']);
    // The date first, the writer after it, in a plain line (WordPress's "Posted on … by …").
    expect(page('<p>May 14, 2013 by Jane Doe</p>')).toEqual(['Jane Doe']);
    expect(page('<p>Posted on 14. maj 2013 af Christian Lund</p>')).toEqual(['Christian Lund']);
    // A blogger's handle in lower case, where the page says whose it is: the blog's address, an author page.
    const handle = (byline: string, url: string, more = '') => extract(`<title>Parken in Paris</title><div class="post"><h1>Parken in Paris</h1><small>${byline}</small>${prose()}${more}</div>`, url).authors;
    expect(handle('11.05.2012, 10:22 von jovelstefan', 'http://www.jovelstefan.de/2012/05/11/parken-in-paris/')).toEqual(['jovelstefan']);
    expect(handle('May 14, 2013 by jdoe', 'https://blog.example.org/parken/', '<a href="/author/jdoe/">All posts</a>')).toEqual(['jdoe']);
    expect(handle('May 14, 2013 by email', 'https://blog.example.org/parken/')).toEqual([]);
    // A year is no date: a caption's "Built in 1998 by …" names no writer.
    expect(page('<p>Built in 1998 by Jørn Utzon</p>')).toEqual([]);
    // A wrapper (dateline, byline, contact) gives way to the byline inside it; a link to the author's page wins.
    expect(page('<div class="created_and_author"><div class="created_at">Danmark - 10. marts 2020</div><div class="author">Af Jens Hansen</div><div>Kontakt: <a href="mailto:a@seismonaut.com">a@seismonaut.com</a></div></div>')).toEqual(['Jens Hansen']);
    expect(page('<div class="post-author"><span class="author-by">By</span> <a href="/bio/jane-doe">Jane Doe</a>, Senior Staff Technologist, Privacy Project</div>')).toEqual(['Jane Doe']);
  });

  it('finds the byline of a post written straight into <body> (HubSpot, Webflow templates)', () => {
    const m = extract(`<title>Ledelse</title><nav><a href="/">Forside</a></nav><div class="blog-post"><h1>Ledelse</h1><div class="blog-post__meta"><a class="blog-post__author" href="/blog/author/christian-lund">Christian Lund</a><time class="blog-post__timestamp">14. maj 2023</time></div><div class="blog-post__body">${prose()}</div></div>`);
    expect(m.authors).toEqual(['Christian Lund']);
    expect(m.published).toBe('2023-05-14');
  });

  it('reads "Tekst:" bylines, and no writer in a picture credit alone', () => {
    expect(splitNames('Tekst: Christian Lund')).toEqual(['Christian Lund']);
    expect(splitNames('Tekst og foto: Christian Lund')).toEqual(['Christian Lund']);
    expect(splitNames('Text: Hans Müller')).toEqual(['Hans Müller']);
    expect(splitNames('Foto: Jens Hansen')).toEqual([]);
    expect(splitNames('Photo: Jane Doe')).toEqual([]);
  });

  it('reads the name after a person icon in the post\'s meta line, up to the next icon', () => {
    const post = (meta: string) => extract(`<body><div class="post"><h1>How we pollinate flowers</h1>${meta}<div class="entry">${prose(6)}</div></div></body>`).authors;
    expect(post('<div class="entry-meta"><span><i class="fa fa-user"></i> Jane Doe</span> <span><i class="fa fa-calendar"></i> May 4, 2016</span></div>')).toEqual(['Jane Doe']);
    expect(post('<ul class="post-info"><li><span class="glyphicon glyphicon-user"></span> <a href="/people/jd">Jane Doe</a></li><li><span class="glyphicon glyphicon-time"></span> 4 May 2016</li></ul>')).toEqual(['Jane Doe']);
    expect(post('<p class="details"><i class="icon-user"></i> Jane Doe <i class="icon-calendar"></i> 4 May 2016</p>')).toEqual(['Jane Doe']);
    // A news agency, by an icon file (100noticias.com.ni).
    expect(post('<div class="story-meta"><span><img src="/static/images/icons/user.svg">EFE</span></div>')).toEqual(['EFE']);
    // The reader's own account, a group icon, a user name's class: no writer.
    expect(post('<div class="top-bar"><a href="/login"><i class="fa fa-user"></i> Log in</a></div>')).toEqual([]);
    expect(post('<div class="entry-meta"><i class="fa fa-users"></i> 12 readers</div>')).toEqual([]);
    expect(post('<div class="entry-meta"><span class="username">jdoe</span></div>')).toEqual([]);
  });

  it('reads the name in an author page\'s link text ("View all posts by …")', () => {
    expect(splitNames('View all posts by Daniel Lemire')).toEqual(['Daniel Lemire']);
    expect(splitNames('Alle Beiträge von Hans Müller anzeigen')).toEqual(['Hans Müller']);
    expect(splitNames('Se alle indlæg af Christian Lund')).toEqual(['Christian Lund']);
    expect(splitNames('Voir tous les articles de Marie Curie')).toEqual(['Marie Curie']);
    const post = extract(`<body><article><h1>Parsing JSON at gigabytes per second</h1>${prose(6)}<div class="author-info"><h3>Daniel Lemire</h3><p>A professor. <a class="author-link" href="/blog/author/lemire/" rel="author">View all posts by Daniel Lemire</a></p></div></article></body>`);
    expect(post.authors).toEqual(['Daniel Lemire']);
  });

  it('reads a writer given by a label in a details box: "<strong>Author</strong> Name", <dt>Forfatter</dt>', () => {
    const box = (list: string) => extract(`<body><article><h1>Germany’s wine champion</h1>${prose(6)}</article><div class="group">${list}</div></body>`).authors;
    expect(box('<ul class="smallList"><li><strong>Date</strong> 10.06.2013</li><li><strong>Author</strong> Julian Tompkin</li></ul>')).toEqual(['Julian Tompkin']);
    expect(box('<dl><dt>Udgivet</dt><dd>10. juni 2013</dd><dt>Forfatter</dt><dd>Christian Lund</dd></dl>')).toEqual(['Christian Lund']);
    // A label of something else names no writer.
    expect(box('<ul><li><strong>Related Subjects</strong> Germany, Wine</li></ul>')).toEqual([]);
  });

  it('takes no writer from a meta author that repeats the meta publisher (the organisation)', () => {
    const page = (body: string) => extract(`<head><meta name="publisher" content="Deutsche Welle (www.dw.com)"><meta name="author" content="Deutsche Welle (www.dw.com)"></head><body><article><h1>Germany’s wine champion</h1>${body}${prose(6)}</article></body>`).authors;
    expect(page('')).toEqual([]);
    expect(page('<p class="byline">By Julian Tompkin</p>')).toEqual(['Julian Tompkin']);
  });

  it('takes no CMS default account for a writer (WordPress\'s "admin", Joomla\'s "Super User")', () => {
    expect(splitNames('Super User')).toEqual([]);
    expect(splitNames('admin')).toEqual([]);
    expect(splitNames('Superman Userson')).toEqual(['Superman Userson']);
  });

  it('leaves editors and photographers out of the writers', () => {
    expect(splitNames('Rob Ewaschuk Edited by Betsy Beyer')).toEqual(['Rob Ewaschuk']);
    expect(splitNames('Af Christian Holm, foto af Jens Hansen')).toEqual(['Christian Holm']);
    expect(splitNames('By Jane Doe and John Roe; photos by Ann Poe')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitNames('Photos by Ann Poe')).toEqual([]);
  });

  it('takes the writer, not the template\'s designer (meta "value") nor the photographer ("img-author")', () => {
    const post = extract(`<head><meta name='author' value='Marcin Wojtczuk'/></head><body><div class="post"><h1>Python 3.6.0 is now available!</h1>${prose(3)}<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Ned Deily</span></span></div></div></body>`);
    expect(post.authors).toEqual(['Ned Deily']);
    const pictured = extract(`<body><article><h1>Nicaragua cerró 2021 con deuda externa</h1><div class="box"><img src="/media/x.jpg"><span class="img-author">Cortesía</span></div>${prose(3)}</article></body>`);
    expect(pictured.authors).toEqual([]);
  });

  it('reads an "autor" byline, by the link with the name rather than the portrait before it', () => {
    const byline = '<div class="row entry-autor"><a href="/author/ljazdzewski/" class="li-redakcja"><img src="/u/lj.png" alt="Leszek Jażdżewski"></a><div class="columns"><h5><a href="/author/ljazdzewski/">Leszek Jażdżewski</a></h5><span class="light">28 kwietnia 2021</span></div></div>';
    expect(extract(`<body><div class="row"><div class="columns"><h1>Koncesjonowana opozycja</h1></div><div class="columns">${byline}</div></div><div class="entry">${prose(4)}</div></body>`).authors).toEqual(['Leszek Jażdżewski']);
    expect(extract(`<body><article><h1>Le titre</h1><p class="auteur"><a href="/equipe/marie-curie">Marie Curie</a></p>${prose(4)}</article></body>`).authors).toEqual(['Marie Curie']);
  });

  it('reads meta author but not an article:author URL', () => {
    expect(extract(`<head><meta property="article:author" content="https://facebook.com/x"><meta name="author" content="Mette Frederiksen"></head><body>${prose(2)}</body>`).authors).toEqual(['Mette Frederiksen']);
  });

  it('reads the article item\'s itemprop=author wherever it sits (an <aside> closing the <article>), not a comment\'s', () => {
    const post = (aside: string) => extract(`<body><h1>Hi, I’m Nicolas.</h1><article itemscope itemtype="http://schema.org/BlogPosting"><h2 itemprop="headline">Get your frontend code covered</h2><section>${prose(6)}</section><aside>${aside}</aside></article></body>`).authors;
    expect(post('<p><span class="article-author" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Nicolas Perriault</span> —</span> <time datetime="2013-09-29" itemprop="datePublished">2013-09-29</time></p>')).toEqual(['Nicolas Perriault']);
    expect(post('<div class="comment" itemscope itemtype="http://schema.org/Comment"><span itemprop="author">Jane Reader</span>: nice post!</div>')).toEqual([]);
  });

  it('reads rel=author and itemprop=author', () => {
    expect(extract(`<body><a rel="author" href="/people/ann">Ann Lee</a>${prose(2)}</body>`).authors).toEqual(['Ann Lee']);
    expect(extract(`<body><span itemprop="author" itemscope><span itemprop="name">Bo Bye</span></span>${prose(2)}</body>`).authors).toEqual(['Bo Bye']);
  });

  it('takes no writer from the columns beside the text: a Google+ badge, a "recent comments" widget', () => {
    const sidebar = '<div id="l_sidebar"><ul><li><div class="textwidget"><a href="https://plus.google.com/1149" rel="author"><span>jovelstefan</span><span>on</span></a></div></li></ul></div>' +
      '<div id="r_sidebar"><ul><li><h4>Kommentiertes</h4><ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">Tim</span> bei <a href="/buch/#comment-1">Buch</a></li></ul></li></ul></div>';
    const m = extract(`<body><div id="wrap"><div id="content"><div class="post"><h1>Parken in Paris</h1>${prose(4)}</div></div>${sidebar}</div></body>`);
    expect(m.authors).toEqual([]);
    // The text's own column may be called so (verfassungsblog.de: id="sidebar" holds headline and byline).
    const own = extract(`<body><div id="sidebar"><h1>The First Decade</h1><a rel="author" href="/author/admin/">Maximilian Steinbeis</a></div><div class="text">${prose(4)}</div></body>`);
    expect(own.authors).toEqual(['Maximilian Steinbeis']);
  });

  it('looks one level further out for the byline when nothing is found beside the text (sn.dk\'s nested containers)', () => {
    const m = extract(`<body><div class="article"><div class="article_1"><div class="headline">Forstærket håb løfter Norwegian-aktie</div>
      <div class="created_and_author"><div class="created_at">Erhverv - 02. januar 2020 kl. 10:21</div><div class="author">Af Ritzau</div></div>
      <div class="one_paragraph"><div class="paragraphContainer number_1"><div class="kodus_paragraph"><p>Det pressede norske luftfartsselskab Norwegian har fået en flyvende start på 2020.</p></div>
      <div class="paragraphContainer number_2">${prose(6)}</div></div></div></div></div></body>`, 'https://sn.dk/Erhverv/Forstaerket-haab/artikel/900368');
    expect(m.authors).toEqual(['Ritzau']);
  });

  it('reads a Danish "Af ..." byline line in the text', () => {
    expect(extract(`<body><div><h1>Indlæg</h1><p>Af Christian</p></div>${prose(3)}</body>`).authors).toEqual(['Christian']);
  });

  it('reads the byline in the article\'s own <footer>, not the site\'s', () => {
    const page = (footer: string) => `<body><main><article><h1>Outside the web</h1>${prose(4)}${footer}</article></main><footer id="footer"><p>Posted by the Webmaster Team</p></footer></body>`;
    expect(extract(page('<footer><div><img alt="" src="/a.jpg"><p>Posted by Alon Zakai.</p></div></footer>')).authors).toEqual(['Alon Zakai']);
    expect(extract(page('')).authors).toEqual([]);
  });

  it('takes the publisher named as author in markup for no byline, but keeps a written "by <publisher>"', () => {
    const head = '<head><meta property="og:site_name" content="The Beachbody Blog"><meta name="author" content="Beachbody"></head>';
    expect(extract(`${head}<body><article><h1>Meal prep</h1>${prose(4)}</article></body>`).authors).toEqual([]);
    expect(extract(`${head}<body><article><h1>Meal prep</h1><p>by Beachbody</p>${prose(4)}</article></body>`).authors).toEqual(['Beachbody']);
    // A person in the markup still comes first.
    expect(extract(`<head><meta property="og:site_name" content="The Beachbody Blog"><meta name="author" content="Ann Lee"></head><body><article><h1>Meal prep</h1><p>by Beachbody</p>${prose(4)}</article></body>`).authors).toEqual(['Ann Lee']);
  });

  it('reads a writer named after the date in a date line, but not a name in the prose', () => {
    const page = (line: string) => `<body><div id="main"><div class="post"><h2>Lupita Nyong'o</h2><h5 class="article-posted-date">${line}</h5><div class="body">${prose(4)}</div></div></div></body>`;
    expect(extract(page('2/26/2015 7:11 AM PST BY TMZ STAFF'), 'http://www.tmz.com/2015/02/26/lupita-dress/').authors).toEqual(['TMZ STAFF']);
    expect(extract(page('Posted on March 3, 2020 by Jane Doe')).authors).toEqual(['Jane Doe']);
    // The name must end the line: a date-classed teaser line is no byline.
    expect(extract(page('March 3, 2020 by Jane Doe and the council, read more')).authors).toEqual([]);
    expect(extract(page('March 3, 2020 · 3 min read · Photo by Jane Doe')).authors).toEqual([]);
    expect(extract(`<body><article><h1>Budget</h1>${prose(3)}<p>The plan was passed in 2019 by Local Authorities</p></article></body>`).authors).toEqual([]);
  });

  it('names the person whose own site it is ("Gregory Szorc\'s Digital Home" on gregoryszorc.com), not a brand', () => {
    const page = (title: string) => `<head><title>${title}</title></head><body><article><h1>Reflections on Python 3</h1>${prose(4)}</article><footer>Copyright (c) 2012- Gregory Szorc</footer></body>`;
    const url = 'https://gregoryszorc.com/blog/2020/01/13/python-3/';
    expect(extract(page('Gregory Szorc\'s Digital Home'), url).authors).toEqual(['Gregory Szorc']);
    // Without the possessive the name may be a brand's (the copyright line alone says nothing).
    expect(extract(page('Gregory Szorc | Digital Home'), url).authors).toEqual([]);
    // Another person's name, or a site that is not named after anyone.
    expect(extract(page('Ann Lee\'s Digital Home'), url).authors).toEqual([]);
  });

  it('reads a reporter\'s sign-off after the last <br> of the text', () => {
    const runs = Array.from({length: 5}, () => '세종시와 세종사회복지공동모금회는 4일 시청 접견실에서 코로나19 극복 지원 특별모금 성금 전달식을 개최했다. 이날 성금 전달식에서는 각각 500만 원의 성금을 기탁했다.').join('<br><br>');
    const m = extract(`<body><h1>코로나19 극복 성금 기탁 줄 잇는다</h1><div class="body">${runs}<br><br>이용민 기자<br><br>&lt;저작권자ⓒ대전일보사. 무단전재-재배포 금지&gt;</div></body>`, 'http://m.daejonilbo.com/mnews.asp?pk_no=1412361');
    expect(m.authors).toEqual(['이용민']);
  });
});

describe('language', () => {
  it('detects Danish and English from the words', () => {
    expect(detectLanguage(DA)?.lang).toBe('da');
    expect(detectLanguage(EN)?.lang).toBe('en');
  });

  it('overrides a wrong <html lang> with the language of the text', () => {
    const m = extract(`<html lang="en"><body><h1>Ledelse</h1>${Array.from({length: 4}, () => `<p>${DA}</p>`).join('')}</body></html>`);
    expect(m.lang).toBe('da');
  });

  it('reads a page without paragraphs by its visible text, not by its scripts and styles', () => {
    const page = `<html lang="en"><head><style>body{font:1em serif}</style></head><body><h1>Forgot your password?</h1><div>Enter your e-mail address below. We'll send you an e-mail with a link to reset your password.</div><script>var s = "${DA}";</script><div>Registration help | Privacy policy | Member FAQ</div><style>.x{}</style></body></html>`;
    expect(extract(page, 'https://www.boston.example/forgot-password').lang).toBe('en');
    const body = dom(page).body;
    expect(textOutsideScripts(body, 4000)).not.toContain('dansk');
    expect(textOutsideScripts(body, 4000).replace(/\s+/g, ' ').trim()).toBe("Forgot your password?Enter your e-mail address below. We'll send you an e-mail with a link to reset your password. Registration help | Privacy policy | Member FAQ");
    expect(textOutsideScripts(body, 10)).toBe('Forgot you');
  });

  it('samples a page without paragraphs from its content blocks, not its menus', () => {
    const menu = Array.from({length: 30}, (_, i) => `<li><a href="/en/${i}">This is the menu of the site and it is in English for the visitors from abroad</a></li>`).join('');
    const teasers = Array.from({length: 12}, (_, i) => `<li><a href="/blog/${i}/">Det er en overskrift på dansk, og den handler om ledelse og om det at slippe kontrollen</a></li>`).join('');
    const m = extract(`<html><body><nav><ul>${menu}</ul></nav><h1>Blog</h1><ul>${teasers}</ul></body></html>`, 'https://www.seismonaut.com/blog/');
    expect(m.lang).toBe('da');
  });

  it('tells Hungarian, Romanian, Indonesian and Vietnamese from the languages that share their small words', () => {
    // A short Hungarian form page (no <html lang>): its "a" and "e" once voted Portuguese.
    const hu = 'A jelszavát itt nem változtathatja meg, mert ezzel változna a levelezési jelszava is. Kérjük, adja meg az e-mail címet, amelyhez a jelszót elfelejtette, vagy írjon a segítség oldalra.';
    expect(detectLanguage(hu)?.lang).toBe('hu');
    expect(extract(`<html><body><h1>Elfelejtett jelszó</h1><div>${hu}</div><form><input type="email"></form></body></html>`, 'https://belepes.example.hu/').lang).toBe('hu');
    expect(detectLanguage('Guvernul a anunțat că noile reguli vor intra în vigoare la începutul anului, iar ministrul a spus că nu este o decizie ușoară pentru cei care lucrează în sector.')?.lang).toBe('ro');
    expect(detectLanguage('Pemerintah mengumumkan bahwa aturan baru yang akan berlaku pada awal tahun ini tidak mudah bagi mereka yang bekerja di sektor ini dan juga untuk keluarga mereka.')?.lang).toBe('id');
    expect(detectLanguage('Chính phủ đã thông báo rằng các quy định mới sẽ có hiệu lực từ đầu năm, và những người làm việc trong ngành này cũng cho biết đó là một quyết định khó khăn.')?.lang).toBe('vi');
    // Their neighbours keep their own answer.
    expect(detectLanguage('O governo anunciou que as novas regras vão entrar em vigor no início do ano, e o ministro disse que não é uma decisão fácil para quem trabalha no setor.')?.lang).toBe('pt');
    expect(detectLanguage('Il governo ha annunciato che le nuove regole entreranno in vigore all\'inizio dell\'anno, e il ministro ha detto che non è una decisione facile per chi lavora nel settore.')?.lang).toBe('it');
    expect(detectLanguage('De regering heeft aangekondigd dat de nieuwe regels aan het begin van het jaar van kracht worden, en de minister zei dat het geen makkelijke beslissing is voor wie in de sector werkt.')?.lang).toBe('nl');
  });

  it('keeps a declared regional tag as its primary subtag when the text agrees', () => {
    expect(resolveLanguage(EN, ['en-GB'])).toBe('en');
    expect(resolveLanguage('', ['da_DK'])).toBe('da');
  });

  it('uses the script for non-Latin text, and a declared language within that script', () => {
    expect(resolveLanguage('これは日本語の文章です。ひらがなとカタカナと漢字を使っています。とても長い文章になります。', ['en'])).toBe('ja');
    expect(resolveLanguage('Это текст на русском языке, и он достаточно длинный для определения языка по письму.', ['uk'])).toBe('uk');
    expect(resolveLanguage('Αυτό είναι ένα κείμενο στα ελληνικά, αρκετά μεγάλο για να φανεί η γραφή του κειμένου.', ['en-US'])).toBe('el');
  });

  it('trusts a declared language we have no word list for over a vote for its close relative', () => {
    const gl = 'A Compañía de Radio Televisión de Galicia ofrece os seus arquivos de que a xente fala, e o público pode ver os programas da televisión e escoitar a radio no seu tempo.';
    expect(resolveLanguage(gl, ['gl'])).toBe('gl');
    // Not over a clear vote for an unrelated language.
    expect(resolveLanguage(EN, ['gl'])).toBe('en');
  });

  it('trusts a declared Norwegian page over a Danish-looking vote', () => {
    expect(resolveLanguage('Det er en sesong som er annerledes, og det er ikke lett for barna når de ikke kan spille fotball sammen med vennene sine hver uke.', ['nb'])).toBe('nb');
  });
});

describe('text cleaning', () => {
  it('removes control and bidi characters and collapses whitespace', () => {
    expect(cleanText('a\u0000b\u202e c\u2066\n\n\t d\u200b')).toBe('ab c d');
  });

  it('caps long text at a word boundary with an ellipsis', () => {
    const s = cleanText('word '.repeat(100), 50);
    expect(s.length).toBeLessThanOrEqual(50);
    expect(s.endsWith('…')).toBe(true);
  });

  it('takes a picture in the text when none is declared, never a film or its fallback', () => {
    const page = (media: string) => extract(`<head><title>Post</title></head><body><article><h1>Post</h1>${media}${prose(4)}</article></body>`).image;
    expect(page('<img src="/media/cover.jpg" width="800">')).toBe("https://www.seismonaut.com/media/cover.jpg");
    // "Your browser does not support the mp4 video codec": shown by no browser of today.
    expect(page('<video poster="/media/poster.gif"><source src="/media/film.mp4" type="video/mp4"><img src="/media/film.mp4"></video>')).toBeNull();
    expect(page('<img src="/media/film.mp4?v=2" width="800">')).toBeNull();
  });

  it('caps descriptions at 1000 characters', () => {
    const m = extract(`<head><meta name="description" content="${'lang '.repeat(1000)}"></head><body></body>`);
    expect(m.description?.length).toBeLessThanOrEqual(1000);
  });

  it('cuts, not drops, a very long declared summary; drops a very long address', () => {
    const summary = `Et helt indlæg som beskrivelse. ${'Mere tekst om ledelse. '.repeat(400)}`;
    const m = extract(`<head><meta name="description" content="Kort SEO-tekst"><meta name="twitter:description" content="${summary}"><meta property="og:image" content="https://www.seismonaut.com/${'x'.repeat(6000)}.png"></head><body></body>`);
    expect(summary.length).toBeGreaterThan(5000);
    expect(m.description?.startsWith('Et helt indlæg som beskrivelse. Mere tekst')).toBe(true);
    expect(m.description?.length).toBeLessThanOrEqual(1000);
    expect(m.image).toBeNull();
  });
});
