import {describe, expect, it} from 'vitest';
import {parseMachineDate, parseTextDate} from '../../../src/article/dates';
import {extract, prose} from './helpers';

describe('date parsing', () => {
  it.each([
    ['14. maj 2013', '2013-05-14'],
    ['Publiceret 3. december 2019 kl. 10.00', '2019-12-03'],
    ['14.05.2013', '2013-05-14'],
    ['14/05/2013', '2013-05-14'],
    ['May 14, 2013', '2013-05-14'],
    ['Nov. 19, 2019 5:53 PM', '2019-11-19'],
    ['14 May 2013', '2013-05-14'],
    ['14. Mai 2013', '2013-05-14'],
    ['17 de febrero de 2020', '2020-02-17'],
    ['27 de maio de 2019', '2019-05-27'],
    // Nicaraguan and other Latin American sites: "26, Abril, 2022".
    ['26, Abril, 2022', '2022-04-26'],
    ['1er janvier 2020', '2020-01-01'],
    ['31 stycznia 2020', '2020-01-31'],
    ['2013-05-14', '2013-05-14'],
    ['2020年3月4日', '2020-03-04'],
    // Danish ways of writing a date in figures.
    ['14/5 2013', '2013-05-14'],
    ['Publiceret d. 14/5-2013 kl. 10.30', '2013-05-14'],
    ['14.05.13', '2013-05-14'],
    ['03.12.99', '1999-12-03'],
    ['03.12.85', null],
  ])('reads %s', (text, iso) => {
    expect(parseTextDate(text)).toBe(iso);
  });

  it('reads a machine field\'s numbers month first on a 12-hour clock (ASP.NET\'s "4/6/2016 4:00:00 PM") or on an English page', () => {
    expect(parseMachineDate('4/6/2016 4:00:00 PM')).toBe('2016-04-06');
    expect(parseMachineDate('4/6/2016')).toBe('2016-06-04');
    expect(parseMachineDate('4/6/2016', true)).toBe('2016-04-06');
    const m = extract(`<head><meta property="og:article:published_time" content="4/6/2016 4:00:00 PM"></head><body><article><h1>Segment launches Sources</h1>${prose(3)}</article></body>`);
    expect(m.published).toBe('2016-04-06');
  });

  it('reads US month-first numbers only when told to', () => {
    expect(parseTextDate('05/14/2013')).toBe('2013-05-14'); // impossible as d/m: swapped
    expect(parseTextDate('04/05/2013')).toBe('2013-05-04');
    expect(parseTextDate('04/05/2013', true)).toBe('2013-04-05');
  });

  it('rejects impossible and implausible dates', () => {
    expect(parseTextDate('31. februar 2013')).toBeNull();
    expect(parseTextDate('call 12.34.5678')).toBeNull();
    expect(parseTextDate('version 1.2.2013x')).toBeNull();
    // A version number is no two-digit-year date; nor an address or a time.
    expect(parseTextDate('Version 1.2.13 er ude')).toBeNull();
    expect(parseTextDate('IP 10.11.12.13')).toBeNull();
    expect(parseTextDate('kl. 10.30')).toBeNull();
    expect(parseTextDate('side 14/5')).toBeNull();
    expect(parseMachineDate('1899-01-01')).toBeNull();
    expect(parseMachineDate('not a date')).toBeNull();
  });

  it('keeps a full timestamp with its offset, and normalises compact offsets', () => {
    expect(parseMachineDate('2019-11-19T17:53:00-08:00')).toBe('2019-11-19T17:53:00-08:00');
    expect(parseMachineDate('2019-11-19T17:53:00+0100')).toBe('2019-11-19T17:53:00+01:00');
    expect(parseMachineDate('2019-11-19 17:53')).toBe('2019-11-19T17:53:00');
    expect(parseMachineDate('20130514')).toBe('2013-05-14');
  });
});

