/**
 * Renders icons/icon.svg to the PNG sizes both stores and the toolbar need, in an active and an
 * inactive (grey) variant, with the real Chromium. Run after editing the SVG: node scripts/icons.mjs
 */
import {readFileSync, writeFileSync} from 'node:fs';
import puppeteer from 'puppeteer-core';

const svg = readFileSync('icons/icon.svg', 'utf8');
const variants = {'icon': svg, 'icon-inactive': svg.replaceAll('#0b6e4f', '#6b7570')};
const browser = await puppeteer.launch({executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox']});
const page = await browser.newPage();
for (const [name, source] of Object.entries(variants)) {
  for (const size of [16, 32, 48, 96, 128]) {
    await page.setViewport({width: size, height: size, deviceScaleFactor: 1});
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`);
    writeFileSync(`icons/${name}-${size}.png`, await page.screenshot({omitBackground: true, type: 'png'}));
  }
}
await browser.close();
console.log('icons/*.png written');
