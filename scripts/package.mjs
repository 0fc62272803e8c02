/**
 * Everything the stores need, reproducibly: builds (node build.mjs), checks the two store zips, and
 * writes the source archive for addons.mozilla.org's review of minified code plus SHA256SUMS.
 *   npm run package
 * Output in dist/: seismonaut-share-{chrome,firefox}-<version>.zip, seismonaut-share-source-<version>.zip,
 * SHA256SUMS. Same sources, same dependencies: byte-identical files (tests/e2e/package.test.ts).
 */
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {readZip, zipDirectory} from './zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * Not needed to rebuild the extension, so not in the source archive: tests and their sample site,
 * documentation images, store listing assets, CI setup.
 */
const SOURCE_EXCLUDE = /^(tests|docs|store|artifacts|\.ci|\.github|\.vscode)\//;

const artifacts = {
  chrome: `dist/seismonaut-share-chrome-${version}.zip`,
  firefox: `dist/seismonaut-share-firefox-${version}.zip`,
  source: `dist/seismonaut-share-source-${version}.zip`,
};

/** The files of the project as git sees them: tracked and new (not ignored) files that exist. */
function sourceFiles() {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {encoding: 'utf8'});
  return [...new Set(listed.split('\0'))]
    .filter(name => name && !SOURCE_EXCLUDE.test(name) && existsSync(name) && statSync(name).isFile())
    .sort();
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

execFileSync(process.execPath, ['build.mjs'], {stdio: 'inherit'});

// The store zips: build.mjs wrote them; check they hold no source maps and nothing outside the build.
for (const browser of ['chrome', 'firefox']) {
  const names = [...readZip(artifacts[browser]).keys()];
  const bad = names.filter(name => name.endsWith('.map') || name.startsWith('/') || name.includes('..'));
  if (bad.length > 0) throw new Error(`${artifacts[browser]} must not contain ${bad.join(', ')}`);
  if (!names.includes('manifest.json')) throw new Error(`${artifacts[browser]} has no manifest.json at its root`);
}

// The source archive: staged in a temporary directory, zipped with the same reproducible writer.
const staging = mkdtempSync(join(tmpdir(), 'seismonaut-source-'));
try {
  const files = sourceFiles();
  for (const name of ['package.json', 'package-lock.json', 'build.mjs', 'SOURCE-BUILD.md']) {
    if (!files.includes(name)) throw new Error(`${name} is missing from the source archive`);
  }
  for (const name of files) cpSync(name, join(staging, name));
  zipDirectory(staging, artifacts.source);
} finally {
  rmSync(staging, {recursive: true, force: true});
}

const sums = Object.values(artifacts).map(file => `${sha256(file)}  ${file.slice('dist/'.length)}`);
writeFileSync('dist/SHA256SUMS', sums.join('\n') + '\n');
for (const file of Object.values(artifacts)) console.log(`${file}  ${statSync(file).size} bytes`);
console.log(`dist/SHA256SUMS\n${sums.join('\n')}`);