describe('date extraction', () => {
  it('takes a "last updated" <time> for the modified date, not the published one (hAtom, WordPress)', () => {
    const page = (meta: string) => `<body><article><h1>Tillid er den nye kontrol</h1><div class="entry-meta">${meta}</div>${prose(4)}</article></body>`;
    const updatedFirst = extract(page('Opdateret <time class="updated" datetime="2019-04-01T10:00:00+00:00">1. april 2019</time> · Udgivet <time class="entry-date published" datetime="2019-03-12T08:00:00+00:00">12. marts 2019</time>'));
    expect(updatedFirst.published).toBe('2019-03-12T08:00:00+00:00');
    expect(updatedFirst.modified).toBe('2019-04-01T10:00:00+00:00');
    // Never updated: WordPress marks its one <time> both published and updated.
    const once = extract(page('<time class="entry-date published updated" datetime="2019-03-12T08:00:00+00:00">12. marts 2019</time>'));
    expect(once.published).toBe('2019-03-12T08:00:00+00:00');
    expect(once.modified).toBeNull();
  });

  it('prefers article:published_time, and reads modified', () => {
    const m = extract(`<head><meta property="article:published_time" content="2016-05-26T10:00:00+02:00"><meta property="article:modified_time" content="2016-06-01"></head><body><h1>T</h1>${prose(3)}</body>`);
    expect(m.published).toBe('2016-05-26T10:00:00+02:00');
    expect(m.modified).toBe('2016-06-01');
  });

  it('takes a "published" time equal to the page\'s expiry for the time it was rendered, and reads the date shown', () => {
    const head = (published: string) => `<head><meta property="article:published_time" content="${published}"><meta property="article:expiration_time" content="Sat, 29 Jun 2019 11:05:41 GMT"></head>`;
    const body = `<body><div class="post"><h1><small class="post-timestamp">Friday, February 7, 2014</small></h1><h1>CircleCI Picks Up $6M</h1>${prose(3)}</div></body>`;
    expect(extract(`${head('Sat, 29 Jun 2019 11:05:41 GMT')}${body}`).published).toBe('2014-02-07');
    // A real publication time stays first.
    expect(extract(`${head('2014-02-07T09:00:00Z')}${body}`).published).toBe('2014-02-07T09:00:00Z');
  });

  it('reads the date that opens a long post-metadata line at the end (WordPress\'s old default theme)', () => {
    const post = (meta: string) => extract(`<body><div class="post"><h1>Kein Cyberterrorismus</h1><div class="entry">${prose(4)}</div><p class="postmetadata alt"><small>${meta}</small></p></div></body>`).published;
    expect(post(`Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:00 Uhr veröffentlicht und unter <a href="/c/cybercrime/" rel="category tag">Cybercrime</a> abgelegt. ${'Kommentare sind momentan deaktiviert, aber Sie können einen Trackback von Ihrer Website hierher setzen. '.repeat(3)}`)).toBe('2011-12-03');
    expect(post(`This entry was posted on Saturday, December 3rd, 2011 at 10:00 am and is filed under <a href="/c/news/">News</a>. ${'You can follow any responses to this entry through the RSS 2.0 feed. Both comments and pings are currently closed. '.repeat(3)}`)).toBe('2011-12-03');
  });

  it('reads the date beside a post\'s <h3> permalink when the page has no <h1> or <h2>, not beside other <h3>s', () => {
    const url = 'https://ngo.example/guinee-un-braconnier-interpelle/';
    const post = (href: string) => extract(`<body><div class="sidebar_content"><div class="post_header_wrapper"><div class="post_header"><h3><a href="${href}">Guinée : Un braconnier interpellé</a></h3></div><div class="post_detail"><div class="post_detail_item"><img src="/i/calendar.png" alt="">&nbsp; 27 Sep 2016</div></div></div><div class="post_excerpt">${prose(14)}</div></div></body>`, url).published;
    expect(post(url)).toBe('2016-09-27');
    // A teaser's heading linking elsewhere: its date is the teaser's.
    expect(post('https://ngo.example/another-post/')).toBeNull();
  });

  it('reads a labelled date in the article\'s own <aside> (<dt>Datum</dt>), not in the page\'s sidebar', () => {
    const url = 'https://ebene11.example/die-arbeit-mit-fremden-dwg-dateien-in-autocad';
    const inside = extract(`<body><article id="content"><h2>Dateien mit Migrationshintergrund</h2><aside class="blogData"><dl><dt>Datum</dt><dd>12.01.2017</dd></dl></aside>${prose(14)}</article></body>`, url);
    expect(inside.published).toBe('2017-01-12');
    const outside = extract(`<body><article id="content"><h2>Dateien mit Migrationshintergrund</h2>${prose(14)}</article><aside class="blogNavi"><dl><dt>Datum</dt><dd>12.01.2017</dd></dl></aside></body>`, url);
    expect(outside.published).toBeNull();
  });

  it('reads itemprop datePublished and Dublin Core', () => {
    expect(extract(`<body><article><h1>T</h1><span itemprop="datePublished" content="2015-04-16">16 April</span>${prose(3)}</article></body>`).published).toBe('2015-04-16');
    expect(extract(`<head><meta name="DC.date.issued" content="2012-05-31"></head><body><h1>T</h1>${prose(3)}</body>`).published).toBe('2012-05-31');
  });

  it('reads a visible Danish date under the headline', () => {
    const m = extract(`<body><div><h1>Et indlæg om ledelse</h1><p class="dato">Skrevet den 14. maj 2013</p></div>${prose(3)}</body>`);
    expect(m.published).toBe('2013-05-14');
  });

  it('ignores comment timestamps', () => {
    const m = extract(`<body><h1>Post</h1>${prose(3)}<div class="comments"><time datetime="2022-01-01">1 Jan</time></div></body>`);
    expect(m.published).toBeNull();
  });

  it('takes a "Last updated" line for the last change, not for the first publication', () => {
    const updated = extract(`<body><div><h1>Erstatningsbusser i weekenden</h1><p class="lastupdated"><strong>Last updated:</strong> 13 July 2020</p></div>${prose(3)}</body>`);
    expect(updated.published).toBeNull();
    expect(updated.modified).toBe('2020-07-13');
    const da = extract(`<body><div><h1>Et indlæg om ledelse</h1><p class="dato">Opdateret 14. maj 2013</p></div>${prose(3)}</body>`);
    expect(da.published).toBeNull();
    // A <time> labelled as the change, in any of the languages ("ændret": \b would not see the word).
    const labelled = extract(`<body><article><h1>Et indlæg om ledelse</h1><p><b>Ændret</b> <time datetime="2013-06-02">2. juni 2013</time></p>${prose(3)}</article></body>`);
    expect(labelled.published).toBeNull();
    expect(labelled.modified).toBe('2013-06-02');
    const fr = extract(`<body><article><h1>Un article</h1><p>Publié le <time datetime="2013-05-14">14 mai</time> · mis à jour le <time datetime="2013-06-02">2 juin</time></p>${prose(3)}</article></body>`);
    expect(fr.published).toBe('2013-05-14');
    // A line that says both gives its first date, the publication.
    const both = extract(`<body><div><h1>Et indlæg om ledelse</h1><p class="dato">Udgivet 14. maj 2013 · opdateret 2. juni 2013</p></div>${prose(3)}</body>`);
    expect(both.published).toBe('2013-05-14');
  });

  it('never invents a date on a page that shows none', () => {
    const m = extract(`<body><h1>Undated</h1>${prose(5)}</body>`);
    expect(m.published).toBeNull();
    expect(m.modified).toBeNull();
  });
  it('gives a listing no date: neither its teasers\' nor one its CMS declares', () => {
    const teasers = Array.from({length: 8}, (_, i) => `<article><h2><a href="/blog/post-${i}/">Indlæg nummer ${i} om ledelse</a></h2><time datetime="2024-0${(i % 9) + 1}-10">10. ${i}</time><p>Kort uddrag af indlægget. <a href="/blog/post-${i}/">Læs mere</a></p></article>`).join('');
    const listing = extract(`<html><head><title>Blog | Seismonaut</title></head><body><h1>Blog</h1>${teasers}</body></html>`, 'https://www.seismonaut.com/blog/');
    expect(listing.isArticle).toBe(false);
    expect(listing.published).toBeNull();
    const declared = extract(`<html><head><title>Blog | Seismonaut</title><meta property="article:published_time" content="2024-02-01"></head><body><h1>Blog</h1>${teasers}</body></html>`, 'https://www.seismonaut.com/blog/');
    expect(declared.isArticle).toBe(false);
    expect(declared.published).toBeNull();
    // The same declaration on an article is its date.
    const post = extract(`<html><head><title>Ledelse | Seismonaut</title><meta property="article:published_time" content="2024-02-01"></head><body><article><h1>Ledelse</h1>${prose(5)}</article></body></html>`, 'https://www.seismonaut.com/blog/ledelse/');
    expect(post.isArticle).toBe(true);
    expect(post.published).toBe('2024-02-01');
  });
  it('reads a date from the opening words of the <article>, but not from its headline', () => {
    const body = `<div><div><span>Af Christian | </span> 2020-03-04 16:52:59</div><p>${'Tekst om ledelse og tillid i en travl hverdag. '.repeat(6)}</p></div>`;
    const m = extract(`<html><head><meta property="og:type" content="article"></head><body><h2 class="title">Nyt kontor i Aarhus</h2><article>${body}${prose(3)}</article></body></html>`);
    expect(m.isArticle).toBe(true);
    expect(m.published).toBe('2020-03-04');
    expect(m.authors).toEqual(['Christian']);
    expect(extract(`<body><article><h1>Hvad vi lærte den 14. maj 2013</h1>${prose(4)}</article></body>`).published).toBeNull();
  });

  it('reads a date written as a segment of the <title>, and only as a whole segment', () => {
    expect(extract(`<html><head><title>Una solución no violenta - 07.12.2017 - LA NACION</title></head><body><h1>Una solución no violenta</h1>${prose(4)}</body></html>`).published).toBe('2017-12-07');
    expect(extract(`<html><head><title>Hvad vi lærte den 14. maj 2013 - Seismonaut</title></head><body><h1>Hvad vi lærte den 14. maj 2013</h1>${prose(4)}</body></html>`).published).toBeNull();
  });
  it('takes only real month names (not a word the object prototype happens to have)', () => {
    expect(parseTextDate('Updated 14 constructor 2013')).toBeNull();
    expect(parseTextDate('constructor 14, 2013')).toBeNull();
    expect(parseTextDate('14 maj 2013, not 3 items 2013')).toBe('2013-05-14');
  });
});
