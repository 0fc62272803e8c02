/**
 * Builds dist/chrome and dist/firefox from one source, and a store zip for each.
 *   node build.mjs            minified build + zips
 *   node build.mjs --watch    rebuild on change (with source maps, no zips)
 */
import * as esbuild from 'esbuild';
import {cpSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {zipDirectory} from './scripts/zip.mjs';
import {CHROME_PUBLIC_KEY} from './scripts/chrome-key.mjs';

const watch = process.argv.includes('--watch');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Source entry -> output file, the same for both browsers. */
const entries = {
  'background': 'background/index.ts',
  'content': 'src/content.ts',
  'popup/popup': 'popup/index.tsx',
  'options/options': 'options/index.tsx',
};

/**
 * Modules a page loads on demand with `import('./name.js')`: each is built as an ES module file of its own,
 * and the page's bundle leaves its dynamic import to the browser (the `lazy` plugin below). The path in the
 * import is relative to the output file, so source and output folders match (popup/qr.ts -> popup/qr.js).
 * Not esbuild's code splitting: that moves its runtime helpers into a shared chunk which the popup would
 * then have to fetch before it can run, one more sequential file read on every open.
 */
const lazyEntries = {
  'popup/qr': 'popup/qr.ts',
};

/** Files copied as they are: source -> destination inside the extension. */
const assets = {
  '_locales': '_locales',
  'icons': 'icons',
  'src/ui/theme.css': 'ui/theme.css',
  'popup/popup.html': 'popup/popup.html',
  'popup/popup.css': 'popup/popup.css',
  'options/options.html': 'options/options.html',
  'options/options.css': 'options/options.css',
  // The IT policy schema (storage.managed_schema); Chrome reads it, Firefox takes policy from policies.json.
  'managed-schema.json': 'managed-schema.json',
};

/** Oldest browsers with every API and manifest key the extension uses; the README says why. */
export const MIN_VERSIONS = {chrome: '102', firefox: '140.0', firefoxAndroid: '142.0'};

const targets = {
  chrome: {
    esbuild: `chrome${MIN_VERSIONS.chrome}`,
    manifest: manifest => ({
      ...manifest,
      // A fixed id for unpacked builds, so IT policy can address the extension (scripts/chrome-key.mjs).
      key: CHROME_PUBLIC_KEY,
      background: {service_worker: 'background.js'},
      minimum_chrome_version: MIN_VERSIONS.chrome,
    }),
  },
  firefox: {
    esbuild: `firefox${parseInt(MIN_VERSIONS.firefox, 10)}`,
    // Firefox does not read storage.managed_schema (its manifest schema has no "storage" key, so loading
    // would warn "unexpected property"): it takes policy from policies.json's 3rdparty section, unvalidated.
    manifest: ({storage: _managedSchema, ...manifest}) => ({
      ...manifest,
      // Firefox runs MV3 backgrounds as event pages: same code, same top-level listeners.
      background: {scripts: ['background.js']},
      browser_specific_settings: {
        gecko: {
          id: 'share@seismonaut.com',
          strict_min_version: MIN_VERSIONS.firefox,
          data_collection_permissions: {required: ['none']},
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: {strict_min_version: MIN_VERSIONS.firefoxAndroid},
      },
    }),
  },
};

function writeStatic(browser) {
  const out = `dist/${browser}`;
  for (const [from, to] of Object.entries(assets)) cpSync(from, `${out}/${to}`, {recursive: true, filter: name => !name.endsWith('.svg')});
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
  manifest.version = pkg.version;
  writeFileSync(`${out}/manifest.json`, JSON.stringify(targets[browser].manifest(manifest), null, 2) + '\n');
}

/** A dynamic import() of one of our own files stays in the output as it is: the file is a lazy entry. */
const lazy = {
  name: 'lazy',
  setup: build => build.onResolve({filter: /^\.\.?\//}, args => (args.kind === 'dynamic-import' ? {path: args.path, external: true} : undefined)),
};

function options(browser) {
  return {
    entryPoints: Object.fromEntries(Object.entries(entries)),
    outdir: `dist/${browser}`,
    bundle: true,
    format: 'iife',
    target: targets[browser].esbuild,
    minify: !watch,
    sourcemap: watch ? 'inline' : false,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: {'process.env.NODE_ENV': '"production"'},
    logLevel: 'warning',
    plugins: [lazy, {name: 'static', setup: build => build.onEnd(() => writeStatic(browser))}],
  };
}

function lazyOptions(browser) {
  return {...options(browser), entryPoints: lazyEntries, format: 'esm', plugins: [lazy]};
}

rmSync('dist', {recursive: true, force: true});
for (const browser of Object.keys(targets)) mkdirSync(`dist/${browser}`, {recursive: true});

if (watch) {
  for (const browser of Object.keys(targets)) {
    await (await esbuild.context(options(browser))).watch();
    await (await esbuild.context(lazyOptions(browser))).watch();
  }
  console.log('Watching for changes…');
} else {
  for (const browser of Object.keys(targets)) {
    await esbuild.build(options(browser));
    await esbuild.build(lazyOptions(browser));
    zipDirectory(`dist/${browser}`, `dist/seismonaut-share-${browser}-${pkg.version}.zip`, {exclude: name => name.endsWith('.map')});
  }
  console.log(`Built dist/chrome, dist/firefox and their zips (version ${pkg.version}).`);
}
