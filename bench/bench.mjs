// `make bench`: figures for the release build in dist/, beside an empty Yew counter built
// with the same release profile (bench/counter), measured in the same run. Prints; never
// passes or fails.
//  - each file's raw, gzip and brotli size, and the totals of both builds;
//  - "first button on screen": navigation start to the first frame drawn with a visible
//    button (timed in the page; Playwright's poll, which notices it up to 0.5 s later, is
//    printed apart), median of 5
//    cold loads in headless Chromium at 4x CPU throttling, with and without a "Slow 4G"
//    network (1.6 Mbps down, 750 kbps up, 150 ms round trip), files served
//    brotli-compressed with a static host's headers;
//  - first contentful paint (the static skeleton) on the same loads;
//  - a repeat visit served by the service worker with the network off;
//  - a returning visit (saved data, so the app and not the first visit's page) whose
//    worker and cache are gone, on the same network;
//  - the app's own time to interactive (its `app-ready` mark) on the same loads.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { launch, distDir, PHONE, serveFolders } from '../e2e/support.mjs';

const counterDir = process.env.COUNTER_DIST ?? '/tmp/bench-counter';
const RUNS = 5;
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out.sort();
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);
const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

async function sizes(dir, title, detail) {
  if (detail) {
    console.log(`${title} (${dir})`);
    console.log(`${'file'.padEnd(44)}${'raw'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}`);
  }
  const total = { raw: 0, gz: 0, br: 0, firstLoad: 0, appLoad: 0, words: 0 };
  for (const path of await files(dir)) {
    const body = await readFile(path);
    const raw = (await stat(path)).size;
    const gz = gzipSync(body, { level: 9 }).length;
    const br = brotli(body).length;
    total.raw += raw; total.gz += gz; total.br += br;
    // PNG icons are fetched only by an installed app, not on a first visit; the library's
    // details once the first screen is up; another language's words only in that language;
    // the physiotherapist's desk (desk.html and its files) only at the desk. A first
    // visit loads the first visit's page (first-*) and its worker downloads the app
    // (backcare-*) behind it; any later visit loads the app instead.
    const shared = !/icons?[/\\]|\.png$|exercise-details-|words-|[/\\]desk[-.]/.test(path);
    if (shared && !/[/\\]backcare-/.test(path)) total.firstLoad += br;
    if (shared && !/[/\\]first-/.test(path)) total.appLoad += br;
    if (/words-es-/.test(path)) total.words += br;
    if (detail) console.log(`${relative(dir, path).padEnd(44)}${kb(raw)}${kb(gz)}${kb(br)}`);
  }
  if (detail) console.log(`${'total'.padEnd(44)}${kb(total.raw)}${kb(total.gz)}${kb(total.br)}`);
  return total;
}

/**
 * In the page, before its own scripts: the time of the first frame drawn after a visible
 * button appears (`window.__drawn`, ms from navigation start). Playwright's own wait
 * notices the button later, by polling every 100 to 500 ms, so its figure is kept apart
 * ("as Playwright's poll sees it").
 */
const DRAWN = () => {
  const seen = () => [...document.querySelectorAll('button')].some((b) => b.getBoundingClientRect().height > 0);
  new MutationObserver((_, observer) => {
    if (seen()) {
      observer.disconnect();
      requestAnimationFrame(() => { window.__drawn = performance.now(); });
    }
  }).observe(document, { childList: true, subtree: true });
};

/** Median ms from navigation start to the first visible button drawn (and the app's mark). */
async function loads(browser, origin, network, locale = 'en-GB', returning = false) {
  const button = [];
  const polled = [];
  const ready = [];
  const paint = [];
  const transfer = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: PHONE, locale });
    // Returning: she has accepted the first-run notice before (the record the first
    // visit's page keeps), so the page loads the app.
    if (returning) await context.addInitScript(() => localStorage.setItem('backcare/first-run', `1,${Date.now()}`));
    await context.addInitScript(DRAWN);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    if (network) await cdp.send('Network.emulateNetworkConditions', network);
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    await page.locator('button').first().waitFor({ state: 'visible', timeout: 60_000 });
    transfer.push(bytes);
    polled.push(await page.evaluate(() => performance.now()));
    button.push(await page.evaluate(() => new Promise((resolve) => {
      const check = () => (window.__drawn === undefined ? requestAnimationFrame(check) : resolve(window.__drawn));
      check();
    })));
    ready.push(await page.evaluate(() => performance.getEntriesByName('app-ready')[0]?.startTime ?? NaN));
    paint.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await context.close();
  }
  return { button: median(button), polled: median(polled), ready: median(ready), paint: median(paint), transfer: median(transfer) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median ms to the first button on a repeat visit with the network off, once the
 *  service worker controls the page (4x CPU). NaN when the build has no worker. */
async function repeatOffline(browser, origin) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const controlled = await page.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return false;
      const ready = await Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise((r) => setTimeout(() => r(false), 15_000)),
      ]);
      return ready;
    });
    if (!controlled) {
      await context.close();
      return NaN;
    }
    // Past the first-run notice (the first visit's page then reloads into the app), so
    // the repeat visit is a returning mother's: the app.
    await page.getByRole('button', { name: /I understand/ }).click();
    await page.getByRole('heading', { level: 1, name: 'About you and your baby' }).waitFor();
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    await page.locator('button').first().waitFor({ state: 'visible', timeout: 60_000 });
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return median(times);
}

