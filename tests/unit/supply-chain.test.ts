/** Supply chain: the lockfile is what `npm ci` installs (scripts/check-lockfile.mjs), and the audit gate (scripts/audit.mjs) fails on high/critical findings. */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import {lockfileProblems} from '../../scripts/check-lockfile.mjs';

const check = lockfileProblems as (pkg?: object, lock?: object) => string[];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));

describe('lockfile', () => {
  it('matches package.json exactly, every package pinned by a sha512 integrity hash', () => {
    expect(check()).toEqual([]);
  });

  it('notices a dependency added, changed or removed without updating the lockfile, and a package without integrity', () => {
    expect(check({...pkg, dependencies: {...pkg.dependencies, 'left-pad': '^1.3.0'}}, lock).join('\n')).toMatch(/left-pad/);
    expect(check({...pkg, dependencies: {...pkg.dependencies, preact: '^9.0.0'}}, lock).join('\n')).toMatch(/preact/);
    const stripped = structuredClone(lock);
    delete stripped.packages['node_modules/preact'].integrity;
    stripped.packages['node_modules/webextension-polyfill'].resolved = 'https://evil.example/webextension-polyfill.tgz';
    const problems = check(pkg, stripped).join('\n');
    expect(problems).toMatch(/node_modules\/preact: no integrity/);
    expect(problems).toMatch(/webextension-polyfill: resolved outside the npm registry/);
  });
});

describe('audit gate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'audit-'));
  const audit = (report: object) => {
    const file = join(dir, `${Math.random()}.json`);
    writeFileSync(file, JSON.stringify(report));
    const run = spawnSync(process.execPath, ['scripts/audit.mjs'], {encoding: 'utf8', env: {...process.env, AUDIT_REPORT_FILE: file, AUDIT_REQUIRED: ''}});
    return {status: run.status, output: run.stdout + run.stderr};
  };
  const counts = (high: number, critical: number) => ({metadata: {vulnerabilities: {info: 0, low: 2, moderate: 1, high, critical, total: 3 + high + critical}}, vulnerabilities: high ? {preact: {severity: 'high', range: '<10.0.0', fixAvailable: true}} : {}});

  it('passes with no high or critical findings (low and moderate are reported, not blocking)', () => {
    expect(audit(counts(0, 0))).toMatchObject({status: 0, output: expect.stringMatching(/2 low, 1 moderate, 0 high, 0 critical/)});
  });

  it('fails on a high or a critical finding', () => {
    expect(audit(counts(1, 0))).toMatchObject({status: 1, output: expect.stringMatching(/HIGH preact/)});
    expect(audit(counts(0, 1)).status).toBe(1);
  });

  it('says AUDIT UNAVAILABLE, loudly, when the registry refuses (as this network\'s does with 405), without failing', () => {
    const refused = {message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405, error: {summary: '', detail: ''}};
    expect(audit(refused)).toMatchObject({status: 0, output: expect.stringMatching(/AUDIT UNAVAILABLE[\s\S]*405 Method Not Allowed/)});
    expect(audit({error: {code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND registry.npmjs.org'}})).toMatchObject({status: 0, output: expect.stringMatching(/AUDIT UNAVAILABLE/)});
  });
});
