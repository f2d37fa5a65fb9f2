// Shared end-to-end helpers: serve the release build on 127.0.0.1, launch Debian's
// Chromium through playwright-core, and check pages with axe-core.
import { createServer } from 'node:http';
import { readFile, readdir, mkdir } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const distDir = process.env.DIST_DIR ?? join(root, 'dist');
export const outputDir = join(root, 'e2e', 'output');

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `distDir` on an ephemeral loopback port. */
export function serveDist() {
  return serveFolders(distDir);
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** Launches Debian's Chromium headless, with no background network traffic of its own. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh browser context (empty storage) at phone size, recording every request.
 * `requests` collects the URL of each one so a test can check they all stay local.
 */
export async function newPhone(browser, { colorScheme = 'light', viewport = PHONE, locale = 'en-GB' } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, locale, hasTouch: true, isMobile: viewport.width < 600 });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  // Any Content Security Policy violation is an error every journey sees.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, requests, errors };
}

/**
 * Opens a hash route and waits until the app has rendered (it marks `html[data-ready]`).
 * The physiotherapist's desk is its own page: the app hands `#/physio` over to desk.html.
 */
export async function open(page, origin, hash = '#/') {
  await page.goto(`${origin}/${hash}`);
  if (hash.startsWith('#/physio')) await page.waitForURL(/\/desk\.html#\/physio/);
  await page.waitForSelector('html[data-ready]');
}

const axeSource = readFile(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Runs axe-core on the current page; returns its violations (WCAG 2.1 A/AA and best practice). */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol, so the page's CSP does not apply to it.
  await page.evaluate(await axeSource);
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
}

/** Saves a screenshot under e2e/output/ for people to look at. */
export async function snap(page, name) {
  await mkdir(outputDir, { recursive: true });
  await page.screenshot({ path: join(outputDir, `${name}.png`), fullPage: true });
}

/**
 * Serves the release build and launches Chromium once for a test file; the returned
 * object's `server` and `browser` are filled in before the first test runs.
 */
export function appUnderTest() {
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await serveDist();
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/**
 * Past the first-run notice and through onboarding, as she would: weeks since the
 * birth, how she gave birth, and where it hurts.
 */
export async function onboard(page, { weeksAgo = 10, delivery = 'Vaginal birth', sites = [] } = {}) {
  await page.getByRole('button', { name: /I understand/ }).click();
  await page.getByRole('heading', { level: 1, name: 'About you and your baby' }).waitFor();
  await page.getByRole('button', { name: "I'd rather say how many weeks ago" }).click();
  await page.getByLabel('About how many weeks ago?').fill(String(weeksAgo));
  await page.getByRole('radio', { name: delivery, exact: true }).check();
  for (const site of sites) await page.getByRole('checkbox', { name: site }).check();
  await page.getByRole('button', { name: 'Save and see my routine' }).click();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
}

/** From Today's start button (or any), through the safety check with nothing ticked. */
export async function startThroughCheck(page, startLabel) {
  await page.getByRole('link', { name: startLabel }).click();
  await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
  await page.getByRole('button', { name: 'All clear — start' }).click();
  await page.locator('.player').waitFor();
}

/** Plays the running routine to "All done" with the page clock, and reports on it. */
export async function finishRoutine(page, worst = 2) {
  for (let i = 0; i < 60 && (await page.locator('.player').count()) > 0; i++) {
    await page.clock.runFor(15_000);
  }
  await page.getByRole('heading', { level: 1, name: 'All done' }).waitFor();
  await page.getByRole('radio', { name: String(worst), exact: true }).check();
  await page.getByRole('button', { name: 'About right' }).click();
  await page.getByRole('button', { name: 'Save how it felt' }).click();
}

/**
 * Serves a folder on an ephemeral loopback port. The folder can be switched while it
 * runs (`use(dir)`, e.g. to publish a second version of the app), and it can play "no
 * network" (`offline(true)`: every request is cut off unanswered). `hits` lists the
 * path of every request that reached it, in order. With `brotli`, files are sent
 * brotli-compressed with a static host's cache headers (for `make bench`), compressed
 * before the server starts, as a static host stores them, so no request waits for it. `routes` answers
 * extra paths (`path → () => ({ type, body })`) and `transform(file, body)` may rewrite a
 * file before it is sent (the WebKit journeys add their init script to index.html).
 */
export async function serveFolders(first = distDir, { brotli = false, routes = {}, transform = (_, body) => body } = {}) {
  let dir = first;
  let cut = false;
  const hits = [];
  const packed = new Map();
  if (brotli) {
    const pack = async (folder) => {
      for (const entry of await readdir(folder, { withFileTypes: true })) {
        const file = join(folder, entry.name);
        if (entry.isDirectory()) await pack(file);
        else packed.set(file, brotliCompressSync(transform(file, await readFile(file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    };
    await pack(normalize(first));
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    hits.push(path);
    if (cut) {
      req.socket.destroy();
      return;
    }
    if (routes[path]) {
      const { type, body } = routes[path]();
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const headers = { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' };
      let body = transform(file, await readFile(file));
      if (brotli) {
        if (!packed.has(file)) packed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        body = packed.get(file);
        headers['content-encoding'] = 'br';
        headers['cache-control'] = /-[0-9a-f]{16}/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    use: (next) => { dir = next; },
    offline: (on) => { cut = on; },
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
  };
}

/**
 * Waits until a service worker controls the page: the first visit installs it (which
 * takes the page over as it activates); a reload then comes from it.
 */
export async function untilControlled(page) {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) throw new Error('no service worker controls the page after a reload');
}
