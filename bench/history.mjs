// `make bench`, second part: how a long history loads and shows. Puts a generated
// document (`examples/long_history.rs`, two years of daily sessions by default, written
// to target/long-history.json by `make bench`) into localStorage under `backcare/doc`,
// then, in headless Chromium at 4x CPU throttling and phone size, median of 7 loads:
//  - app ready: navigation start to the app's `app-ready` mark;
//  - History: from the route change to `#/history` until its heading and pain chart
//    are in the page (and, second figure, until the next frame has been painted).
// The same with empty storage (History then has nothing to chart: its heading only, once
// the first-run notice is acknowledged), the two loads taking turns so that a busy
// machine slows both alike. Prints; never passes or fails.
//
// Env: DIST_DIR (the release build, default dist/), LONG_HISTORY (the document),
// HISTORY_SHOT (a path: also saves a full-page screenshot of History with the document).
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, distDir, PHONE, serveFolders } from '../e2e/support.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const docPath = process.env.LONG_HISTORY ?? join(root, 'target', 'long-history.json');
const RUNS = 7;
const KEY = 'backcare/doc';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Time from changing the route to History until its heading (and, with a history, its
 * chart) is in the page, then until the frame after that has been painted.
 */
function timeHistory(withChart) {
  return new Promise((resolve) => {
    const there = () => document.querySelector('#history-title')
      && (!withChart || document.querySelector('.chart svg'));
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (!there()) return;
      observer.disconnect();
      const dom = performance.now() - t0;
      requestAnimationFrame(() => setTimeout(() => resolve({ dom, painted: performance.now() - t0 })));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    location.hash = '#/history';
  });
}

/** One cold load at 4x CPU, then the route change to History, timed. */
async function once(browser, origin, doc, shot) {
  const context = await browser.newContext({ viewport: PHONE });
  if (doc) {
    // Only on the first document of the context: the app's own saves are kept after.
    await context.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem('bench-seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('bench-seeded', '1');
      }
    }, [KEY, doc]);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${origin}/`);
  await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
  const ready = await page.evaluate(() => performance.getEntriesByName('app-ready')[0]?.startTime ?? NaN);
  if (!doc) {
    await page.getByRole('button', { name: /I understand/ }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  }
  // Let the first screen's follow-up work (the details file, a first save) settle.
  await page.waitForTimeout(500);
  const t = await page.evaluate(timeHistory, Boolean(doc) && sessions > 0);
  const stored = await page.evaluate((key) => new Blob([localStorage.getItem(key) ?? '']).size, KEY);
  if (shot) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.screenshot({ path: shot, fullPage: true });
  }
  await context.close();
  return { ready, dom: t.dom, painted: t.painted, stored };
}

/** Empty storage and the document in turn (so a busy machine slows both alike). */
async function runs(browser, origin, doc, shot) {
  const all = { empty: [], full: [] };
  for (let i = 0; i < RUNS; i++) {
    all.empty.push(await once(browser, origin, null, null));
    all.full.push(await once(browser, origin, doc, i === 0 ? shot : null));
  }
  const summary = (xs) => ({
    ready: median(xs.map((x) => x.ready)),
    dom: median(xs.map((x) => x.dom)),
    painted: median(xs.map((x) => x.painted)),
    stored: xs[xs.length - 1].stored,
  });
  return { empty: summary(all.empty), full: summary(all.full) };
}

let doc;
try {
  doc = (await readFile(docPath, 'utf8')).trim();
} catch {
  console.log(`(no generated history at ${docPath}: run \`make bench\`, or`);
  console.log(' `cargo run --quiet --release --example long_history > target/long-history.json`)');
  process.exit(0);
}
const sessions = (JSON.parse(doc).history ?? []).length;

const browser = await launch();
const server = await serveFolders(distDir, { brotli: true });
let empty;
let full;
try {
  ({ empty, full } = await runs(browser, server.origin, doc, process.env.HISTORY_SHOT));
} finally {
  await server.close();
  await browser.close();
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(14);
const ms = (n) => (Number.isNaN(n) ? '—' : `${Math.round(n)} ms`).padStart(14);
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '—').padStart(8);
console.log(`\nA long history, 4x CPU, phone size (median of ${RUNS}); the document: ${docPath}`);
console.log(`${''.padEnd(44)}${'empty'.padStart(14)}${`${sessions} sessions`.padStart(14)}${'ratio'.padStart(8)}`);
console.log(`${'generated document'.padEnd(44)}${kb(0)}${kb(Buffer.byteLength(doc))}`);
console.log(`${'stored document (after loading)'.padEnd(44)}${kb(empty.stored)}${kb(full.stored)}`);
console.log(`${'app ready mark'.padEnd(44)}${ms(empty.ready)}${ms(full.ready)}${ratio(full.ready, empty.ready)}`);
console.log(`${'History: heading and chart in the page'.padEnd(44)}${ms(empty.dom)}${ms(full.dom)}`);
console.log(`${'History: the next frame painted'.padEnd(44)}${ms(empty.painted)}${ms(full.painted)}`);
