import { chromium } from '@playwright/test';
const [,, url, out, w, h, scroll] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
const errs = [];
p.on('console', m => { if (m.type() === 'error' || m.type()==='warning') errs.push(m.text()); });
p.on('pageerror', e => errs.push('PAGEERROR ' + e.message));
await p.goto(url, { waitUntil: 'networkidle' });
if (scroll) { await p.mouse.wheel(0, +scroll); await p.waitForTimeout(1200); }
await p.screenshot({ path: out });
console.log(JSON.stringify({ url: p.url(), errs, current: await p.evaluate(() => document.querySelector('[aria-current=step]')?.id ?? null), sw: await p.evaluate(() => document.documentElement.scrollWidth) }));
await b.close();
