/** The store listing assets in store/: texts within the stores' limits, screenshots of the size they take. */
import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';

/** The text under a `## Heading` of a listing file, up to the next heading. */
function section(markdown: string, heading: string): string {
  const match = new RegExp(`^## ${heading}\\n([\\s\\S]*?)(?=^## |$(?![\\s\\S]))`, 'm').exec(markdown);
  if (!match) throw new Error(`no "## ${heading}" section`);
  return match[1]!.trim();
}

function png(file: string) {
  const data = readFileSync(file);
  return {width: data.readUInt32BE(16), height: data.readUInt32BE(20), depth: data[24], colorType: data[25]};
}

for (const lang of ['en', 'da']) {
  describe(`store listing (${lang})`, () => {
    const listing = readFileSync(`store/description.${lang}.md`, 'utf8');

    it('has a name, a summary and a description within the stores\' limits', () => {
      // Chrome Web Store: summary (the manifest-style description) at most 132 characters.
      // addons.mozilla.org: name at most 50 characters, summary at most 250.
      expect(section(listing, 'Name').length).toBeLessThanOrEqual(50);
      const summary = section(listing, 'Summary');
      expect(summary).not.toContain('\n');
      expect([...summary].length).toBeGreaterThan(40);
      expect([...summary].length).toBeLessThanOrEqual(132);
      expect(section(listing, 'Description').length).toBeGreaterThan(400);
    });

    it('explains every permission the manifest asks for', () => {
      const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {permissions: string[]};
      for (const permission of manifest.permissions) expect(listing, permission).toContain(`**${permission}**`);
    });

    it('has a 1280x800 screenshot as a 24-bit PNG (the Chrome Web Store takes no alpha channel)', () => {
      const file = `store/screenshots/popup-${lang}.png`;
      expect(existsSync(file), `${file}: run npm run build && npm run screenshots:store`).toBe(true);
      expect(png(file)).toEqual({width: 1280, height: 800, depth: 8, colorType: 2});
    });
  });
}