const app = await sizes(distDir, 'Release build sizes', true);
let counter = null;
try {
  counter = await sizes(counterDir, 'Empty Yew counter', false);
} catch {
  console.log(`\n(no counter build in ${counterDir}: run \`make bench\`, which builds it)`);
}

const browser = await launch();
const rows = [];
try {
  for (const [name, dir] of [['this app', distDir], ['empty counter', counter && counterDir]]) {
    if (!dir) continue;
    const server = await serveFolders(dir, { brotli: true });
    const slow = await loads(browser, server.origin, SLOW_4G);
    const cpu = await loads(browser, server.origin, null);
    const repeat = name === 'this app' ? await repeatOffline(browser, server.origin) : NaN;
    // A Spanish phone: the same app, its words file downloaded before the first screen.
    const spanish = name === 'this app' ? await loads(browser, server.origin, SLOW_4G, 'es-ES') : null;
    const returning = name === 'this app' ? await loads(browser, server.origin, SLOW_4G, 'en-GB', true) : null;
    rows.push({ name, slow, cpu, repeat, spanish, returning });
    await server.close();
  }
} finally {
  await browser.close();
}

const ms = (n) => (Number.isNaN(n) ? '—' : `${(n / 1000).toFixed(2)} s`).padStart(12);
const ratio = (a, b) => (b ? `${(a / b).toFixed(1)}×` : '—').padStart(8);
console.log(`\n${''.padEnd(48)}${'this app'.padStart(12)}${'counter'.padStart(12)}${'ratio'.padStart(8)}`);
const [a, c] = [rows[0], rows[1]];
console.log(`${'first-load files, brotli (no icons or details)'.padEnd(48)}${kb(app.firstLoad).padStart(12)}${(counter ? kb(counter.firstLoad) : '—').padStart(12)}${ratio(app.firstLoad, counter?.firstLoad)}`);
console.log(`${'  the same in Spanish (with its words file)'.padEnd(48)}${kb(app.firstLoad + app.words).padStart(12)}`);
console.log(`${'  a later visit\'s files (the app), no worker'.padEnd(48)}${kb(app.appLoad).padStart(12)}`);
console.log(`${'transferred before the first button (measured)'.padEnd(48)}${kb(a.slow.transfer).padStart(12)}${c ? kb(c.slow.transfer).padStart(12) : ''.padStart(12)}${ratio(a.slow.transfer, c?.slow.transfer)}`);
console.log(`${'first button, 4x CPU + Slow 4G (median of 5)'.padEnd(48)}${ms(a.slow.button)}${c ? ms(c.slow.button) : ''.padStart(12)}${ratio(a.slow.button, c?.slow.button)}`);
console.log(`${'  as Playwright\'s poll sees it (0.1-0.5 s late)'.padEnd(48)}${ms(a.slow.polled)}${c ? ms(c.slow.polled) : ''.padStart(12)}${ratio(a.slow.polled, c?.slow.polled)}`);
console.log(`${'  the same in Spanish (es-ES phone)'.padEnd(48)}${ms(a.spanish.button)}`);
console.log(`${'first button, 4x CPU only (median of 5)'.padEnd(48)}${ms(a.cpu.button)}${c ? ms(c.cpu.button) : ''.padStart(12)}${ratio(a.cpu.button, c?.cpu.button)}`);
console.log(`${'first contentful paint, 4x CPU + Slow 4G'.padEnd(48)}${ms(a.slow.paint)}${c ? ms(c.slow.paint) : ''.padStart(12)}${ratio(a.slow.paint, c?.slow.paint)}`);
console.log(`${'repeat visit, worker, network off, 4x CPU'.padEnd(48)}${ms(a.repeat)}`);
console.log(`${'returning visit, no worker, 4x CPU + Slow 4G'.padEnd(48)}${ms(a.returning.button)}`);
console.log(`${'app ready mark, 4x CPU + Slow 4G'.padEnd(48)}${ms(a.slow.ready)}`);
console.log(`${'app ready mark, 4x CPU only'.padEnd(48)}${ms(a.cpu.ready)}`);

// Lighthouse (npm `lighthouse` 12.2.3, installed by `make bench` into target/bench-tools),
// mobile preset, against the brotli-served release build and the counter.
const lighthouse = 'target/bench-tools/node_modules/.bin/lighthouse';
if (existsSync(lighthouse)) {
  console.log(`\n${'Lighthouse (mobile)'.padEnd(24)}${'perf'.padStart(6)}${'a11y'.padStart(6)}${'best'.padStart(6)}${'seo'.padStart(6)}${'LCP'.padStart(9)}${'TTI'.padStart(9)}`);
  for (const [name, dir] of [['this app', distDir], ['empty counter', counter && counterDir]]) {
    if (!dir) continue;
    const server = await serveFolders(dir, { brotli: true });
    try {
      const { stdout } = await promisify(execFile)(lighthouse, [
        `${server.origin}/`, '--output=json', '--quiet',
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
      ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
      const r = JSON.parse(stdout);
      const score = (k) => String(Math.round((r.categories[k]?.score ?? NaN) * 100)).padStart(6);
      const secs = (k) => `${((r.audits[k]?.numericValue ?? NaN) / 1000).toFixed(1)} s`.padStart(9);
      console.log(`${name.padEnd(24)}${score('performance')}${score('accessibility')}${score('best-practices')}${score('seo')}${secs('largest-contentful-paint')}${secs('interactive')}`);
    } catch (e) {
      console.log(`${name.padEnd(24)}lighthouse failed: ${String(e.message).split('\n')[0]}`);
    } finally {
      await server.close();
    }
  }
}
