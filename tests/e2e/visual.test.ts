/**
 * Visual check: the popup in every state × theme × language against committed references
 * (tests/visual, made by `npm run screenshots -- --update`). A small tolerance absorbs anti-aliasing;
 * an unintended change of layout, colour or text fails.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import pixelmatch from 'pixelmatch';
import {PNG} from 'pngjs';
import {describe, expect, it} from 'vitest';
import {captureAll, LANGS, STATES, THEMES} from '../../scripts/screenshots.mjs';
import {unavailable} from './harness';

/** Share of pixels allowed to differ (anti-aliasing, font hinting). */
const TOLERANCE = 0.005;

const why = unavailable('chromium', 'visual tests');

describe.skipIf(Boolean(why))('[chromium] popup looks as the references', () => {
  for (const lang of LANGS) {
    it(`${lang}: every state in light and dark`, async () => {
      const shots = await captureAll(lang);
      expect(Object.keys(shots)).toHaveLength(STATES.length * THEMES.length);
      const failures: string[] = [];
      for (const [name, png] of Object.entries(shots)) {
        const referencePath = `tests/visual/${name}.png`;
        if (!existsSync(referencePath)) {
          failures.push(`${name}: no reference (run npm run screenshots -- --update)`);
          continue;
        }
        const actual = PNG.sync.read(png);
        const reference = PNG.sync.read(readFileSync(referencePath));
        if (actual.width !== reference.width || actual.height !== reference.height) {
          failures.push(`${name}: ${actual.width}×${actual.height}, reference ${reference.width}×${reference.height}`);
        } else {
          const diff = new PNG({width: actual.width, height: actual.height});
          const changed = pixelmatch(actual.data, reference.data, diff.data, actual.width, actual.height, {threshold: 0.1});
          if (changed / (actual.width * actual.height) > TOLERANCE) {
            failures.push(`${name}: ${changed} pixels differ`);
            mkdirSync('artifacts/visual-diff', {recursive: true});
            writeFileSync(`artifacts/visual-diff/${name}.png`, PNG.sync.write(diff));
            writeFileSync(`artifacts/visual-diff/${name}.actual.png`, png);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
