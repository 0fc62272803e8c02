/**
 * Supply chain: package-lock.json is what `npm ci` installs, so it must describe package.json exactly:
 * the same direct dependencies with the same ranges, each locked version inside its range, and every
 * registry package pinned by an integrity hash. (`npm ci` refuses a lockfile out of sync with
 * package.json; this says why, and also catches packages locked without integrity or from elsewhere.)
 *   node scripts/check-lockfile.mjs      exit 1 with the problems listed
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';

/** Problems found, [] when the lockfile matches. */
export function lockfileProblems(pkg = JSON.parse(readFileSync('package.json', 'utf8')), lock = JSON.parse(readFileSync('package-lock.json', 'utf8'))) {
  const problems = [];
  let satisfies = null;
  try {
    satisfies = createRequire(import.meta.url)('semver').satisfies; // npm's own range semantics, when installed
  } catch {
    // Without semver only the exact-equality checks run.
  }
  if (!(lock.lockfileVersion >= 2)) problems.push(`lockfileVersion ${lock.lockfileVersion}: npm 7+ format (2 or 3) expected`);
  if (lock.name !== pkg.name) problems.push(`name: lockfile "${lock.name}", package.json "${pkg.name}"`);
  const root = lock.packages?.[''] ?? {};
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
    const wanted = pkg[field] ?? {};
    const locked = root[field] ?? {};
    for (const name of new Set([...Object.keys(wanted), ...Object.keys(locked)])) {
      if (wanted[name] !== locked[name]) problems.push(`${field}.${name}: package.json "${wanted[name] ?? '(none)'}", lockfile "${locked[name] ?? '(none)'}"`);
      const entry = lock.packages?.[`node_modules/${name}`];
      if (wanted[name] && !entry) problems.push(`${name}: not in the lockfile's packages`);
      else if (wanted[name] && satisfies && !entry.link && !satisfies(entry.version, wanted[name])) problems.push(`${name}: locked ${entry.version} is outside "${wanted[name]}"`);
    }
  }
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path === '' || entry.link || entry.inBundle) continue;
    // `resolved` may be omitted (npm's omit-lockfile-registry-resolved: then it is the configured registry).
    if (entry.resolved && !/^https:\/\/registry\.npmjs\.org\//.test(entry.resolved)) problems.push(`${path}: resolved outside the npm registry (${entry.resolved})`);
    if (!entry.integrity) problems.push(`${path}: no integrity hash`);
    else if (!/^sha512-/.test(entry.integrity)) problems.push(`${path}: weak integrity hash (${entry.integrity.split('-')[0]})`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = lockfileProblems();
  if (problems.length) {
    console.error(`package-lock.json does not match package.json (npm install, then commit the lockfile):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('package-lock.json matches package.json; every package pinned by a sha512 integrity hash.');
}
