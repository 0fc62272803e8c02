/**
 * The store packages, after the build: both manifests pass a schema check (required keys, icons of
 * the right pixel size, every file they name exists, every __MSG_ key is translated), and
 * `npm run package` is reproducible (built twice, and rebuilt from the source archive alone, the zips
 * are byte-identical). In the e2e project because it needs dist/ (test:e2e builds first).
 */
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {readZip} from '../../scripts/zip.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string};
const readme = readFileSync('README.md', 'utf8');

interface Manifest {
  manifest_version: number;
  name: string;
  short_name?: string;
  version: string;
  description: string;
  default_locale?: string;
  icons: Record<string, string>;
  action: {default_popup?: string; default_title?: string; default_icon?: Record<string, string>};
  background: {service_worker?: string; scripts?: string[]};
  content_scripts?: {js?: string[]; css?: string[]}[];
  options_ui?: {page: string};
  web_accessible_resources?: {resources: string[]}[];
  commands?: Record<string, {description?: string}>;
  minimum_chrome_version?: string;
  browser_specific_settings?: {gecko?: {id?: string; strict_min_version?: string; data_collection_permissions?: {required: string[]}}; gecko_android?: {strict_min_version?: string}};
}

/** Width and height from a PNG's IHDR chunk (the first chunk, right after the 8-byte signature). */
function pngSize(file: string): {width: number; height: number} {
  const data = readFileSync(file);
  if (data.toString('latin1', 1, 4) !== 'PNG' || data.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} is not a PNG`);
  return {width: data.readUInt32BE(16), height: data.readUInt32BE(20)};
}

/** Every path inside the extension that the manifest names. */
function namedFiles(m: Manifest): string[] {
  return [
    ...Object.values(m.icons),
    ...Object.values(m.action.default_icon ?? {}),
    m.action.default_popup,
    m.options_ui?.page,
    m.background.service_worker,
    ...(m.background.scripts ?? []),
    ...(m.content_scripts ?? []).flatMap(script => [...(script.js ?? []), ...(script.css ?? [])]),
    ...(m.web_accessible_resources ?? []).flatMap(entry => entry.resources.filter(name => !name.includes('*'))),
    m.default_locale && `_locales/${m.default_locale}/messages.json`,
  ].filter((name): name is string => Boolean(name));
}

/** The scripts and style sheets an extension page loads. */
function pageAssets(html: string): string[] {
  return [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map(match => match[1]!).filter(url => !/^[a-z]+:/i.test(url));
}

for (const browser of ['chrome', 'firefox'] as const) {
  describe(`[${browser}] store manifest`, () => {
    const dir = `dist/${browser}`;
    const m = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as Manifest;
    const locales = readdirSync(`${dir}/_locales`);
    const messages = (locale: string) => JSON.parse(readFileSync(`${dir}/_locales/${locale}/messages.json`, 'utf8')) as Record<string, {message: string}>;

    it('has the required keys and the version from package.json', () => {
      expect(m.manifest_version).toBe(3);
      for (const key of ['name', 'version', 'description'] as const) expect(m[key], key).toEqual(expect.any(String));
      expect(m.version).toBe(pkg.version);
      expect(m.action.default_popup).toBe('popup/popup.html');
      expect(m.default_locale).toBe('en');
      if (browser === 'chrome') {
        expect(m.background).toEqual({service_worker: 'background.js'});
        expect(m.minimum_chrome_version).toMatch(/^\d+$/);
        expect(m.browser_specific_settings).toBeUndefined();
      } else {
        expect(m.background).toEqual({scripts: ['background.js']});
        expect(m.minimum_chrome_version).toBeUndefined();
        const settings = m.browser_specific_settings!;
        expect(settings.gecko?.id).toBe('share@seismonaut.com');
        expect(settings.gecko?.strict_min_version).toMatch(/^\d+\.0$/);
        expect(settings.gecko?.data_collection_permissions).toEqual({required: ['none']});
        expect(settings.gecko_android?.strict_min_version).toMatch(/^\d+\.0$/);
      }
    });

    it('states its minimum browser version in the README', () => {
      const min = browser === 'chrome' ? m.minimum_chrome_version! : m.browser_specific_settings!.gecko!.strict_min_version!;
      const stated = `${browser === 'chrome' ? 'Chrome' : 'Firefox'} ${parseInt(min, 10)}`;
      expect(readme.includes(stated), `README should say "${stated}"`).toBe(true);
    });

    it('has icons in every size the stores ask for, each PNG of its stated pixel size', () => {
      // Chrome: 16, 32, 48, 128 (the Web Store shows the 128). addons.mozilla.org: 48 and 96.
      expect(Object.keys(m.icons).map(Number).sort((a, b) => a - b)).toEqual([16, 32, 48, 96, 128]);
      const all = {...m.icons, ...m.action.default_icon};
      for (const [size, file] of Object.entries(all)) {
        expect(pngSize(`${dir}/${file}`), file).toEqual({width: Number(size), height: Number(size)});
      }
    });

    it('names only files that are in the build, and the extension pages load only such files', () => {
      const named = namedFiles(m);
      expect(named.length).toBeGreaterThan(10);
      for (const file of named) expect(existsSync(`${dir}/${file}`), file).toBe(true);
      for (const page of [m.action.default_popup!, m.options_ui!.page]) {
        const assets = pageAssets(readFileSync(`${dir}/${page}`, 'utf8'));
        expect(assets.length, page).toBeGreaterThan(0);
        for (const asset of assets) expect(existsSync(resolve(dir, page, '..', asset)), `${page} -> ${asset}`).toBe(true);
      }
    });

    it('translates every __MSG_ key it uses, in every locale, within the stores\' limits', () => {
      const keys = [...JSON.stringify(m).matchAll(/__MSG_(\w+)__/g)].map(match => match[1]!);
      expect(keys).toContain('extName');
      expect(locales).toEqual(expect.arrayContaining(['en', 'da']));
      for (const locale of locales) {
        const catalog = messages(locale);
        for (const key of keys) expect(catalog[key]?.message, `${locale}: ${key}`).toEqual(expect.any(String));
        // Chrome Web Store: name at most 75 characters, description at most 132.
        expect(catalog.extName!.message.length).toBeLessThanOrEqual(75);
        expect(catalog.extDescription!.message.length, `${locale} description`).toBeLessThanOrEqual(132);
      }
    });

    it('ships no source maps and no sources', () => {
      const files = readdirSync(dir, {recursive: true, withFileTypes: true}).filter(entry => entry.isFile()).map(entry => join(entry.parentPath, entry.name));
      expect(files.filter(file => /\.(map|ts|tsx|svg)$/.test(file))).toEqual([]);
      for (const file of files.filter(name => name.endsWith('.js'))) expect(readFileSync(file, 'utf8'), file).not.toContain('sourceMappingURL');
    });
  });
}

describe('npm run package', () => {
  const zips = ['chrome', 'firefox', 'source'].map(kind => `seismonaut-share-${kind}-${pkg.version}.zip`);
  const work = mkdtempSync(join(tmpdir(), 'seismonaut-rebuild-'));
  afterAll(() => rmSync(work, {recursive: true, force: true}));

  const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
  const runPackage = () => {
    execFileSync(process.execPath, ['scripts/package.mjs'], {stdio: 'pipe'});
    return Object.fromEntries(zips.map(zip => [zip, sha256(`dist/${zip}`)]));
  };

  it('gives byte-identical zips when run twice, and the same store zips rebuilt from the source archive alone', () => {
    const first = runPackage();
    const second = runPackage();
    expect(second).toEqual(first);
    expect(readFileSync('dist/SHA256SUMS', 'utf8')).toContain(`${first[zips[1]!]}  ${zips[1]}`);

    // What a Mozilla reviewer does: unpack the source archive elsewhere, install, build, compare.
    for (const [name, data] of readZip(`dist/${zips[2]}`)) {
      mkdirSync(dirname(join(work, name)), {recursive: true});
      writeFileSync(join(work, name), data);
    }
    expect(existsSync(join(work, 'SOURCE-BUILD.md'))).toBe(true);
    expect(existsSync(join(work, 'tests'))).toBe(false);
    symlinkSync(resolve('node_modules'), join(work, 'node_modules'), 'dir'); // stands in for `npm ci`
    execFileSync(process.execPath, ['build.mjs'], {cwd: work, stdio: 'pipe'});
    for (const zip of zips.slice(0, 2)) expect(sha256(join(work, 'dist', zip)), zip).toBe(first[zip]);
  });

  it('keeps the store zips free of source maps and within the stores\' size limits', () => {
    for (const zip of zips.slice(0, 2)) {
      const names = [...readZip(`dist/${zip}`).keys()];
      expect(names).toContain('manifest.json');
      expect(names.filter(name => name.endsWith('.map'))).toEqual([]);
      expect(readFileSync(`dist/${zip}`).length).toBeLessThan(1_000_000);
    }
  });
});
