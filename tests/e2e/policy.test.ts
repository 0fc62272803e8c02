/**
 * Policy checks on what is shipped (dist/, built by `npm run build` before the e2e project runs):
 * the permissions are an allow-list, the pages' CSP is strict, no code is evaluated from strings and
 * nothing lets other extensions or web pages talk to the extension. A new permission, a looser CSP or
 * an externally_connectable key needs a deliberate change of this file.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

/** Exactly what each build may ask for. Sorted. */
const ALLOWED = {
  permissions: ['activeTab', 'contextMenus', 'scripting', 'storage'],
  host_permissions: ['*://*.seismonaut.com/*', '*://seismonaut.com/*'],
  optional_permissions: [],
  // "Also on these sites" (options): asked for at run time, per site the user adds, never at install.
  optional_host_permissions: ['http://*/*', 'https://*/*'],
  content_script_matches: ['*://*.seismonaut.com/*', '*://seismonaut.com/*'],
};

const BUILDS = ['chrome', 'firefox'] as const;

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter(entry => entry.isFile() && entry.name.endsWith(ext))
    .map(entry => join(entry.parentPath, entry.name));
}

for (const build of BUILDS) {
  const dir = `dist/${build}`;
  const present = existsSync(`${dir}/manifest.json`);
  if (!present && process.env.CI === 'true') throw new Error(`${dir} is missing: npm run build must run before the e2e tests`);

  describe.skipIf(!present)(`[${build}] built manifest and code policy`, () => {
    const manifest = present ? JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) : {};
    const sorted = (value: unknown) => (Array.isArray(value) ? [...value].sort() : value ?? []);

    it('asks for exactly the allow-listed permissions', () => {
      expect(sorted(manifest.permissions)).toEqual(ALLOWED.permissions);
      expect(sorted(manifest.host_permissions)).toEqual(ALLOWED.host_permissions);
      expect(sorted(manifest.optional_permissions)).toEqual(ALLOWED.optional_permissions);
      expect(sorted(manifest.optional_host_permissions)).toEqual(ALLOWED.optional_host_permissions);
      expect((manifest.content_scripts as Array<{matches: string[]}>).flatMap(script => script.matches).sort()).toEqual(ALLOWED.content_script_matches);
      // MV2-style host access hidden in "permissions" would bypass the host_permissions check above.
      expect(JSON.stringify(manifest.permissions)).not.toMatch(/:\/\/|<all_urls>/);
    });

    it('cannot be reached by web pages or other extensions', () => {
      expect(manifest).not.toHaveProperty('externally_connectable');
      // No extension resource a page can load (and fingerprint or frame).
      expect(manifest).not.toHaveProperty('web_accessible_resources');
      expect(manifest).not.toHaveProperty('sandbox');
      const background = readFileSync(`${dir}/background.js`, 'utf8');
      // (webextension-polyfill's wrapper table names onMessageExternal; what matters is that nothing listens to it.)
      expect(background).not.toMatch(/\.on(?:Message|Connect)External\.addListener|\.onUserScriptMessage\.addListener/);
      expect(background).toMatch(/\.onMessage\.addListener/); // the check above would notice a rename
    });

    it('has a strict Content Security Policy for its pages', () => {
      const csp: Record<string, string> = manifest.content_security_policy ?? {};
      expect(Object.keys(csp)).toEqual(['extension_pages']);
      const policy = csp.extension_pages!;
      const directives = Object.fromEntries(policy.split(';').map(d => d.trim()).filter(Boolean).map(d => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values];
      }));
      expect(directives['script-src']).toEqual(["'self'"]);
      expect(directives['object-src']).toEqual(["'none'"]);
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic|https?:|\*|data:|blob:/);
    });

    it('loads no remote code: its pages reference only packaged scripts', () => {
      for (const page of files(dir, '.html')) {
        const html = readFileSync(page, 'utf8');
        expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i); // no inline scripts (the CSP would block them anyway)
        for (const [, src] of html.matchAll(/\bsrc="([^"]+)"/gi)) expect(src, page).not.toMatch(/^(?:https?:)?\/\//i);
        for (const [, href] of html.matchAll(/<link[^>]+href="([^"]+)"/gi)) expect(href, page).not.toMatch(/^(?:https?:)?\/\//i);
      }
    });

    it('evaluates no strings as code in any built script', () => {
      const scripts = files(dir, '.js');
      expect(scripts.length).toBeGreaterThanOrEqual(4);
      for (const file of scripts) {
        const code = readFileSync(file, 'utf8');
        expect(code, file).not.toMatch(/(?<![\w$.])eval\s*\(|new\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]|setTimeout\s*\(\s*["'`]|setInterval\s*\(\s*["'`]|document\.write\s*\(/);
        expect(code, file).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
        // Only Preact's own dangerouslySetInnerHTML branch may assign innerHTML (the prop's __html, or "" to clear it);
        // this code never passes that prop (eslint rule; see scripts/lint-ext.mjs).
        const assignments = [...code.matchAll(/\.(?:innerHTML|outerHTML)\s*=(?!=)[^;,)}]{0,60}/g)].map(m => m[0]);
        for (const assignment of assignments) expect(assignment, file).toMatch(/^\.innerHTML=(?:[\w$]+\.__html\b|""$)/);
        expect(code, file).not.toMatch(/insertAdjacentHTML|createContextualFragment/);
      }
    });
  });
}
