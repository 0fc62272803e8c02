/**
 * `npm run inspect` as site owners and the bench run it (issue 3): one page as pretty JSON, or a batch of
 * JSON lines in, one line out per input, in order, a line with `error` for a page it cannot read.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'inspect-'));
const page = (name: string, html: string | Buffer): string => {
  const file = join(dir, name);
  writeFileSync(file, html);
  return file;
};
const inspect = (args: string[], input?: string) => {
  const run = spawnSync(process.execPath, ['scripts/inspect.mjs', ...args], {encoding: 'utf8', input, timeout: 60_000});
  return {status: run.status, stdout: run.stdout, stderr: run.stderr};
};

const paragraphs = Array.from({length: 5}, (_, i) =>
  `<p>Afsnit ${i + 1}: Ledelse i en digital tid handler om at skabe retning, tillid og rum til at lære, også når værktøjerne skifter hurtigere end organisationen kan nå at følge med.</p>`).join('');
const article = (head: string): string => `<!doctype html><html lang="da"><head>${head}<title>Ledelse i den digitale tidsalder | Seismonaut</title>
<meta property="og:site_name" content="Seismonaut"></head><body><article><h1>Ledelse i den digitale tidsalder</h1>
<p class="byline">Af Christian Lund, 14. maj 2013</p>${paragraphs}</article></body></html>`;

const FIELDS = ['file', 'isArticle', 'confidence', 'title', 'description', 'author', 'published', 'modified', 'canonical', 'image', 'lang', 'siteName', 'contactEmail', 'ms'];

describe('npm run inspect -- page.html', () => {
  it('reads a saved page without --url at the address it names (rel=canonical), and says so', () => {
    const file = page('saved.html', article('<link rel="canonical" href="https://www.seismonaut.com/blog/ledelse/">'));
    const run = inspect([file]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({isArticle: true, title: 'Ledelse i den digitale tidsalder', authors: ['Christian Lund'], published: '2013-05-14', url: 'https://www.seismonaut.com/blog/ledelse/', lang: 'da'});
    expect(out.signals.length).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/read at https:\/\/www\.seismonaut\.com\/blog\/ledelse\/, the page's rel=canonical/);
  });

  it('prefers the "saved from url" comment a browser writes into a saved page, and --url over both', () => {
    const file = page('comment.html', `<!-- saved from url=(0045)https://blog.seismonaut.com/2013/05/ledelse/ -->\n${article('<link rel="canonical" href="https://www.seismonaut.com/blog/ledelse/">')}`);
    expect(inspect([file]).stderr).toMatch(/read at https:\/\/blog\.seismonaut\.com\/2013\/05\/ledelse\/, the page's saved from url/);
    const given = inspect(['--url', 'https://www.seismonaut.com/blog/ledelse/?utm_source=x', file]);
    expect(given.stderr).toBe('');
    expect(JSON.parse(given.stdout).url).toBe('https://www.seismonaut.com/blog/ledelse/');
  });

  it('reads a page that names no address of its own without one, and says what --url would add', () => {
    const run = inspect([page('bare.html', article(''))]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).title).toBe('Ledelse i den digitale tidsalder');
    expect(run.stderr).toMatch(/names no address/);
  });
});

describe('npm run inspect -- --batch', () => {
  it('writes one line per input, in order, with exactly the documented fields; unreadable pages give an error line', () => {
    const good = page('good.html', article('<link rel="canonical" href="https://www.seismonaut.com/blog/ledelse/">'));
    // jsdom's CSS parser throws on this stylesheet, even after the retry without <style> blocks (unterminated).
    const breaks = page('breaks.html', `<!doctype html><title>Broken</title><p>Text</p><style>@import url(`);
    const folder = join(dir, 'a-folder.html');
    mkdirSync(folder, {recursive: true});
    const lines = [
      JSON.stringify({file: good, url: 'https://www.seismonaut.com/blog/ledelse/'}),
      JSON.stringify({file: breaks, url: null}),
      '{not json',
      JSON.stringify({file: join(dir, 'missing.html'), url: null}),
      JSON.stringify({file: folder, url: null}),
      '',
      JSON.stringify({file: good, url: null}),
    ];
    const run = inspect(['--batch'], `${lines.join('\n')}\n`);
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split('\n').map(line => JSON.parse(line));
    expect(out).toHaveLength(6);
    expect(Object.keys(out[0])).toEqual(FIELDS);
    expect(out[0]).toMatchObject({file: good, isArticle: true, title: 'Ledelse i den digitale tidsalder', author: 'Christian Lund', published: '2013-05-14', canonical: 'https://www.seismonaut.com/blog/ledelse/', lang: 'da', siteName: 'Seismonaut'});
    expect(typeof out[0].ms).toBe('number');
    expect(out[1]).toMatchObject({file: breaks, error: expect.any(String)});
    expect(out[2]).toMatchObject({file: null, error: expect.any(String)});
    expect(out[3]).toMatchObject({file: join(dir, 'missing.html'), error: expect.stringMatching(/ENOENT/)});
    expect(out[4]).toMatchObject({file: folder, error: expect.any(String)});
    // The same page without an address is read at the one it declares.
    expect(out[5]).toMatchObject({file: good, canonical: 'https://www.seismonaut.com/blog/ledelse/', title: 'Ledelse i den digitale tidsalder'});
  });

  it('decodes pages as a browser does: valid UTF-8 despite a wrong charset declaration, else the declared charset', () => {
    const title = 'Æbler, øl og små ændringer';
    const utf8 = page('utf8-declared-latin1.html', `<!doctype html><meta charset="iso-8859-1"><title>${title}</title><h1>${title}</h1>${paragraphs}`);
    const latin1 = page('latin1.html', Buffer.from(`<!doctype html><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>${title}</title><h1>${title}</h1>${paragraphs}`, 'latin1'));
    const bom = page('bom.html', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<!doctype html><meta charset="windows-1252"><title>${title}</title>`)]));
    const input = [utf8, latin1, bom].map(file => JSON.stringify({file, url: 'https://www.seismonaut.com/blog/a/'})).join('\n');
    const out = inspect(['--batch'], input).stdout.trim().split('\n').map(line => JSON.parse(line));
    expect(out.map(r => r.title)).toEqual([title, title, title]);
  });
});
