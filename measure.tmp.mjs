import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto('http://127.0.0.1:4430/events/silk-way-flights-since-2016/');
await page.waitForTimeout(1000);
console.log(await page.evaluate(() => [...document.querySelectorAll('.graphic, .panel, .panel > *')].map(e => { const r = e.getBoundingClientRect(); return `${e.className.toString().slice(0,30)} y=${r.y|0} h=${r.height|0} w=${r.width|0}`; }).join('\n')));
await browser.close();
